"""Payment terms say when payment is due; under a terms label a page may print instead the
due date alone ("Terms: Due 12/07/2024") or a sentence about paying late ("Pénalités de
retard : …", "A late fee of 1.5% per month …"). Neither is read as the terms; terms that
go on with a penalty keep their delay."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import (
    INVOICE_HEAD,
    Text,
    printed,
    read,
    table_rows,
    value,
)

BODY = [
    *table_rows(
        [["Description", "Qty", "Unit price", "Amount"], ["Bolt M8", "10", "2.50", "25.00"]],
        [40, 300, 400, 480],
        300,
    ),
    *printed("330 420 10 Total\n480 420 10 25.00"),
]


@pytest.mark.parametrize(
    "line",
    [
        "Terms: Due 12/07/2024",
        "Payment terms: payable by 12/07/2024",
        "Conditions de paiement : pénalités de retard au taux de 3 fois le taux d'intérêt légal",
        "Payment terms: A late fee of 1.5% per month applies to overdue balances.",
    ],
)
def test_no_terms_from_a_due_date_or_a_penalty(line: str) -> None:
    assert value(read(*INVOICE_HEAD, *BODY, Text(40, 600, line)), "payment_terms") is None


def test_terms_followed_by_a_penalty_keep_their_delay() -> None:
    result = read(
        *INVOICE_HEAD,
        *BODY,
        Text(40, 600, "Payment terms: Net 30 days, interest charged on overdue accounts"),
    )
    terms = value(result, "payment_terms")
    assert terms is not None and "30" in terms
