"""Header fields out of whole pages, the way senders we never saw print them: each test draws
a document and checks what a clerk would see (value, and whether it is shown as sure)."""

from __future__ import annotations

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, printed, read, reads, value

ACCEPT = 0.9


def _french_invoice(extra: list[Text]) -> list[Text]:
    return [
        *printed("""
            40  40 16b Atelier Marchand SARL
            40  62 10  12 rue des Tanneurs
            40  75 10  69002 Lyon
            40  88 10  Tél. 04 72 00 00 00
            380 40 18b FACTURE
            380 70 10  N° de facture : FA-2025-0311
            380 86 10  Date : 14/03/2025
        """),
        *extra,
        *FRENCH_TOTALS,
    ]


def test_the_total_is_the_documents_own_not_a_balance_with_earlier_debts() -> None:
    """'TOTAL DUE' adds a previous balance: the invoice's total is the one that net + tax
    makes, whatever comes last on the page."""
    doc = [
        *printed("""
            40  40  16b Northwind Traders
            420 40  18b INVOICE
            380 80  10  Invoice No: INV-7731
            380 96  10  Date: 11/15/2024
            360 500 10  SUBTOTAL
            480 500 10  $100.00
            360 516 10  SALES TAX
            480 516 10  $10.00
            360 532 10  TOTAL
            480 532 10  $110.00
            360 548 10  PREVIOUS BALANCE
            480 548 10  $500.00
            360 564 10  TOTAL DUE
            480 564 10  $610.00
        """),
    ]
    result = read(*doc)
    reads(result, total_gross="110.00", total_net="100.00", currency="USD")


def test_american_dates_are_read_month_first_when_the_due_date_says_so() -> None:
    """'7/9/18' and '09/07/18' read both ways; only month-first puts the due date after
    the invoice date."""
    doc = [
        *printed("""
            40  40  14b Stanford Plumbing & Heating
            420 40  18b INVOICE
            380 100 10  Invoice No:
            470 100 10  #INV01699
            380 116 10  Invoice Date:
            470 116 10  7/9/18
            380 132 10  Due Date:
            470 132 10  09/07/18
        """),
    ]
    result = read(*doc)
    reads(result, document_date="2018-07-09", due_date="2018-09-07")


def test_one_unambiguous_american_date_sets_the_order_of_the_others() -> None:
    doc = [
        *printed("""
            40  40  16b Contoso
            420 40  18b INVOICE
            380 100 10  Invoice Date: 6/5/2017
            380 116 10  Due Date: 6/24/2017
        """),
    ]
    result = read(*doc)
    reads(result, document_date="2017-06-05", due_date="2017-06-24")


def test_a_date_in_words_after_the_number_is_the_document_date() -> None:
    doc = [
        Text(40, 40, "Boulangerie Petit SAS", 16, bold=True),
        Text(40, 120, "Facture n° F-2025-0042 du 12 mars 2025", 13, bold=True),
    ]
    result = read(*doc)
    reads(result, document_number="F-2025-0042", document_date="2025-03-12")


def test_order_references_under_the_customers_labels() -> None:
    for label in ("Votre référence", "Réf. client"):
        result = read(*_french_invoice([Text(40, 200, label), Text(160, 200, "PO445")]))
        assert value(result, "order_number") == "PO445", label
        assert value(result, "document_number") == "FA-2025-0311"


