"""The document's and the customer's numbers under labels orderdesk has never read: a
label made of a word for the customer's account and a number word ("Klantnummer", "Nummer
Kunde"), or of a number word and a word of the document's own title ("Facture n°" under
"FACTURE", "N° de bordereau" under "Bordereau de livraison"). Such values are
offered to a clerk, never shown sure; a number word beside another word names neither."""

from __future__ import annotations

from extraction.calibration.unlabelled import labels_removed
from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import Text, grid, offered, one_item_page, read, rows, value

NUMBERS = {"document_number", "customer_number"}


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Houtbouw Keller BV", ["Lindenweg 4", "3511 Utrecht"], title, head)


def _unlabelled(title: str, head: list[Text]) -> ExtractionResult:
    """The page read with every document- and customer-number label taken out."""
    with labels_removed(NUMBERS):
        return read(*_page(title, head))


def test_a_customer_number_label_of_unread_wording() -> None:
    """'Klantnummer' is no label orderdesk lists: a party word and a number word."""
    head = ["Invoice no: RE-2025-0418", "Klantnummer: KL-30117"]
    result = read(*_page("INVOICE", rows(380, 80, head, step=16)))
    offered(result, "customer_number", "KL-30117")
    assert value(result, "document_number") == "RE-2025-0418"


def test_a_header_grid_with_the_number_word_first() -> None:
    """'Nummer Kunde' over its value in a header grid."""
    head = grid(150, ["Invoice no.", "Nummer Kunde"], ["RE-2025-0418", "KD40291"])
    offered(read(*_page("INVOICE", head)), "customer_number", "KD40291")


def test_a_header_grid_read_without_number_labels() -> None:
    """With every document- and customer-number label taken out, a header grid 'Facture
    n° | Date | N° de client' over its values still gives both numbers, offered."""
    head = grid(
        150, ["Facture n°", "Date", "N° de client"], ["FA-2026-6654", "14/03/2026", "C00930"]
    )
    result = _unlabelled("FACTURE", head)
    offered(result, "document_number", "FA-2026-6654")
    offered(result, "customer_number", "C00930")


def test_without_the_document_number_labels_the_title_word_still_reads() -> None:
    """With every document-number label taken out (a sender of unknown wording), 'N° de
    bordereau' under 'Bordereau de livraison' still gives the note's number, offered."""
    head = rows(380, 80, ["N° de bordereau 4663854", "Code client ATE631"], step=16)
    result = _unlabelled("Bordereau de livraison", head)
    offered(result, "document_number", "4663854")
    offered(result, "customer_number", "ATE631")


def test_a_number_word_beside_another_word_is_neither() -> None:
    """'N° TVA', 'Order no.' on an invoice: no customer's, no document's number."""
    head = ["Invoice no: RE-2025-0418", "N° TVA: FR26942477936", "Kundenservice: 0800 123 456"]
    result = read(*_page("INVOICE", rows(380, 80, head, step=16)))
    assert value(result, "document_number") == "RE-2025-0418"
    assert value(result, "customer_number") is None


def test_a_bare_number_mark_and_a_compound_of_the_title_without_labels() -> None:
    """With the number labels taken out: 'Nr.:' alone in the page's head over the number,
    and 'Kundennummer' (a party word and a number word in one) beside it."""
    result = _unlabelled(
        "INVOICE", grid(150, ["Nr.:", "Kundennummer"], ["RE-2025-0418", "K-20931"])
    )
    offered(result, "document_number", "RE-2025-0418")
    offered(result, "customer_number", "K-20931")


def test_the_number_at_the_end_of_a_running_head() -> None:
    """'Houtbouw Keller BV · Invoice RE-2025-0418' across the top, no number label: the
    title and the number after the sender's name, offered (every number label taken out)."""
    page = _page("INVOICE", [Text(380, 96, "Date: 14/03/2025")])
    with labels_removed(NUMBERS):
        result = read(Text(40, 16, "Houtbouw Keller BV · Invoice RE-2025-0418", 8), *page)
    offered(result, "document_number", "RE-2025-0418")


def test_an_account_word_with_a_party_word_without_labels() -> None:
    """'Compte client' (the customer's account) and 'Cliente n.' in header grids, every
    number label taken out: each over the customer's number, offered."""
    for heading in ("Compte client", "Cliente n."):
        head = grid(150, ["Date", heading], ["14/03/2026", "411CHE83"])
        offered(_unlabelled("FACTURE", head), "customer_number", "411CHE83")
