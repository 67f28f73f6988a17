"""Header dates and numbers in structures of unseen layouts (issue 20): a date's label read
by its words ("Livraison au plus tard le", "Arrival date", "Printed"), a weekday or a
two-digit year with the month in words, the delivery in a column of the line table, the
number between the title and its date. Every such reading is offered, never shown sure."""

from __future__ import annotations

import pytest

from extraction.candidates.date_roles import role
from extraction.parse.dates import ambiguous, find_dates
from tests.extraction.pages_for_tests import (
    Text,
    grid,
    oak_beam_item,
    offered,
    one_item_page,
    printed,
    read,
    rows,
    sender_and_title,
    value,
)


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Menuiserie Roux SARL", ["12 rue des Lilas", "69007 Lyon"], title, head)


def test_the_words_of_a_date_label_say_which_date_it_is() -> None:
    assert role("livraison au plus tard le") == "delivery"
    assert role("arrival date") == "delivery"
    assert role("date de mise a disposition") == "delivery"
    assert role("expected") == "delivery"
    assert role("emise le") == "own"
    assert role("date issued") == "own"
    assert role("imprime le") == "other"
    assert role("commande le") == "other"
    assert role("delai de paiement") == "other"  # a payment's delay, not the goods'
    assert role("siege social") is None  # words no date label is made of
    assert role("shipment no.") is None  # a number's caption
    assert role("deliver no later than") == "delivery"


def test_a_weekday_and_a_two_digit_year_belong_to_the_date() -> None:
    found = find_dates("Facture F-12 du samedi 13 septembre 2025")
    assert [(d.isoformat(), s) for d, s, _e in found] == [("2025-09-13", 16)]
    assert find_dates("Émise le : 28 oct. 24")[0][0].isoformat() == "2024-10-28"
    assert find_dates("le 12 mars 25,50 EUR") == []  # an amount, not a year
    assert ambiguous("Mon 03/04/2025")


def test_a_delivery_under_a_label_no_vocabulary_lists() -> None:
    """'Arrival date' over its value, beside the document's own: offered as the delivery."""
    head = grid(150, ["Order no.", "Raised", "Arrival date"], ["PO-2025-0077", "", "20/05/2025"])
    result = read(*_page("PURCHASE ORDER", head))
    offered(result, "delivery_date", "2025-05-20")


def test_a_print_date_is_not_the_document_s() -> None:
    """'Printed: 14/09/2025' by the document's own date in its title line: the print date
    is no reading of the document's date."""
    head = rows(380, 80, ["Order PO-2025-0078 of 12/09/2025", "Printed: 14/09/2025"], step=16)
    result = read(*_page("PURCHASE ORDER", head))
    assert value(result, "document_date") == "2025-09-12"


def test_the_number_between_the_title_and_its_date() -> None:
    doc = [
        *sender_and_title("Menuiserie Roux SARL", ["12 rue des Lilas", "69007 Lyon"], ""),
        Text(40, 200, "Purchase Order PO26-65956 issued Mar 31, 2026", 12, bold=True),
        *oak_beam_item(),
    ]
    result = read(*doc)
    offered(result, "document_number", "PO26-65956")
    assert value(result, "document_date") == "2026-03-31"


def test_a_purchase_orders_date_ordered_is_its_own_date() -> None:
    """On the order itself the day it was ordered is its date; on the bill of that order it
    is the order's, not the bill's."""
    head = grid(
        150,
        ["Document", "Date Ordered", "Validated by"],
        ["PO-2025-0077", "12/05/2025", "J. Smith"],
    )
    offered(read(*_page("PURCHASE ORDER", head)), "document_date", "2025-05-12")
    billed = grid(150, ["Invoice no.", "Date Ordered"], ["INV-2025-0412", "12/05/2025"])
    assert value(read(*_page("INVOICE", billed)), "document_date") != "2025-05-12"


def _column_page(days: list[str], head: str = "Livraison") -> list[Text]:
    lines = "\n".join(
        f"40 {316 + 16 * i} 10 Oak beam {i}\n200 {316 + 16 * i} 10 {day}\n"
        f"300 {316 + 16 * i} 10 4\n360 {316 + 16 * i} 10 212.50\n460 {316 + 16 * i} 10 850.00"
        for i, day in enumerate(days)
    )
    return [
        *sender_and_title(
            "Menuiserie Roux SARL", ["12 rue des Lilas", "69007 Lyon"], "BON DE COMMANDE"
        ),
        *rows(380, 80, ["N° BC-2025-0412", "Date : 02/05/2025"], step=16),
        *printed(
            f"""
            40 300 10 Désignation
            200 300 10 {head}
            300 300 10 Qté
            360 300 10 Prix unitaire
            460 300 10 Montant
            {lines}
            """
        ),
    ]


def test_one_delivery_day_on_every_row_of_the_table_is_the_delivery() -> None:
    result = read(*_column_page(["20/05/2025", "20/05/2025"]))
    offered(result, "delivery_date", "2025-05-20")


def test_rows_delivered_on_different_days_give_no_delivery_date() -> None:
    result = read(*_column_page(["20/05/2025", "27/05/2025"]))
    assert value(result, "delivery_date") is None


@pytest.mark.parametrize("head", ["TVA Date Req.", "Date prévue"])
def test_a_delivery_head_read_by_its_own_words_or_as_the_planned_date(head: str) -> None:
    """Two heads set so close they read as one ("TVA Date Req."): the words over the day
    column still name the delivery; a date only planned, over the goods, is their delivery."""
    result = read(*_column_page(["20/05/2025", "20/05/2025"], head=head))
    offered(result, "delivery_date", "2025-05-20")
