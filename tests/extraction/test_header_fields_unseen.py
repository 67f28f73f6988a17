"""Header fields of layouts the sample generator never made: reminders with a table of the
invoices they chase, labels in a sidebar, totals in a grid, abbreviated and foreign labels.
Each test draws a whole page and checks the value a clerk sees and whether it is shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, printed, read, reads, rows, value

ACCEPT = 0.9


def _confidence(result: object, name: str) -> float:
    fields = result.fields  # type: ignore[attr-defined]
    return float(fields[name].confidence)


def test_a_reminder_is_not_dated_nor_totalled_by_the_invoices_it_lists() -> None:
    """'Facture n° | Date | Montant TTC' heads a table of the invoices chased: its first row
    is not the reminder's date nor its total; the amount due is."""
    doc = [
        *printed("""
            40  40  16b Ateliers Fontaine SARL
            40  62  10  12 rue des Tanneurs
            40  75  10  69002 Lyon
            380 40  18b RELANCE
            380 80  10  Relance n° : REL-2024-1816
            380 96  10  Émise le : 22/02/2024
            40  200 10  Sauf erreur de notre part, les factures suivantes restent impayées :
            40  230 10  Facture n°
            140 230 10  Date
            240 230 10  Échéance
            380 230 10  Montant TTC
            480 230 10  Restant dû
            40  246 10  F011850
            140 246 10  08/12/2023
            240 246 10  07/01/2024
            380 246 10  1 106,08
            480 246 10  737,39
            40  262 10  F011901
            140 262 10  15/12/2023
            240 262 10  14/01/2024
            380 262 10  2 440,00
            480 262 10  2 440,00
            330 320 10  Montant dû
            480 320 10  3 177,39 €
        """),
    ]
    result = read(*doc)
    reads(
        result, document_number="REL-2024-1816", document_date="2024-02-22", total_gross="3177.39"
    )
    assert value(result, "due_date") != "2024-01-07"


def test_a_spaced_dash_between_label_and_value_is_not_part_of_the_value() -> None:
    doc = [
        *printed("""
            40  40  16b Prairie Textiles Limited
            420 40  18b INVOICE
            380 80  10  Inv # INV.25.4996
            380 96  10  Date - 20/02/2025
            40  200 10  Payment Terms - Net 45 days
        """),
    ]
    result = read(*doc)
    reads(
        result,
        payment_terms="Net 45 days",
        document_number="INV.25.4996",
        document_date="2025-02-20",
    )


def test_totals_in_a_grid_under_their_labels_right_aligned() -> None:
    doc = [
        *printed("""
            40  40  16b Carver Print Corp.
            400 40  16b PURCHASE ORDER
            380 80  10  PO # P-2024-9917
            110 400 10  Subtotal
            280 400 10  Total VAT
            461 400 10  Total
            172 415 10  £3,340.17
            351 415 10  £668.03
            517 415 10  £4,008.20
        """),
    ]
    result = read(*doc)
    reads(result, total_net="3340.17", total_tax="668.03", total_gross="4008.20")


def test_a_reference_under_its_label_in_a_sidebar_beats_a_postcode_beside_it() -> None:
    """The label sits in a left sidebar, its value under it; the address block of the main
    column runs on the same rows, so the number right of the label is a postcode."""
    doc = [
        *printed("""
            40  40  16b Plomberie Morel SAS
            400 40  18b FACTURE
            380 70  10  N° de facture : FA-2025-0311
            380 86  10  Date : 14/03/2025
            40  160 10  Votre référence
            194 160 10  31100 Toulouse
            40  175 10  020115
            194 175 10  Tél. 05 29 46 52 59
        """),
    ]
    result = read(*doc)
    assert value(result, "order_number") == "020115"


def test_a_product_code_shaped_like_an_iban_is_not_an_iban() -> None:
    doc = [
        *printed("""
            40  40  16b Quincaillerie Roux
            400 40  16b BON DE COMMANDE
            380 70  10  N° de commande : BC-2025-0042
            40  300 10  NU16MM COURONNE 100M  Tube cuivre 16 mm couronne de 100 m
        """),
    ]
    result = read(*doc)
    assert value(result, "iban") is None


