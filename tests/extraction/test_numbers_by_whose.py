"""Numbers printed by whose they are, not by their kind (issue 20, header references): a
row of "our ref / your ref" captions over values set so close that the page's reader runs
them into one text, a barcode's caption, the number a sentence says the document is filed
under; and the parties around them (a recipient block set apart under the letterhead, the
sender's own address lines over its phone, a title right under a delivery block)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extraction.pages_for_tests import (
    ACCEPT,
    FRENCH_TOTALS,
    Text,
    offers,
    printed,
    read,
    reads,
    rows,
    value,
)

SENDER = printed("""
    40  40  14b Atelier Dupont SARL
    40  62  10  12 rue des Lilas
    40  75  10  69003 Lyon
""")
WINDOW = rows(320, 130, ["Menuiserie du Vercors", "57 bis rue du Moulin", "21000 Dijon"])


def _packed(y: float, captions: list[str], values: list[str], gap: float = 7) -> list[Text]:
    """Captions over values, each value starting under its caption, the values ``gap`` pt
    apart (closer than the reader's column gap): the captions placed by the values' widths."""
    out: list[Text] = []
    x = 40.0
    for caption, val in zip(captions, values, strict=True):
        out.append(Text(x, y, caption, 8))
        out.append(Text(x, y + 12, val, 10, bold=True))
        width = max(stringWidth(val, "Helvetica-Bold", 10), stringWidth(caption, "Helvetica", 8))
        x += width + gap
    return out


def test_each_caption_of_a_packed_row_takes_the_value_under_it() -> None:
    """ "N/Réf. | V/Réf. | Le | Code client" over values the reader runs into one text: the
    buyer's reference and the account are the values under their own captions, not the
    row's first value (which is the document's own number)."""
    head = _packed(
        250,
        ["N/Réf.", "Votre réf.", "Le", "Code client"],
        ["BL082898", "CMD-24123", "19/11/2024", "411MEN18"],
    )
    page = read(*SENDER, *WINDOW, Text(40, 220, "BON DE LIVRAISON", 16, bold=True), *head)
    reads(page, order_number="CMD-24123", customer_number="411MEN18")
    assert value(page, "document_number") == "BL082898"


def test_the_number_under_the_senders_barcode() -> None:
    """A Code 39 barcode's caption, its characters spaced out ("* F A C 2 4 - 0 3 2 7 3 *"),
    is offered as the document's number when no label gives one."""
    page = read(
        *SENDER,
        *WINDOW,
        Text(40, 200, "FACTURE", 16, bold=True),
        Text(440, 210, "* F A C 2 4 - 0 3 2 7 3 *", 9),
        Text(480, 230, "Date : 07/02/2024", 9),
        *FRENCH_TOTALS,
    )
    offers(page, document_number="FAC24-03273")


def test_the_number_a_confirmation_is_filed_under() -> None:
    """ "Votre commande 058520 du 22/02/2025 est enregistrée chez nous sous la référence
    AR-2025-0898.": the buyer's order and the confirmation's own number; the order's date is
    the only date read and is offered, never shown sure."""
    page = read(
        *SENDER,
        *WINDOW,
        Text(40, 200, "Accusé de réception de commande", 16, bold=True),
        Text(
            40,
            230,
            "Votre commande 058520 du 22/02/2025 est enregistrée chez nous sous la référence "
            "AR-2025-0898.",
            9,
        ),
        *FRENCH_TOTALS,
    )
    assert page.doc_type == "order_confirmation"
    offers(page, document_number="AR-2025-0898")
    assert value(page, "order_number") == "058520"
    date = page.fields.get("document_date")
    assert date is None or date.confidence < ACCEPT


def test_a_sentence_opening_with_the_shipment_and_its_number() -> None:
    """ "Shipment 2024/89007 against your order BC2410029 of 17.03.2024.": the delivery's
    own number opens the sentence about the buyer's order."""
    page = read(
        *SENDER,
        *WINDOW,
        Text(40, 200, "Packing Slip", 16, bold=True),
        Text(40, 230, "Shipment 2024/89007 against your order BC2410029 of 17.03.2024.", 9),
    )
    offers(page, document_number="2024/89007")


def test_a_recipient_block_set_apart_under_the_letterhead() -> None:
    """The letterhead at the very top, blank space, then the recipient's block at the left
    (no caption): the block is the customer and its address the billing address, not part
    of the letterhead."""
    page = read(
        Text(40, 35, "Établissements Garnier SA", 14, bold=True),
        Text(440, 35, "Chemin des Crêts 126", 9),
        Text(440, 46, "1003 Lausanne", 9),
        *rows(40, 100, ["Ateliers Rousseau Sàrl", "Chemin des Crêts 156", "1201 Genève"], 11),
        Text(40, 200, "Facture", 16, bold=True),
        Text(40, 226, "Facture n° : FA25-04123", 9),
        *FRENCH_TOTALS,
    )
    reads(page, customer_name="Ateliers Rousseau Sàrl")
    assert value(page, "billing_address") == "Chemin des Crêts 156, 1201 Genève"


def test_the_senders_address_over_its_phone_is_no_recipient() -> None:
    """The letterhead's address lines closed by its phone and e-mail line, the recipient in
    a window at the right: the letterhead's lines are not the customer's block."""
    page = read(
        Text(40, 70, "Lefèvre & Fils SAS", 14, bold=True),
        *rows(40, 88, ["46 bis allée des Tilleuls", "Parc d'activités du Moulin", "BP 170"], 11),
        Text(40, 121, "67000 Strasbourg CEDEX", 10),
        Text(40, 132, "Téléphone 04 73 60 79 04 · compta@lefevre.fr", 9),
        *rows(316, 165, ["Cartonnages du Rhône SARL", "17 rue des Lilas", "BP 784"], 11),
        Text(316, 198, "59000 Lille", 10),
        Text(40, 260, "Facture", 16, bold=True),
        Text(40, 286, "Facture n° : F202602-322", 9),
        *FRENCH_TOTALS,
    )
    reads(page, customer_name="Cartonnages du Rhône SARL")
    assert value(page, "billing_address") == "17 rue des Lilas, BP 784, 59000 Lille"


def test_the_title_under_a_delivery_block_is_not_its_last_line() -> None:
    """ "Delivery Address" over its block, the title in a larger type right under it: the
    address ends with its town."""
    page = read(
        *SENDER,
        Text(40, 150, "Delivery Address", 9),
        *rows(40, 162, ["Severn Hydraulics Ltd", "Warehouse", "25 Victoria Street"], 10),
        Text(40, 192, "Bristol BS1 5TR", 10),
        Text(40, 204, "Dispatch Note", 16, bold=True),
        Text(40, 236, "Delivery no.: PS.26.9327", 9),
    )
    assert value(page, "delivery_address") == "Warehouse, 25 Victoria Street, Bristol BS1 5TR"
