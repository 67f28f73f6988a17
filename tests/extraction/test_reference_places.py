"""References read by their place (``candidates.reference_places``): a table of references
whose rows start with their caption, the number in the title's own line, the document's
own number said in a sentence, captions over (or under) their values read by their words.
Every such reading is offered (at most 0.85), never shown sure, and a number read as one
reference counts against it as another."""

from __future__ import annotations

from extraction.candidates.reference_places import caption_field
from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, grid, offers, printed, read, value

SENDER = printed("""
    40  40  14b Atelier Dupont SARL
    40  62  10  12 rue des Lilas
    40  75  10  69003 Lyon
""")


def test_a_caption_is_read_by_its_words() -> None:
    """The field a bare caption names: the document's own kind, the buyer's order, the
    buyer's account; another matter's or another document's caption names none."""
    assert caption_field("facture", "invoice") == "document_number"
    assert caption_field("notre facture", "invoice") == "document_number"
    assert caption_field("votre commande", "invoice") == "order_number"
    assert caption_field("purchase order", "order_confirmation") == "order_number"
    assert caption_field("sales order", "order_confirmation") == "document_number"
    assert caption_field("po", "order_confirmation") == "order_number"
    assert caption_field("n° bc", "purchase_order") == "document_number"
    assert caption_field("compte client", "invoice") == "customer_number"
    assert caption_field("marche", "invoice") is None
    assert caption_field("tender", "invoice") is None
    assert caption_field("bon de livraison", "invoice") is None
    assert caption_field("notre commande", "invoice") is None  # the sender's, not the buyer's
    assert caption_field("page", "invoice") is None


def test_a_table_of_references_gives_each_row_to_the_field_its_caption_names() -> None:
    """ "Document | Numéro | Date" over one row a reference: the invoice's row gives its
    number, the buyer's order row the order; the contract's row is no field."""
    table = printed("""
        40  200 10b Document
        160 200 10b Numéro
        280 200 10b Date
        40  216 10  Marché
        160 216 10  AC-2025-3877
        40  232 10  Facture
        160 232 10  FA-2025-0042
        280 232 10  14/03/2025
        40  248 10  Votre commande
        160 248 10  4500012345
        280 248 10  02/03/2025
    """)
    page = read(*SENDER, Text(380, 40, "FACTURE", 16, bold=True), *table, *FRENCH_TOTALS)
    offers(page, document_number="FA-2025-0042", order_number="4500012345")


def test_the_number_in_the_titles_own_line_is_the_documents() -> None:
    """ "FACTURE DE VENTE 1690517": the title of the document's kind, then one identifier."""
    page = read(
        *SENDER,
        Text(40, 160, "FACTURE DE VENTE 1690517", 16, bold=True),
        Text(40, 190, "Date du document : 14/03/2025"),
        *FRENCH_TOTALS,
    )
    offers(page, document_number="1690517")


def test_the_documents_own_number_said_in_a_sentence() -> None:
    """ "Please find enclosed our order PO-2024-8614 dated ...": the order's own number;
    "your order" in a sentence would be the buyer's, not this one."""
    page = read(
        *SENDER,
        Text(40, 160, "PURCHASE ORDER", 16, bold=True),
        Text(40, 190, "Please find enclosed our order PO-2024-8614 dated 05/02/2024."),
        *FRENCH_TOTALS,
    )
    offers(page, document_number="PO-2024-8614")


def test_captions_over_their_values_no_list_holds() -> None:
    """ "Document | Dated | PO" over their values on an acknowledgement: the document's
    number and the buyer's order, offered."""
    head = [
        Text(40, 160, "ORDER ACKNOWLEDGEMENT", 16, bold=True),
        *grid(200, ["Document", "Dated", "PO"], ["ACK-2024-3515", "01/02/2024", "058950"]),
    ]
    page = read(*SENDER, *head, *FRENCH_TOTALS)
    offers(page, document_number="ACK-2024-3515")
    # "PO" is a label of its own since refs20 (a bare "PO" names the buyer's order, as a
    # bare "Order" does): its value is read as labelled, no longer only as a caption's
    assert value(page, "order_number") == "058950"


def test_captions_under_their_values() -> None:
    """Values over their small captions ("8534186" over "N° BC") with nothing under the
    captions: an order's own number."""
    values = printed("""
        40  200 10  8534186
        160 200 10  20/02/2026
        40  213 8   N° BC
        160 213 8   Date d'émission
    """)
    page = read(*SENDER, Text(40, 160, "BON DE COMMANDE", 16, bold=True), *values, *FRENCH_TOTALS)
    offers(page, document_number="8534186")


def test_a_payment_letters_title_then_a_dash_then_its_number() -> None:
    """ "Paiement de factures – REG-2025-7200" heading a letter that settles invoices: the
    payment's own number, offered; the invoices it lists are not it."""
    page = read(
        *printed("""
            50  40  14b Établissements Faure EURL
            50  58  9   149 rue Pasteur, 67000 Strasbourg
            330 110 10  Chauffage du Vercors
            330 124 10  50 avenue Jean Jaurès, 31100 Toulouse
            50  180 12b Paiement de factures – REG-2025-7200
            50  204 10  Nous vous adressons ce jour un virement de 2 080,40 €.
            50  240 10  Votre facture
            200 240 10  Du
            460 240 10  Réglé
            50  256 10  FA-55120
            200 256 10  02/04/2025
            460 256 10  1 250,00
            50  272 10  FA-55187
            200 272 10  09/04/2025
            460 272 10  830,40
            330 300 10  Total réglé : 2 080,40 €
        """)
    )
    assert page.doc_type == "payment_advice"
    offers(page, document_number="REG-2025-7200")


def test_a_bare_order_noun_with_its_number_and_date_on_a_confirmation() -> None:
    """A confirmation titled with its own number prints, on a line of its own, "Order
    PO-2024-0085 of 8/5/24": the order it confirms, offered; its own number stays the
    title's."""
    page = read(
        *SENDER,
        Text(40, 160, "Order Confirmation No. SO066667", 14, bold=True),
        Text(40, 186, "Estimate no.: EST24-54165"),
        Text(240, 186, "Order PO-2024-0085 of 8/5/24"),
        *FRENCH_TOTALS,
    )
    assert page.doc_type == "order_confirmation"
    offers(page, order_number="PO-2024-0085")
    assert value(page, "document_number") == "SO066667"
