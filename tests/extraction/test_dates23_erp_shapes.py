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


def test_each_date_of_a_running_line_is_read_by_its_own_abbreviated_caption() -> None:
    head = [
        Text(40, 150, "Date : 02.06.2025"),
        Text(
            40, 170, "Réf. client 076062 · Dt cde 29.05.2025 · Expéd. 10.06.2025 · Éch. 31.07.2025"
        ),
    ]
    result = read(*_headed("FACTURE FA-2025-0620", head))
    assert value(result, "document_date") == "2025-06-02"
    offered(result, "due_date", "2025-07-31")
    offered(result, "delivery_date", "2025-06-10")


def test_terms_broken_over_two_lines_of_a_cell_are_read_whole() -> None:
    head = [
        *grid(150, ["Invoice #", "Date", "Terms"], ["INV-40222", "14/07/2025", "Due upon"]),
        Text(280, 178, "receipt"),
    ]
    result = read(*_headed("INVOICE", head))
    offered(result, "payment_terms", "Due upon receipt")


def test_a_discount_schedule_over_its_net_delay_is_the_terms() -> None:
    head = [
        *grid(
            150,
            ["N° facture", "Date", "Règlement"],
            ["FA-2025-0312", "03/03/2025", "2 % 10 jours,"],
        ),
        Text(280, 178, "net 30 jours"),
    ]
    result = read(*_headed("FACTURE", head))
    offered(result, "payment_terms", "2 % 10 jours, net 30 jours")


def test_terms_under_an_abbreviated_caption_keep_their_opening_preposition() -> None:
    head = grid(
        150,
        ["N° facture", "Date", "Cond. règlement"],
        ["FA-2025-0313", "03/03/2025", "à réception"],
    )
    result = read(*_headed("FACTURE", head))
    offered(result, "payment_terms", "à réception")
