"""Header references read by the role their label's words give them (``candidates.
references``): the buyer's order under captions no list holds, said in a sentence, the
document's number beside its title, and other references (a public contract, a project)
that are never the document's own number. Every such reading is offered, never sure."""

from __future__ import annotations

from extraction.candidates.references import role
from extraction.labels import match_header_label
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    FRENCH_TOTALS,
    Text,
    grid,
    offers,
    printed,
    read,
    reads,
)

INVOICE = printed(DUPONT_HEAD) + FRENCH_TOTALS


def test_the_role_follows_the_labels_word_pieces() -> None:
    """Whose number a label names, from its pieces: a possessive or the buyer's word with a
    reference or an order noun is the buyer's order; a matter's word is another reference;
    the buyer's word with a number mark alone is the buyer's account (left to the lists)."""
    assert role("ref. acheteur") == "theirs"
    assert role("purchaser ref.") == "theirs"
    assert role("n° bc client") == "theirs"
    assert role("votre bc") == "theirs"
    assert role("ref. marche") == "other"
    assert role("tender no.") == "other"
    assert role("n° de bl", "invoice") == "other"
    assert role("n° de bl", "delivery_note") is None  # the note's own number
    assert role("customer no.") is None
    assert role("n° client") is None
    assert role("sales order no.") is None  # a word no reference label is made of


def test_a_buyers_caption_no_list_holds_gives_the_order() -> None:
    """ "Réf. acheteur" over its value in a grid: the buyer's order, offered."""
    page = read(*INVOICE, *grid(200, ["Réf. acheteur", "Code client"], ["P32160-A", "411DUP"]))
    offers(page, order_number="P32160-A")
    reads(page, document_number="FA-2025-0418")


def test_a_number_mark_with_the_buyers_order_is_not_the_documents_number() -> None:
    """ "N° BC client" starts with a bare "N°": its value is the buyer's order, and the
    invoice's own number stays the one its label names."""
    page = read(*INVOICE, Text(40, 200, "N° BC client : ACH/2025/191"))
    offers(page, order_number="ACH/2025/191")
    reads(page, document_number="FA-2025-0418")


def test_another_matters_reference_is_never_the_documents_number() -> None:
    """A page whose only numbered label is a public contract's: no document number from
    it."""
    head = printed("""
        40  40  14b Atelier Dupont SARL
        40  62  10  12 rue des Lilas
        380 40  16b FACTURE
        380 96  10  Date : 14/03/2025
    """)
    page = read(*head, *FRENCH_TOTALS, Text(40, 200, "Réf. marché : 2025-0153"))
    assert page.fields.get("document_number") is None or (
        page.fields["document_number"].value != "2025-0153"
    )


def test_the_buyers_order_said_in_a_sentence_is_offered() -> None:
    french = read(*INVOICE, Text(40, 200, "Suite à votre commande n° BC-7781, voici le détail."))
    offers(french, order_number="BC-7781")
    english = read(*INVOICE, Text(40, 200, "In reply to your PO P15024-A, we list the goods."))
    offers(english, order_number="P15024-A")


def test_a_word_glued_to_digits_labels_nothing() -> None:
    """ "CDE.24.3527" is an identifier, not the label "N° commande" and a value "24.3527"."""
    assert match_header_label("numero cde.24.3527") is None or (
        match_header_label("numero cde.24.3527").field == "docnum:"  # type: ignore[union-attr]
    )


def test_the_number_beside_the_title_is_the_documents_own() -> None:
    """ "AR de commande" with its number at the right of the same line: the confirmation's
    number, not an order reference labelled by the title's last word."""
    head = printed("""
        40  40  14b Atelier Dupont SARL
        40  62  10  12 rue des Lilas
        40  75  10  69003 Lyon
        40  160 16b AR de commande
        460 160 12  CF.25.1615
        40  190 10  Date : 14/03/2025
    """)
    page = read(*head, *FRENCH_TOTALS, Text(40, 210, "Suite à votre commande n° 4512-88."))
    offers(page, document_number="CF.25.1615", order_number="4512-88")