def test_a_quotation_and_its_date_written_with_a_month_name() -> None:
    doc = [
        *printed("""
            40  40 16b Northwind Packaging Ltd
            40  62 10  53 Church Road
            40  75 10  Bristol BS1 5TR
            420 40 18b QUOTE
            380 80 10  Quotation # Q.25.4047
            380 96 10  Date of issue 04-Mar-2025
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "other"
    reads(result, document_number="Q.25.4047", document_date="2025-03-04")


def test_a_foreign_label_gives_a_value_for_a_clerk_to_confirm() -> None:
    """Italian labels are read, but orderdesk does not read Italian: nothing is shown sure."""
    doc = [
        *printed("""
            40  40  16b Bianchi Meccanica S.r.l.
            40  62  10  Via Roma 12
            40  75  10  20121 Milano
            400 40  18b FATTURA
            360 80  10  Fattura n.: FV202407-259
            360 96  10  Data documento: 04.07.2024
            360 112 10  Condizioni di pagamento: 30 giorni data fattura
            330 520 10  Totale imponibile
            480 520 10  1.000,00 €
            330 536 10  IVA 22 %
            480 536 10  220,00 €
            330 552 10  Totale documento
            480 552 10  1.220,00 €
        """),
    ]
    result = read(*doc)
    reads(result, document_date="2024-07-04", total_gross="1220.00")
    assert all(fv.confidence < ACCEPT for fv in result.fields.values())


def test_a_french_invoice_stays_sure_of_its_labelled_values() -> None:
    """The new vocabulary takes nothing from a plain French invoice."""
    doc = [
        *printed("""
            40  40  16b Atelier Marchand SARL
            40  62  10  12 rue des Tanneurs
            40  75  10  69002 Lyon
            380 40  18b FACTURE
            380 70  10  N° de facture : FA-2025-0311
            380 86  10  Date : 14/03/2025
            380 102 10  Délai de paiement : 30 jours fin de mois
        """),
        *FRENCH_TOTALS,
    ]
    result = read(*doc)
    reads(result, document_number="FA-2025-0311", payment_terms="30 jours fin de mois")
    assert _confidence(result, "total_gross") >= ACCEPT


def test_a_date_label_that_names_another_date_does_not_outrank_a_bare_date() -> None:
    # "Date de validité" is "Date" followed by words naming a date with no field: a quote's
    # own date is the bare "Date" above it
    doc = [
        Text(40, 30, "Ateliers Rousseau SA", 16, bold=True),
        Text(40, 60, "DEVIS", 18, bold=True),
        *[Text(40, y, label) for y, label in ((90, "N° de devis"), (110, "Date"))],
        *printed("""
            150 90  10 3828010
            150 110 10 17 mai 2025
            40  140 10 Date de validité
            150 140 10 15-08-2025
            40  180 10 Facturé à
        """),
        *rows(
            40, 194, ["Établissements Mercier SAS", "3 bis boulevard Voltaire", "13002 Marseille"]
        ),
    ]
    assert value(read(*doc), "document_date") == "2025-05-17"
    # words after "Date" that name the document itself keep it the document's date
    own = [Text(40, 30, "Harbour Print Limited", 16, bold=True), Text(40, 60, "INVOICE", 18)]
    own += [Text(300, 90, "Date of Invoice"), Text(400, 90, "24 February 2025")]
    assert value(read(*own), "document_date") == "2025-02-24"


def test_a_date_in_the_title_sentence_is_read_the_way_the_documents_other_dates_are() -> None:
    # "6/20/2025" can only be month-first: so is "dated 6/1/2025", 1 June not 6 January
    doc = [
        *printed("""
            40 30  16b Foods Direct LLC
            40 50  10  180 Commerce Drive, Suite 500
            40 63  10  Portland, OR 97204
            40 110 13b Delivery Note No. PS25-53602 dated 6/1/2025
            40 140 10  Your Order: PO-2025-2696
            40 156 10  Shipped On: 6/20/2025
            40 200 10  Bill To
            40 214 10  Foods Direct Inc.
            40 227 10  1400 Oak Avenue
            40 240 10  Austin, TX 78701
        """),
    ]
    assert value(read(*doc), "document_date") == "2025-06-01"


def test_a_labelled_currency_outranks_a_sign_in_a_legal_clause() -> None:
    doc = [
        *printed("""
            40  30  16b Bonnet & Fils SA
            330 40  18b FACTURE
            330 70  10  Facture n° F-2025-0143
            330 86  10  Devise  USD
            40  150 10  Facturé à
            40  164 10  Harbour Supplies Inc.
            40  177 10  1400 Oak Avenue
            40  190 10  Austin, TX 78701
            330 400 10  Total HT  1,250.00
        """),
        Text(
            40,
            700,
            "En cas de retard, une indemnité forfaitaire de 40 € pour frais de recouvrement.",
        ),
    ]
    assert value(read(*doc), "currency") == "USD"
