"""Document type where the page names its kind off the title's place (issue 20, document
type on layouts never seen, ``samples.wild.typecues``): a kind the page denies ("This is
not an invoice", "La facture suivra") is not its name; a kind under a "Document" caption, a
small caption over the goods after an address block, a title in spaced letters and names
real senders print that no pattern knew are read, and a reading the fitted confidence has
not seen stays below auto-accept."""

from __future__ import annotations

from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, printed, read, rows

WINDOW = rows(320, 130, ["Menuiserie du Vercors", "57 bis rue du Moulin", "21000 Dijon"])
ACCEPT = 0.9
NEW_READING = 0.85


def test_a_page_that_denies_being_an_invoice_is_not_read_as_one() -> None:
    page = read(
        *DUPONT_SENDER,
        *WINDOW,
        Text(40, 226, "Votre commande : BC-2025-881   Date : 14/03/2025", 9),
        *priced_goods(300),
        *FRENCH_TOTALS,
        Text(40, 600, "IBAN FR76 3000 6000 0112 3456 7890 189", 8),
        Text(40, 640, "Ce document ne vaut pas facture.", 9),
    )
    assert page.doc_type == "order_confirmation"


def test_an_invoice_to_follow_is_not_this_page() -> None:
    page = read(
        *DUPONT_SENDER,
        *WINDOW,
        Text(40, 226, "N° de confirmation : AR-2025-0012   Date : 14/03/2025", 9),
        *priced_goods(300),
        *FRENCH_TOTALS,
        Text(40, 640, "La facture suivra.", 9),
    )
    assert page.doc_type == "order_confirmation"


def test_a_kind_under_a_document_caption_names_the_page() -> None:
    grid = printed("""
        40  226 8b Document
        160 226 8b N°
        260 226 8b Date
        40  238 9  Bon de livraison
        160 238 9  LIV-4471
        260 238 9  14/03/2025
    """)
    page = read(*DUPONT_SENDER, *WINDOW, *grid, *priced_goods(300))
    assert page.doc_type == "delivery_note"
    assert page.doc_type_confidence <= NEW_READING


def test_a_caption_over_the_goods_after_an_address_block_is_the_title() -> None:
    head = printed("""
        40  40  12b Fasteners Direct Ltd
        40  54  8   Tel. 0134 632 6147 · sales@fasteners.co.uk · www.fasteners.co.uk
        40  74  8   Sold To
        40  86  9   Whitfield Laboratories plc
        40  97  9   126 Victoria Street
        40  108 9   Norwich NR1 3JU
        40  150 9   invoice
        40  170 9b  Description
        300 170 9b  Qty
        400 170 9b  Rate
        480 170 9b  Amount
        40  184 9   Nitrile gloves size M
        300 184 9   10
        400 184 9   12.00
        480 184 9   120.00
    """)
    page = read(*head)
    assert page.doc_type == "invoice"


def test_a_title_in_spaced_letters_is_read_but_not_promised() -> None:
    page = read(
        *DUPONT_SENDER,
        *WINDOW,
        Text(40, 200, "C O N F I R M A T I O N    D E    C O M M A N D E", 12, bold=True),
        Text(40, 226, "N° : AR-2025-0012   Date : 14/03/2025", 9),
        *priced_goods(300),
        *FRENCH_TOTALS,
    )
    assert page.doc_type == "order_confirmation"
    assert page.doc_type_confidence < ACCEPT


def test_a_name_no_pattern_knew_is_read_but_not_promised() -> None:
    page = read(
        *DUPONT_SENDER,
        *WINDOW,
        Text(40, 200, "Bulletin de livraison", 16, bold=True),
        Text(40, 226, "N° : BL-2025-0012   Date : 14/03/2025", 9),
        *priced_goods(300),
    )
    assert page.doc_type == "delivery_note"
    assert page.doc_type_confidence <= NEW_READING
