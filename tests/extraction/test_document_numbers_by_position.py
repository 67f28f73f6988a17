"""The document's own number when no label orderdesk reads names it: the first identifier
printed alone under an unread heading of a header grid (its first column), or beside an
unread label in the head of page 1. Offered, never shown sure; a number another field's
label took, a date or a street number is not it."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Text,
    beside_title,
    grid,
    offered,
    one_item_page,
    read,
    value,
)


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Houtbouw Keller BV", ["Lindenweg 4", "3511 Utrecht"], title, head)


def test_the_first_column_of_a_header_grid_of_unread_headings() -> None:
    result = read(
        *_page(
            "INVOICE",
            grid(
                150,
                ["Stuknummer", "Date", "Customer no."],
                ["RE-2025-0418", "14/03/2025", "KL-30117"],
            ),
        )
    )
    offered(result, "document_number", "RE-2025-0418")
    assert value(result, "customer_number") == "KL-30117"
    assert value(result, "document_date") == "2025-03-14"


def test_a_number_beside_an_unread_label() -> None:
    result = read(
        *_page(
            "INVOICE",
            [
                Text(380, 80, "Stuknummer"),
                Text(460, 80, "RE-2025-0418"),
                Text(380, 96, "Date: 14/03/2025"),
            ],
        )
    )
    offered(result, "document_number", "RE-2025-0418")


def test_a_read_label_s_number_is_not_taken() -> None:
    """The only number of the head is the customer's: no document number is made of it."""
    result = read(
        *_page(
            "INVOICE",
            beside_title("Customer no.: KL-30117", "Date: 14/03/2025"),
        )
    )
    assert value(result, "document_number") is None
