"""Document type, parties and addresses read off whole pages of layouts the sample generator
does not make: wrapped letterheads, sidebars of labels, bare titles, envelope windows on
documents other than invoices, labels of languages orderdesk does not read."""

from __future__ import annotations

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def test_a_name_wrapped_over_two_lines_of_the_letterhead_is_one_name() -> None:
    doc = [
        Text(40, 30, "Packaging Direct", 14, bold=True),
        Text(40, 47, "Inc.", 14, bold=True),
        *rows(230, 30, ["140 Oak Avenue", "Chicago, IL 60607"], step=9),
        Text(320, 44, "INVOICE", 15, bold=True),
        Text(320, 72, "Invoice No. 3838942"),
        Text(40, 160, "BILL TO"),
        *rows(40, 174, ["Whitfield & Brooks Corp.", "460 Main Street", "Portland, OR 97204"]),
    ]
    result = read(*doc)
    assert result.doc_type == "invoice"
    assert value(result, "supplier_name") == "Packaging Direct Inc."
    assert value(result, "customer_name") == "Whitfield & Brooks Corp."


def test_a_bare_order_title_is_a_purchase_order_but_not_a_sure_one() -> None:
    doc = [
        Text(40, 30, "Sullivan & Brooks Limited", 16, bold=True),
        *rows(400, 30, ["129 King Street", "Manchester M1 2AB"]),
        Text(40, 90, "Order", 18, bold=True),
        Text(40, 120, "Number: 2024/82955"),
        Text(40, 136, "Your Quote No. QT-2024-506"),
        Text(40, 180, "To"),
        *rows(40, 194, ["Brooks & Sullivan plc", "103 Station Approach", "Cardiff CF10 1EP"]),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"  # not "other" for the quote it refers to
    assert result.doc_type_confidence < ACCEPT
    assert value(result, "customer_name") == "Sullivan & Brooks Limited"
    assert value(result, "supplier_name") == "Brooks & Sullivan plc"
    # which side each party is on follows from the unsure type: neither is auto-accepted
    assert result.fields["customer_name"].confidence < ACCEPT
    assert result.fields["supplier_name"].confidence < ACCEPT


def test_a_sales_order_citing_the_customers_quote_is_an_order_confirmation() -> None:
    doc = [
        Text(40, 30, "Kingsley & Lockwood Corp.", 14, bold=True),
        Text(330, 30, "SALES ORDER", 18, bold=True),
        Text(330, 60, "SO No. SO008513"),
        Text(330, 76, "Your Quote No. Q-778"),
        Text(330, 92, "Your PO No. PO-2024-17"),
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
        Text(30, 40, "Numéro de facture", 8),
        Text(30, 52, "FAC-2024-3434"),
        Text(30, 70, "Date du document", 8),
        Text(200, 70, "Caron Électricité SRL", 14, bold=True),
        Text(30, 82, "03/01/2024"),
        *rows(200, 90, ["Avenue Louise 120", "4000 Liège", "Belgique"]),
        Text(30, 100, "Contact", 8),
        Text(30, 112, "M. Dubois"),
        Text(200, 150, "Facture de vente", 16, bold=True),
        Text(200, 190, "Client"),
        *rows(200, 204, ["Cartonnages Lefèvre SRL", "Rue de la Loi 171", "4000 Liège"]),
    ]
    result = read(*doc)
    assert result.doc_type == "invoice"
    assert value(result, "supplier_name") == "Caron Électricité SRL"
    assert value(result, "customer_name") == "Cartonnages Lefèvre SRL"
    assert value(result, "billing_address") == "Rue de la Loi 171, 4000 Liège"


def test_a_reminder_addressed_through_the_window_bills_that_address_without_the_vat_line() -> None:
    doc = [
        Text(40, 40, "Coleman & Kingsley Ltd", 16, bold=True),
        *rows(40, 62, ["17 Station Approach", "Manchester M1 2AB"]),
        Text(320, 40, "Payment Reminder", 18, bold=True),
        Text(320, 70, "Reminder No. 2026/06770"),
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
        Text(40, 40, "Weber Druckerei AG", 16, bold=True),
        *rows(40, 62, ["Industriestraße 5", "50667 Köln"]),
        Text(330, 40, "RECHNUNG", 18, bold=True),
        Text(330, 70, "Rechnungsnummer: R-2025-0815"),
        Text(330, 86, "Datum: 14.03.2025"),
        Text(40, 150, "Rechnungsadresse"),
        *rows(40, 164, ["Bauer Logistik AG", "Hauptstraße 19", "80331 München"]),
        Text(330, 150, "Lieferanschrift"),
        *rows(330, 164, ["Bauer Logistik AG", "Gewerbering 81", "80331 München"]),
        Text(40, 260, "Wir danken für Ihre Bestellung und berechnen die Lieferung wie folgt."),
        Text(40, 276, "Zahlbar innerhalb von 30 Tagen ohne Abzug."),
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
        Text(40, 30, "Girard & Fils", 16, bold=True),
        *rows(320, 30, ["105 avenue Jean Jaurès", "67000 STRASBOURG"]),
        Text(40, 80, "Bon de commande", 18, bold=True),
        Text(40, 110, "N° de commande : CA202412-224"),
        Text(40, 160, "Client"),
        *rows(40, 174, ["Girard & Fils", "Service comptabilité", "105 avenue Jean Jaurès"]),
        Text(40, 213, "67000 STRASBOURG"),
        Text(320, 160, "Fournisseur"),
        *rows(320, 174, ["Mercier Transports SARL", "69 chemin des Vignes", "69007 Lyon"]),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "supplier_name") == "Mercier Transports SARL"
    assert value(result, "customer_name") == "Girard & Fils"
    assert value(result, "billing_address") == (
        "Service comptabilité, 105 avenue Jean Jaurès, 67000 STRASBOURG"
    )


def test_your_vat_number_is_the_addressees_not_the_issuers() -> None:
    # "Your VAT No." under the address block (not ending it): the issuer writes it for the
    # customer; with no VAT id of its own printed, the document has none
    doc = [
        Text(40, 40, "Riverside Foods Limited", 16, bold=True),
        *rows(40, 62, ["12 Mill Lane", "Leeds LS1 4AP"]),
        Text(320, 40, "INVOICE", 18, bold=True),
        Text(320, 70, "Invoice No. INV-2025-0412"),
        Text(40, 150, "Bill To"),
        *rows(40, 164, ["Patterson Textiles Ltd", "64 Church Road", "Bristol BS1 5TR"]),
        Text(40, 230, "Your VAT No. GB227407320"),
    ]
    assert value(read(*doc), "vat_id") is None
    footer = Text(40, 780, "Riverside Foods Limited - VAT Registration No. GB627458908", 7)
    assert value(read(*doc, footer), "vat_id") == "GB627458908"
