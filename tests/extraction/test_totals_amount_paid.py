"""An amount already paid is no total of the invoice that prints it (issue 20): "Amount
Paid" under "Total" on an invoice is a part payment, the total is the other amount; on a
payment advice the amount paid is the document's total."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import DUPONT_HEAD, Text, printed, read, reads


def _totals(*rows: tuple[str, str]) -> list[Text]:
    page = printed(DUPONT_HEAD)
    for i, (label, amount) in enumerate(rows):
        page += [Text(330, 520 + 16 * i, label), Text(480, 520 + 16 * i, amount)]
    return page


@pytest.mark.parametrize("paid", ["Amount Paid:", "Montant réglé", "Acomptes reçus"])
def test_an_amount_paid_under_the_total_is_not_the_total(paid: str) -> None:
    page = _totals(
        ("Subtotal:", "1 000,00"),
        ("Tax (20%):", "200,00"),
        ("Total:", "1 200,00"),
        (paid, "500,00"),
    )
    reads(read(*page), total_gross="1200.00")


def test_with_discount_and_shipping_the_amount_paid_is_still_no_total() -> None:
    page = _totals(
        ("Subtotal:", "$22,379.39"),
        ("Discounts (21%):", "$4,699.67"),
        ("Tax (10%):", "$1,767.97"),
        ("Shipping:", "$199.99"),
        ("Total:", "$19,647.68"),
        ("Amount Paid:", "$15,000.00"),
    )
    reads(read(*page), total_gross="19647.68")


def test_an_amount_paid_alone_stays_a_reading_of_the_total() -> None:
    page = _totals(("Total paid", "1 200,00"))
    reads(read(*page), total_gross="1200.00")