def test_another_reference_is_not_the_document_number() -> None:
    doc = [
        *printed("""
            40  40  14b Au bon moulin SARL
            40  100 14b Facture FA-2017-0010
            40  200 10  Réf. marché
            160 200 10  MSPE2017
        """),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "FA-2017-0010"


def test_a_street_number_is_not_the_document_number() -> None:
    doc = [
        *printed("""
            40 40  16b Contoso
            40 80  10  Invoice For: Microsoft
            40 96  10  1020 Enterprise Way
            40 109 10  Sunnyvale, CA 87659
        """),
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
        *printed("""
            40  40  14b Transports Rapides SARL
            380 40  16b BON DE LIVRAISON
            380 70  10  N° BL : BL-2025-118
            40  780 10  SARL au capital de 50 000 EUR - RCS Lyon 123 456 789
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "delivery_note"
    assert value(result, "currency") is None


def test_the_envelope_window_is_the_billing_address_without_a_dashed_rule() -> None:
    doc = [
        *printed("""
            40  40  16b Papeterie Centrale SA
            40  62  10  8 avenue Foch
            40  75  10  75016 Paris
            400 40  18b FACTURE
            320 140 10  Garage du Lac
            320 153 10  14 quai des Brotteaux
            320 166 10  69006 Lyon
            320 179 10  -------------
            40  260 10  N° de facture : F-901
            40  276 10  Date : 03/02/2025
        """),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Garage du Lac"
    assert value(result, "billing_address") == "14 quai des Brotteaux, 69006 Lyon"
    assert value(result, "supplier_name") == "Papeterie Centrale SA"


def test_a_commande_d_achat_is_a_purchase_order_issued_by_the_buyer() -> None:
    doc = [
        *printed("""
            40  40  18b Commande d'achat
            40  70  12  Hôpital Saint-Luc
            40  86  10  3 rue de la Santé
            40  99  10  75014 Paris
            320 140 10  Fournisseur :
            320 156 10  Médical Plus SAS
            320 169 10  2 allée des Pins
            320 182 10  31000 Toulouse
            40  240 10  N° de commande : CA-2025-77
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "supplier_name") == "Médical Plus SAS"
    assert value(result, "customer_name") != "Commande d'achat"


def test_reminders_and_quotations_are_not_invoices() -> None:
    reminder = [
        *printed("""
            40  40  14b Atelier Marchand SARL
            300 40  16b RELANCE - Facture impayée
            40  120 10  Nous n'avons pas reçu le règlement de la facture FA-2025-0311.
        """),
    ]
    assert read(*reminder).doc_type == "other"
    quotation = [
        *printed("""
            40  40 14b Atelier Marchand SARL
            400 40 18b DEVIS
            380 70 10  Devis n° D-2025-12
        """),
    ]
    assert read(*quotation).doc_type == "other"


def test_a_german_invoice_says_it_is_german_and_is_sure_of_nothing() -> None:
    doc = [
        *printed("""
            40  40  16b Müller Maschinenbau GmbH
            40  62  10  Industriestraße 12
            40  75  10  70565 Stuttgart
            400 40  18b RECHNUNG
            360 80  10  Rechnungsnummer: R-2025-0815
            360 96  10  Datum: 14.03.2025
            40  160 10  Wir danken für Ihre Bestellung und berechnen die Lieferung wie folgt.
            40  180 10  Zahlbar innerhalb von 30 Tagen ohne Abzug.
            330 520 10  Gesamtbetrag netto
            480 520 10  1.000,00 €
            330 536 10  MwSt 19 %
            480 536 10  190,00 €
        """),
    ]
    result = read(*doc)
    assert result.language == "de"
    assert result.doc_type == "invoice"
    assert all(fv.confidence <= FOREIGN_CAP for fv in result.fields.values())
    assert result.to_contract()["language"] == "de"


def test_a_french_invoice_read_cleanly_is_sure_of_its_checked_values() -> None:
    result = read(*_french_invoice([]))
    assert result.language == "fr"
    reads(result, document_number="FA-2025-0311", total_gross="1200.00", total_tax="200.00")
    assert result.fields["total_gross"].confidence >= ACCEPT


def test_a_payment_advice_is_dated_by_its_own_date_not_by_the_invoices_it_pays() -> None:
    doc = [
        *printed("""
            40  40  14b Hôpital Saint-Luc
            330 40  16b AVIS DE PAIEMENT
            330 70  10  Avis n° : AP-2025-031
            330 86  10  Date de paiement : 28/03/2025
            40  200 10  Nous vous informons du règlement des factures suivantes :
            40  230 10  Facture n°
            200 230 10  Date facture
            420 230 10  Montant réglé
            40  246 10  FA-2025-0311
            200 246 10  14/02/2025
            420 246 10  1 200,00 €
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "payment_advice"
    assert value(result, "payment_date") == "2025-03-28"
    assert value(result, "document_date") != "2025-02-14"


def test_a_stylesheet_caption_and_a_country_line_are_not_the_supplier() -> None:
    doc = [
        *printed("""
            40  20 7   Generated with the XSLT stylesheet of the e-invoice
            40  40 16  France
            40  64 14b Au Bon Moulin SARL
            400 40 18b FACTURE
            380 70 10  N° de facture : FA-2017-0010
        """),
    ]
    result = read(*doc)
    assert value(result, "supplier_name") == "Au Bon Moulin SARL"


def test_a_header_grid_gives_each_label_the_value_under_its_column() -> None:
    """Labels side by side, values on the row under them, amounts right-aligned."""
    doc = [
        *printed("""
            40  40  16b Contoso
            420 40  18b INVOICE
            40  200 10  Invoice Number
            140 200 10  Invoice Date
            240 200 10  Invoice Due Date
            340 200 10  Charges
            440 200 10  VAT ID
            40  236 10  3427435437
            140 236 10  5/2/2017
            240 236 10  6/1/2017
            392 236 10  $1002.00
            448 236 10  RT
        """),
    ]
    result = read(*doc)
    reads(
        result,
        document_number="3427435437",
        document_date="2017-05-02",  # the due date must follow it
        due_date="2017-06-01",
        total_gross="1002.00",
    )


def test_a_date_that_reads_both_ways_with_nothing_to_settle_it_is_not_auto_accepted() -> None:
    doc = [
        *printed("""
            40  40  16b Northwind Traders Ltd
            400 40  16b CREDIT NOTE
            380 80  10  Credit Note No: CN-2026-0415
            380 96  10  Date: 02/09/2026
            330 520 10  Total
            480 520 10  $1,200.00
        """),
    ]
    result = read(*doc)
    assert result.fields["document_date"].value in ("2026-09-02", "2026-02-09")
    assert result.fields["document_date"].confidence < ACCEPT
    assert result.fields["document_date"].runner_up is not None
