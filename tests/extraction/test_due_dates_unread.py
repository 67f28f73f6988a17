"""When to pay, printed otherwise than under a listed label: a label of a wording orderdesk
does not list but whose words say it ("Settlement deadline", "Paiement attendu au plus tard
le"), a sentence ("Your balance of $2,677.35 is due 30/04/2025."), the payment terms
("30 days end of month, i.e. 30/04/2025"), a header grid whose labels wrap onto a second
line. Each is offered to a clerk, never shown sure; a payment date stays one."""

from __future__ import annotations

import pytest

from extraction.calibration.unlabelled import labels_removed
from tests.extraction.pages_for_tests import Text, beside_title, offered, one_item_page, read, value


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Harbour Joinery Ltd", ["4 Dock Road", "Bristol BS1 5TR"], title, head)


def test_a_due_date_label_read_from_its_words() -> None:
    """'Settlement deadline' is listed nowhere: a word for paying and one for a deadline.
    The invoice prints three dates, so no place alone tells which one is when to pay."""
    with labels_removed({"due_date"}):
        result = read(
            *_page(
                "INVOICE",
                beside_title(
                    "Invoice no: INV-2025-0418",
                    "Invoice date: 14/03/2025",
                    "Delivery date: 20/03/2025",
                    "Settlement deadline: 13/04/2025",
                ),
            )
        )
    offered(result, "due_date", "2025-04-13")
    assert value(result, "delivery_date") == "2025-03-20"


def test_a_french_due_date_label_read_from_its_words() -> None:
    result = read(
        *_page(
            "FACTURE",
            beside_title(
                "Facture n° FA-2025-0418",
                "Date : 14/03/2025",
                "Date de livraison : 20/03/2025",
                "Paiement attendu au plus tard le : 13/04/2025",
            ),
        )
    )
    offered(result, "due_date", "2025-04-13")


@pytest.mark.parametrize(
    ("title", "head", "line", "due", "terms"),
    [
        pytest.param(
            "INVOICE",
            ["Invoice no: INV-2025-0418", "Date: 14/03/2025"],
            "Your balance of $850.00 is due 13/04/2025. Thank you.",
            "2025-04-13",
            False,
            id="a due date in a sentence",
        ),
        pytest.param(
            "FACTURE",
            ["Facture n° FA-2025-0418", "Date : 14/03/2025"],
            "Conditions de paiement : 30 jours fin de mois, soit le 30/04/2025",
            "2025-04-30",
            True,
            id="a due date in the payment terms, which are read too",
        ),
    ],
)
def test_a_due_date_under_the_items(
    title: str, head: list[str], line: str, due: str, terms: bool
) -> None:
    """The ``line`` printed under the items holds when to pay."""
    result = read(*_page(title, beside_title(*head)), Text(40, 420, line))
    offered(result, "due_date", due)
    if terms:
        assert value(result, "payment_terms") is not None


def test_a_header_grid_of_labels_on_two_lines() -> None:
    """'Date | Compte | Date de | Payable' over 'facture | client | livraison | le' over the
    values: each label is its two lines read together."""
    result = read(
        *_page(
            "FACTURE FAC/2026/04414",
            [
                Text(40, 150, "Date"),
                Text(130, 150, "Compte"),
                Text(220, 150, "Date de"),
                Text(310, 150, "Payable"),
                Text(40, 161, "facture"),
                Text(130, 161, "client"),
                Text(220, 161, "livraison"),
                Text(310, 161, "le"),
                Text(40, 174, "27/05/26"),
                Text(130, 174, "CL-17402"),
                Text(220, 174, "09/06/26"),
                Text(310, 174, "27/05/26"),
            ],
        )
    )
    offered(result, "customer_number", "CL-17402")
    offered(result, "due_date", "2026-05-27")
    offered(result, "delivery_date", "2026-06-09")
    assert value(result, "document_date") == "2026-05-27"


def test_a_payment_date_is_no_due_date() -> None:
    """'Paid on' in a sentence and 'Payment date' beside a date: the day it was paid."""
    page = _page(
        "INVOICE",
        beside_title("Invoice no: INV-2025-0418", "Date: 14/03/2025"),
    )
    page.append(Text(40, 420, "Paid on 20/03/2025 by card, with thanks."))
    result = read(*page)
    assert value(result, "due_date") is None


def test_terms_that_say_payable_stay_the_terms() -> None:
    """'Payable à 30 jours' beside 'Conditions de paiement' is the terms' value, not a
    due-date label."""
    page = _page(
        "FACTURE",
        beside_title("Facture n° FA-2025-0418", "Date : 14/03/2025"),
    )
    page += [Text(40, 420, "Conditions de paiement"), Text(200, 420, "Payable à 30 jours")]
    result = read(*page)
    assert value(result, "payment_terms") == "Payable à 30 jours"
    assert value(result, "due_date") is None
