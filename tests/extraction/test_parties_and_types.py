"""Document type, parties and addresses read off whole pages of layouts the sample generator
does not make: wrapped letterheads, sidebars of labels, bare titles, envelope windows on
documents other than invoices, labels of languages orderdesk does not read."""

from __future__ import annotations

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import Text, printed, read, reads, rows, value

ACCEPT = 0.9


def test_a_name_wrapped_over_two_lines_of_the_letterhead_is_one_name() -> None:
    doc = [
        Text(40, 30, "Packaging Direct", 14, bold=True),
        Text(40, 47, "Inc.", 14, bold=True),
        *rows(230, 30, ["140 Oak Avenue", "Chicago, IL 60607"], step=9),
        *printed("""
            320 44  15b INVOICE
            320 72  10  Invoice No. 3838942
            40  160 10  BILL TO
            40  174 10  Whitfield & Brooks Corp.
            40  187 10  460 Main Street
            40  200 10  Portland, OR 97204
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "invoice"
    reads(result, supplier_name="Packaging Direct Inc.", customer_name="Whitfield & Brooks Corp.")


def test_a_bare_order_title_is_a_purchase_order_but_not_a_sure_one() -> None:
    doc = [
        *printed("""
            40  30  16b Sullivan & Brooks Limited
            400 30  10  129 King Street
            400 43  10  Manchester M1 2AB
            40  90  18b Order
            40  120 10  Number: 2024/82955
            40  136 10  Your Quote No. QT-2024-506
            40  180 10  To
            40  194 10  Brooks & Sullivan plc
            40  207 10  103 Station Approach
            40  220 10  Cardiff CF10 1EP
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"  # not "other" for the quote it refers to
    assert result.doc_type_confidence < ACCEPT
    reads(result, customer_name="Sullivan & Brooks Limited", supplier_name="Brooks & Sullivan plc")
    # which side each party is on follows from the unsure type: neither is auto-accepted
    assert result.fields["customer_name"].confidence < ACCEPT
    assert result.fields["supplier_name"].confidence < ACCEPT


def test_a_sales_order_citing_the_customers_quote_is_an_order_confirmation() -> None:
    doc = [
        *printed("""
            40  30 14b Kingsley & Lockwood Corp.
            330 30 18b SALES ORDER
            330 60 10  SO No. SO008513
            330 76 10  Your Quote No. Q-778
            330 92 10  Your PO No. PO-2024-17
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "order_confirmation"


def test_titles_in_other_wordings_and_languages() -> None:
    def kind(title: str) -> str:
        doc = [
            Text(40, 30, "Perrin & Fils SARL", 14, bold=True),
            Text(40, 100, title, 16, bold=True),
            Text(40, 130, "Référence : X-2026-6209"),
        ]
        return read(*doc).doc_type

    assert kind("BON D'EXPÉDITION") == "delivery_note"
    assert kind("AR DE COMMANDE") == "order_confirmation"
    assert kind("Einkaufsbestellung") == "purchase_order"
    assert kind("Avviso di bonifico") == "payment_advice"
    assert kind("Sollecito di pagamento") == "other"


def test_a_sidebar_of_labels_neither_hides_the_issuer_nor_makes_a_street_its_name() -> None:
    doc = [
        *printed("""
            30  40  8   Numéro de facture
            30  52  10  FAC-2024-3434
            30  70  8   Date du document
            200 70  14b Caron Électricité SRL
            30  82  10  03/01/2024
            200 90  10  Avenue Louise 120
            200 103 10  4000 Liège
            200 116 10  Belgique
            30  100 8   Contact
            30  112 10  M. Dubois
            200 150 16b Facture de vente
            200 190 10  Client
            200 204 10  Cartonnages Lefèvre SRL
            200 217 10  Rue de la Loi 171
            200 230 10  4000 Liège
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "invoice"
    reads(result, supplier_name="Caron Électricité SRL", customer_name="Cartonnages Lefèvre SRL")
    assert value(result, "billing_address") == "Rue de la Loi 171, 4000 Liège"


def test_a_reminder_addressed_through_the_window_bills_that_address_without_the_vat_line() -> None:
    doc = [
        *printed("""
            40  40 16b Coleman & Kingsley Ltd
            40  62 10  17 Station Approach
            40  75 10  Manchester M1 2AB
            320 40 18b Payment Reminder
            320 70 10  Reminder No. 2026/06770
        """),
        *rows(
            40,
            190,
            [
                "Harbour Fasteners Ltd",
                "131 Victoria Street",
                "Glasgow",
                "G2 3QZ",
                "Your VAT No. GB529994636",
            ],
        ),
        Text(40, 300, "Our records show the following amounts overdue on your account:"),
        Text(40, 760, "Coleman & Kingsley Ltd - Registered in England - VAT No. GB165729674", 7),
    ]
    result = read(*doc)
    assert result.doc_type == "other"
    assert value(result, "customer_name") == "Harbour Fasteners Ltd"
    assert value(result, "billing_address") == "131 Victoria Street, Glasgow, G2 3QZ"
    # the VAT line ends the address yet stays the customer's: not taken for the issuer's
    assert value(result, "vat_id") == "GB165729674"


def test_german_block_labels_are_not_names_and_nothing_is_sure() -> None:
    doc = [
        *printed("""
            40  40  16b Weber Druckerei AG
            40  62  10  Industriestraße 5
            40  75  10  50667 Köln
            330 40  18b RECHNUNG
            330 70  10  Rechnungsnummer: R-2025-0815
            330 86  10  Datum: 14.03.2025
            40  150 10  Rechnungsadresse
            40  164 10  Bauer Logistik AG
            40  177 10  Hauptstraße 19
            40  190 10  80331 München
            330 150 10  Lieferanschrift
            330 164 10  Bauer Logistik AG
            330 177 10  Gewerbering 81
            330 190 10  80331 München
            40  260 10  Wir danken für Ihre Bestellung und berechnen die Lieferung wie folgt.
            40  276 10  Zahlbar innerhalb von 30 Tagen ohne Abzug.
        """),
    ]
    result = read(*doc)
    assert result.language == "de"
    assert value(result, "customer_name") == "Bauer Logistik AG"
    assert value(result, "billing_address") == "Hauptstraße 19, 80331 München"
    assert value(result, "delivery_address") == "Gewerbering 81, 80331 München"
    assert value(result, "supplier_name") == "Weber Druckerei AG"
    assert all(fv.confidence <= FOREIGN_CAP for fv in result.fields.values())


def test_a_purchase_orders_customer_block_is_the_buyers_billing_address() -> None:
    doc = [
        *printed("""
            40  30  16b Girard & Fils
            320 30  10  105 avenue Jean Jaurès
            320 43  10  67000 STRASBOURG
            40  80  18b Bon de commande
            40  110 10  N° de commande : CA202412-224
            40  160 10  Client
            40  174 10  Girard & Fils
            40  187 10  Service comptabilité
            40  200 10  105 avenue Jean Jaurès
            40  213 10  67000 STRASBOURG
            320 160 10  Fournisseur
            320 174 10  Mercier Transports SARL
            320 187 10  69 chemin des Vignes
            320 200 10  69007 Lyon
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    reads(result, supplier_name="Mercier Transports SARL", customer_name="Girard & Fils")
    assert value(result, "billing_address") == (
        "Service comptabilité, 105 avenue Jean Jaurès, 67000 STRASBOURG"
    )


def test_your_vat_number_is_the_addressees_not_the_issuers() -> None:
    # "Your VAT No." under the address block (not ending it): the issuer writes it for the
    # customer; with no VAT id of its own printed, the document has none
    doc = [
        *printed("""
            40  40  16b Riverside Foods Limited
            40  62  10  12 Mill Lane
            40  75  10  Leeds LS1 4AP
            320 40  18b INVOICE
            320 70  10  Invoice No. INV-2025-0412
            40  150 10  Bill To
            40  164 10  Patterson Textiles Ltd
            40  177 10  64 Church Road
            40  190 10  Bristol BS1 5TR
            40  230 10  Your VAT No. GB227407320
        """),
    ]
    assert value(read(*doc), "vat_id") is None
    footer = Text(40, 780, "Riverside Foods Limited - VAT Registration No. GB627458908", 7)
    assert value(read(*doc, footer), "vat_id") == "GB627458908"
