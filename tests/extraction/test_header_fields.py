"""Header fields out of whole pages, the way senders we never saw print them: each test draws
a document and checks what a clerk would see (value, and whether it is shown as sure)."""

from __future__ import annotations

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _french_invoice(extra: list[Text]) -> list[Text]:
    return [
        Text(40, 40, "Atelier Marchand SARL", 16, bold=True),
        *rows(40, 62, ["12 rue des Tanneurs", "69002 Lyon", "Tél. 04 72 00 00 00"]),
        Text(380, 40, "FACTURE", 18, bold=True),
        Text(380, 70, "N° de facture : FA-2025-0311"),
        Text(380, 86, "Date : 14/03/2025"),
        *extra,
        Text(330, 520, "Total HT"),
        Text(480, 520, "1 000,00 €"),
        Text(330, 536, "TVA 20 %"),
        Text(480, 536, "200,00 €"),
        Text(330, 552, "Total TTC"),
        Text(480, 552, "1 200,00 €"),
    ]


def test_the_total_is_the_documents_own_not_a_balance_with_earlier_debts() -> None:
    """'TOTAL DUE' adds a previous balance: the invoice's total is the one that net + tax
    makes, whatever comes last on the page."""
    doc = [
        Text(40, 40, "Northwind Traders", 16, bold=True),
        Text(420, 40, "INVOICE", 18, bold=True),
        Text(380, 80, "Invoice No: INV-7731"),
        Text(380, 96, "Date: 11/15/2024"),
        Text(360, 500, "SUBTOTAL"),
        Text(480, 500, "$100.00"),
        Text(360, 516, "SALES TAX"),
        Text(480, 516, "$10.00"),
        Text(360, 532, "TOTAL"),
        Text(480, 532, "$110.00"),
        Text(360, 548, "PREVIOUS BALANCE"),
        Text(480, 548, "$500.00"),
        Text(360, 564, "TOTAL DUE"),
        Text(480, 564, "$610.00"),
    ]
    result = read(*doc)
    assert value(result, "total_gross") == "110.00"
    assert value(result, "total_net") == "100.00"
    assert value(result, "currency") == "USD"


def test_american_dates_are_read_month_first_when_the_due_date_says_so() -> None:
    """'7/9/18' and '09/07/18' read both ways; only month-first puts the due date after
    the invoice date."""
    doc = [
        Text(40, 40, "Stanford Plumbing & Heating", 14, bold=True),
        Text(420, 40, "INVOICE", 18, bold=True),
        Text(380, 100, "Invoice No:"),
        Text(470, 100, "#INV01699"),
        Text(380, 116, "Invoice Date:"),
        Text(470, 116, "7/9/18"),
        Text(380, 132, "Due Date:"),
        Text(470, 132, "09/07/18"),
    ]
    result = read(*doc)
    assert value(result, "document_date") == "2018-07-09"
    assert value(result, "due_date") == "2018-09-07"


def test_one_unambiguous_american_date_sets_the_order_of_the_others() -> None:
    doc = [
        Text(40, 40, "Contoso", 16, bold=True),
        Text(420, 40, "INVOICE", 18, bold=True),
        Text(380, 100, "Invoice Date: 6/5/2017"),
        Text(380, 116, "Due Date: 6/24/2017"),
    ]
    result = read(*doc)
    assert value(result, "document_date") == "2017-06-05"
    assert value(result, "due_date") == "2017-06-24"


