"""Document type when the title is a wording the classifier does not know (issue 20): the
kind comes from the page's make-up (who receives the goods, what the goods table counts,
what a heading sentence says, which labels head a number) and is never made sure by it."""

from __future__ import annotations

from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, cells_at, rows, table_rows
from tests.extraction.test_doctype import ACCEPT, kind_of

SENDER = DUPONT_SENDER
PRICED = priced_goods(330)
FOOTER = [Text(40, 800, "Atelier Dupont SARL – SIRET 123 456 789 00012", 8)]


def test_the_sender_named_as_the_party_that_receives_the_goods_wrote_an_order() -> None:
    """An unknown title ("Demande d'approvisionnement") over a page whose delivery address
    is the sender's own: a buyer's order, read from that, not sure."""
    parties = [
        *cells_at(200, [40, 330], ["Fournisseur", "Adresse de livraison"]),
        *cells_at(214, [40, 330], ["Garnier Cartonnages", "Atelier Dupont SARL"]),
        *cells_at(228, [40, 330], ["150 chemin des Vignes", "Entrepôt, 4 rue du Port"]),
    ]
    title = [Text(330, 40, "Demande d'approvisionnement", 16, bold=True)]
    doc, confidence = kind_of(*SENDER, *title, *parties, *PRICED, *FOOTER)
    assert doc == "purchase_order"
    assert confidence < ACCEPT


def test_a_customer_in_the_delivery_address_does_not_make_an_order() -> None:
    """The same page sent by a seller to its customer: the delivery address is someone
    else's, so nothing speaks for an order."""
    parties = [
        *cells_at(200, [40, 330], ["Client", "Adresse de livraison"]),
        *cells_at(214, [40, 330], ["Garnier Cartonnages", "Garnier Cartonnages"]),
        *cells_at(228, [40, 330], ["150 chemin des Vignes", "Entrepôt, 4 rue du Port"]),
    ]
    bill = rows(330, 100, ["Date d'échéance : 14/04/2025", "IBAN FR76 3000 4000"])
    doc, _ = kind_of(*SENDER, *parties, *bill, *PRICED, *FOOTER)
    assert doc == "invoice"


def test_a_heading_sentence_says_what_the_document_does() -> None:
    """A sentence printed big in the title's place: its verb names the kind, even over
    a priced table (which alone would say an invoice)."""
    title = [Text(40, 110, "Goods delivered as follows", 16, bold=True)]
    doc, confidence = kind_of(*SENDER, *title, *PRICED)
    assert doc == "delivery_note"
    assert confidence < ACCEPT


def test_another_documents_name_that_labels_a_number_is_not_the_title() -> None:
    """A confirmation without a known title printing the buyer's order it answers as
    "Purchase Order | 4555992377": that labels a number, it does not title the page."""
    head = [*cells_at(100, [330, 450], ["Purchase Order", "4555992377"])]
    head += rows(330, 116, ["Confirmed delivery date: 23/04/2025"])
    thanks = [Text(40, 600, "We thank you very much for your order of 12 April 2025.")]
    doc, _ = kind_of(*SENDER, *head, *PRICED, *thanks)
    assert doc == "order_confirmation"


def test_a_page_that_names_no_kind_is_typed_by_its_goods_table_never_other() -> None:
    """No title, no field cue: goods with prices are sold (an invoice), goods counted only
    are delivered; neither is promised."""
    counted = table_rows(
        [["Article", "Qté", "Lot"], ["Gants nitrile taille M", "10", "L-2291"]],
        [40, 300, 400],
        330,
    )
    sold = kind_of(*SENDER, *PRICED)
    delivered = kind_of(*SENDER, *counted)
    assert sold[0] == "invoice" and sold[1] < ACCEPT
    assert delivered[0] == "delivery_note" and delivered[1] < ACCEPT
