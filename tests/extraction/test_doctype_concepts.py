"""Document type from a title in words no phrase list holds (issue 20, type15): the words'
stems name the concept (to confirm, to credit, to remit, to ship, to order), the page's
make-up weighs in, and such a reading is never made sure."""

from __future__ import annotations

from extraction.doctype_concepts import concept_kind
from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, cells_at, rows
from tests.extraction.test_doctype import ACCEPT, kind_of

SENDER = DUPONT_SENDER
PRICED = priced_goods(330)


def _titled(title: str, *body: Text) -> tuple[str, float]:
    return kind_of(*SENDER, Text(330, 110, title, 16, bold=True), *body, *PRICED)


def test_a_confirmation_in_unknown_words_is_read_from_its_stem() -> None:
    """ "Acceptation commande" names no known phrase; "accept" over "commande" is the seller
    confirming: a confirmation, not the order, and not sure."""
    doc, confidence = _titled("Acceptation commande")
    assert doc == "order_confirmation"
    assert confidence < ACCEPT


def test_a_remittance_in_unknown_words_is_a_payment_advice() -> None:
    paid = rows(40, 200, ["Payment date: 12/03/2025", "Paid by: Kestrel Components Ltd"])
    doc, confidence = _titled("Funds Remitted", *paid)
    assert doc == "payment_advice"
    assert confidence < ACCEPT


def test_an_invoice_qualified_as_corrective_is_a_credit_note_never_sure() -> None:
    """ "Invoice Rectification" over a page that refers to the invoice it corrects: the credit
    outranks the invoice it concerns; on main this page was an invoice at 0.99."""
    fields = cells_at(200, [40, 330], ["Original invoice", "FA-2025-118"])
    doc, confidence = _titled("Invoice Rectification", *fields)
    assert doc == "credit_note"
    assert confidence < ACCEPT


def test_an_invoice_title_over_a_credited_invoice_is_not_promised() -> None:
    """A plain "Facture" whose fields name the invoice it credits and whose number is an
    credit's: the title is kept but contested, below auto-accept."""
    fields = [
        *cells_at(200, [40, 330], ["N° d'avoir", "AV-0042"]),
        *cells_at(214, [40, 330], ["Facture d'origine", "FA-2025-118"]),
    ]
    _doc, confidence = _titled("Facture", *fields)
    assert confidence < ACCEPT


def test_a_title_misread_by_one_letter_is_still_read() -> None:
    """OCR reads "Confirmed Order" as "C0nfirmed 0rder": one letter off a long stem."""
    doc, _ = _titled("C0nfirmed Order")
    assert doc == "order_confirmation"


def test_field_captions_and_sentences_name_no_kind() -> None:
    """A block's caption names a field, a long sentence is read for its verbs: neither is
    a title's concept."""
    assert concept_kind("delivery address") is None
    assert concept_kind("payment terms") is None
    assert concept_kind("bill to") is None
    assert concept_kind("please ship us the goods listed below") is None
    # a payment asked for is a bill's, not a remittance
    assert concept_kind("demande de paiement") == "invoice"
    # two concepts no precedence orders say nothing
    assert concept_kind("confirmation de livraison") is None


def test_a_known_title_keeps_its_kind_and_its_confidence() -> None:
    """The concepts do not touch a title in a known phrase that they do not outrank."""
    bill = rows(40, 200, ["Date d'échéance : 14/04/2025", "IBAN FR76 3000 4000"])
    doc, confidence = _titled("Facture", *bill)
    assert doc == "invoice"
    assert confidence >= ACCEPT


def test_a_company_named_for_its_trade_titles_nothing() -> None:
    """ "Bernard Transports SAS" printed big over a quotation is the sender, not a delivery:
    its legal form, or its name repeated in the legal footer, says so."""
    assert concept_kind("bernard transports sas") is None
    assert concept_kind("bernard transports", "bernard transports - siret 123") is None
    assert concept_kind("transports") == "delivery_note"


def test_an_order_labelled_beside_the_pages_own_number_is_the_order_answered() -> None:
    """ "No. | Date | Purchase Order" heads the page's own bare number and the customer's
    order: the page answers that order, so its generic "Order Status" heading is read as
    the seller's confirmation, not the order (on main: a purchase order)."""
    grid = [
        *cells_at(200, [40, 160, 280], ["No.", "Date", "Purchase Order"]),
        *cells_at(214, [40, 160, 280], ["ACK-2025-36", "10/28/2025", "4519299754"]),
    ]
    doc, confidence = _titled("Order Status", *grid)
    assert doc == "order_confirmation"
    assert confidence < ACCEPT