def test_a_date_in_words_after_the_number_is_the_document_date() -> None:
    doc = [
        Text(40, 40, "Boulangerie Petit SAS", 16, bold=True),
        Text(40, 120, "Facture n° F-2025-0042 du 12 mars 2025", 13, bold=True),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "F-2025-0042"
    assert value(result, "document_date") == "2025-03-12"


def test_order_references_under_the_customers_labels() -> None:
    for label in ("Votre référence", "Réf. client"):
        result = read(*_french_invoice([Text(40, 200, label), Text(160, 200, "PO445")]))
        assert value(result, "order_number") == "PO445", label
        assert value(result, "document_number") == "FA-2025-0311"


def test_another_reference_is_not_the_document_number() -> None:
    doc = [
        Text(40, 40, "Au bon moulin SARL", 14, bold=True),
        Text(40, 100, "Facture FA-2017-0010", 14, bold=True),
        Text(40, 200, "Réf. marché"),
        Text(160, 200, "MSPE2017"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "FA-2017-0010"


def test_a_street_number_is_not_the_document_number() -> None:
    doc = [
        Text(40, 40, "Contoso", 16, bold=True),
        Text(40, 80, "Invoice For: Microsoft"),
        *rows(40, 96, ["1020 Enterprise Way", "Sunnyvale, CA 87659"]),
    ]
    result = read(*doc)
    assert value(result, "document_number") != "1020"


def test_payment_means_are_not_payment_terms() -> None:
    result = read(
        *_french_invoice(
            [Text(40, 200, "Mode de règlement :"), Text(160, 200, "Virement bancaire")]
        )
    )
    assert value(result, "payment_terms") is None
    result = read(
        *_french_invoice(
            [Text(40, 200, "Conditions de paiement :"), Text(200, 200, "30 jours fin de mois")]
        )
    )
    assert value(result, "payment_terms") == "30 jours fin de mois"


def test_no_currency_on_a_document_without_amounts_nor_from_share_capital() -> None:
    doc = [
        Text(40, 40, "Transports Rapides SARL", 14, bold=True),
        Text(380, 40, "BON DE LIVRAISON", 16, bold=True),
        Text(380, 70, "N° BL : BL-2025-118"),
        Text(40, 780, "SARL au capital de 50 000 EUR - RCS Lyon 123 456 789"),
    ]
    result = read(*doc)
    assert result.doc_type == "delivery_note"
    assert value(result, "currency") is None


def test_the_envelope_window_is_the_billing_address_without_a_dashed_rule() -> None:
    doc = [
        Text(40, 40, "Papeterie Centrale SA", 16, bold=True),
        *rows(40, 62, ["8 avenue Foch", "75016 Paris"]),
        Text(400, 40, "FACTURE", 18, bold=True),
        *rows(320, 140, ["Garage du Lac", "14 quai des Brotteaux", "69006 Lyon", "-------------"]),
        Text(40, 260, "N° de facture : F-901"),
        Text(40, 276, "Date : 03/02/2025"),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Garage du Lac"
    assert value(result, "billing_address") == "14 quai des Brotteaux, 69006 Lyon"
    assert value(result, "supplier_name") == "Papeterie Centrale SA"


def test_a_commande_d_achat_is_a_purchase_order_issued_by_the_buyer() -> None:
    doc = [
        Text(40, 40, "Commande d'achat", 18, bold=True),
        Text(40, 70, "Hôpital Saint-Luc", 12),
        *rows(40, 86, ["3 rue de la Santé", "75014 Paris"]),
        Text(320, 140, "Fournisseur :"),
        *rows(320, 156, ["Médical Plus SAS", "2 allée des Pins", "31000 Toulouse"]),
        Text(40, 240, "N° de commande : CA-2025-77"),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "supplier_name") == "Médical Plus SAS"
    assert value(result, "customer_name") != "Commande d'achat"


def test_reminders_and_quotations_are_not_invoices() -> None:
    reminder = [
        Text(40, 40, "Atelier Marchand SARL", 14, bold=True),
        Text(300, 40, "RELANCE - Facture impayée", 16, bold=True),
        Text(40, 120, "Nous n'avons pas reçu le règlement de la facture FA-2025-0311."),
    ]
    assert read(*reminder).doc_type == "other"
    quotation = [
        Text(40, 40, "Atelier Marchand SARL", 14, bold=True),
        Text(400, 40, "DEVIS", 18, bold=True),
        Text(380, 70, "Devis n° D-2025-12"),
    ]
    assert read(*quotation).doc_type == "other"


def test_a_german_invoice_says_it_is_german_and_is_sure_of_nothing() -> None:
    doc = [
        Text(40, 40, "Müller Maschinenbau GmbH", 16, bold=True),
        *rows(40, 62, ["Industriestraße 12", "70565 Stuttgart"]),
        Text(400, 40, "RECHNUNG", 18, bold=True),
        Text(360, 80, "Rechnungsnummer: R-2025-0815"),
        Text(360, 96, "Datum: 14.03.2025"),
        Text(40, 160, "Wir danken für Ihre Bestellung und berechnen die Lieferung wie folgt."),
        Text(40, 180, "Zahlbar innerhalb von 30 Tagen ohne Abzug."),
        Text(330, 520, "Gesamtbetrag netto"),
        Text(480, 520, "1.000,00 €"),
        Text(330, 536, "MwSt 19 %"),
        Text(480, 536, "190,00 €"),
    ]
    result = read(*doc)
    assert result.language == "de"
    assert result.doc_type == "invoice"
    assert all(fv.confidence <= FOREIGN_CAP for fv in result.fields.values())
    assert result.to_contract()["language"] == "de"


def test_a_french_invoice_read_cleanly_is_sure_of_its_checked_values() -> None:
    result = read(*_french_invoice([]))
    assert result.language == "fr"
    assert value(result, "document_number") == "FA-2025-0311"
    assert value(result, "total_gross") == "1200.00"
    assert value(result, "total_tax") == "200.00"
    assert result.fields["total_gross"].confidence >= ACCEPT


def test_a_payment_advice_is_dated_by_its_own_date_not_by_the_invoices_it_pays() -> None:
    doc = [
        Text(40, 40, "Hôpital Saint-Luc", 14, bold=True),
        Text(330, 40, "AVIS DE PAIEMENT", 16, bold=True),
        Text(330, 70, "Avis n° : AP-2025-031"),
        Text(330, 86, "Date de paiement : 28/03/2025"),
        Text(40, 200, "Nous vous informons du règlement des factures suivantes :"),
        Text(40, 230, "Facture n°"),
        Text(200, 230, "Date facture"),
        Text(420, 230, "Montant réglé"),
        Text(40, 246, "FA-2025-0311"),
        Text(200, 246, "14/02/2025"),
        Text(420, 246, "1 200,00 €"),
    ]
    result = read(*doc)
    assert result.doc_type == "payment_advice"
    assert value(result, "payment_date") == "2025-03-28"
    assert value(result, "document_date") != "2025-02-14"


def test_a_stylesheet_caption_and_a_country_line_are_not_the_supplier() -> None:
    doc = [
        Text(40, 20, "Generated with the XSLT stylesheet of the e-invoice", 7),
        Text(40, 40, "France", 16),
        Text(40, 64, "Au Bon Moulin SARL", 14, bold=True),
        Text(400, 40, "FACTURE", 18, bold=True),
        Text(380, 70, "N° de facture : FA-2017-0010"),
    ]
    result = read(*doc)
    assert value(result, "supplier_name") == "Au Bon Moulin SARL"


def test_a_header_grid_gives_each_label_the_value_under_its_column() -> None:
    """Labels side by side, values on the row under them, amounts right-aligned."""
    doc = [
        Text(40, 40, "Contoso", 16, bold=True),
        Text(420, 40, "INVOICE", 18, bold=True),
        Text(40, 200, "Invoice Number"),
        Text(140, 200, "Invoice Date"),
        Text(240, 200, "Invoice Due Date"),
        Text(340, 200, "Charges"),
        Text(440, 200, "VAT ID"),
        Text(40, 236, "3427435437"),
        Text(140, 236, "5/2/2017"),
        Text(240, 236, "6/1/2017"),
        Text(392, 236, "$1002.00"),
        Text(448, 236, "RT"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "3427435437"
    assert value(result, "document_date") == "2017-05-02"  # the due date must follow it
    assert value(result, "due_date") == "2017-06-01"
    assert value(result, "total_gross") == "1002.00"


def test_a_date_that_reads_both_ways_with_nothing_to_settle_it_is_not_auto_accepted() -> None:
    doc = [
        Text(40, 40, "Northwind Traders Ltd", 16, bold=True),
        Text(400, 40, "CREDIT NOTE", 16, bold=True),
        Text(380, 80, "Credit Note No: CN-2026-0415"),
        Text(380, 96, "Date: 02/09/2026"),
        Text(330, 520, "Total"),
        Text(480, 520, "$1,200.00"),
    ]
    result = read(*doc)
    assert result.fields["document_date"].value in ("2026-09-02", "2026-02-09")
    assert result.fields["document_date"].confidence < ACCEPT
    assert result.fields["document_date"].runner_up is not None
