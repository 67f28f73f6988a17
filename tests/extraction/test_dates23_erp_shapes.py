"""Dates and payment terms in ERP and office-template shapes (issue 20, dates23): a month in
words between slashes or dots or glued to its day and year, a bare "Du" caption over the
document's date in a strip of captions, abbreviated captions ("Dt cde", "Éch.", "Expéd.")
in one running line of items, terms broken over two lines of a narrow cell, a discount
schedule over its net delay, terms under an abbreviated caption opening with their
preposition. Each such reading is offered, never shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Text,
    grid,
    oak_beam_item,
    offered,
    read,
    sender_and_title,
    value,
)

_SENDER = ("Menuiserie Garnier SAS", ["12 rue des Tanneurs", "21000 Dijon"])


def _headed(title: str, head: list[Text]) -> list[Text]:
    return [*sender_and_title(*_SENDER, title), *head, *oak_beam_item()]


def test_a_bare_caption_over_a_month_between_slashes_dates_the_document() -> None:
    head = grid(150, ["N° facture", "Du", "Page"], ["FA-2025-0311", "03/Mar/2025", "1/1"])
    result = read(*_headed("FACTURE", head))
    offered(result, "document_date", "2025-03-03")


def test_a_glued_erp_date_under_its_caption_dates_the_document() -> None:
    head = grid(150, ["Invoice #", "Dated", "Sheet"], ["INV-40221", "14JUL25", "1/1"])
    result = read(*_headed("INVOICE", head))
    assert value(result, "document_date") == "2025-07-14"


def test_terms_broken_over_two_lines_of_a_cell_are_read_whole() -> None:
    head = [
        *grid(150, ["Invoice #", "Date", "Terms"], ["INV-40222", "14/07/2025", "Due upon"]),
        Text(280, 178, "receipt"),
    ]
    result = read(*_headed("INVOICE", head))
    offered(result, "payment_terms", "Due upon receipt")


def test_terms_under_an_abbreviated_caption_keep_their_opening_preposition() -> None:
    head = grid(
        150,
        ["N° facture", "Date", "Cond. règlement"],
        ["FA-2025-0313", "03/03/2025", "à réception"],
    )
    result = read(*_headed("FACTURE", head))
    offered(result, "payment_terms", "à réception")
