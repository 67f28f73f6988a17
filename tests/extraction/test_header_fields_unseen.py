"""Header fields of layouts the sample generator never made: reminders with a table of the
invoices they chase, labels in a sidebar, totals in a grid, abbreviated and foreign labels.
Each test draws a whole page and checks the value a clerk sees and whether it is shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _confidence(result: object, name: str) -> float:
    fields = result.fields  # type: ignore[attr-defined]
    return float(fields[name].confidence)


def test_a_reminder_is_not_dated_nor_totalled_by_the_invoices_it_lists() -> None:
    """'Facture n° | Date | Montant TTC' heads a table of the invoices chased: its first row
    is not the reminder's date nor its total; the amount due is."""
    doc = [
        Text(40, 40, "Ateliers Fontaine SARL", 16, bold=True),
        *rows(40, 62, ["12 rue des Tanneurs", "69002 Lyon"]),
        Text(380, 40, "RELANCE", 18, bold=True),
        Text(380, 80, "Relance n° : REL-2024-1816"),
        Text(380, 96, "Émise le : 22/02/2024"),
        Text(40, 200, "Sauf erreur de notre part, les factures suivantes restent impayées :"),
        Text(40, 230, "Facture n°"),
        Text(140, 230, "Date"),
        Text(240, 230, "Échéance"),
        Text(380, 230, "Montant TTC"),
        Text(480, 230, "Restant dû"),
        Text(40, 246, "F011850"),
        Text(140, 246, "08/12/2023"),
        Text(240, 246, "07/01/2024"),
        Text(380, 246, "1 106,08"),
        Text(480, 246, "737,39"),
        Text(40, 262, "F011901"),
        Text(140, 262, "15/12/2023"),
        Text(240, 262, "14/01/2024"),
        Text(380, 262, "2 440,00"),
        Text(480, 262, "2 440,00"),
        Text(330, 320, "Montant dû"),
        Text(480, 320, "3 177,39 €"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "REL-2024-1816"
    assert value(result, "document_date") == "2024-02-22"
    assert value(result, "total_gross") == "3177.39"
    assert value(result, "due_date") != "2024-01-07"


def test_a_spaced_dash_between_label_and_value_is_not_part_of_the_value() -> None:
    doc = [
        Text(40, 40, "Prairie Textiles Limited", 16, bold=True),
        Text(420, 40, "INVOICE", 18, bold=True),
        Text(380, 80, "Inv # INV.25.4996"),
        Text(380, 96, "Date - 20/02/2025"),
        Text(40, 200, "Payment Terms - Net 45 days"),
    ]
    result = read(*doc)
    assert value(result, "payment_terms") == "Net 45 days"
    assert value(result, "document_number") == "INV.25.4996"
    assert value(result, "document_date") == "2025-02-20"


def test_totals_in_a_grid_under_their_labels_right_aligned() -> None:
    doc = [
        Text(40, 40, "Carver Print Corp.", 16, bold=True),
        Text(400, 40, "PURCHASE ORDER", 16, bold=True),
        Text(380, 80, "PO # P-2024-9917"),
        Text(110, 400, "Subtotal"),
        Text(280, 400, "Total VAT"),
        Text(461, 400, "Total"),
        Text(172, 415, "£3,340.17"),
        Text(351, 415, "£668.03"),
        Text(517, 415, "£4,008.20"),
    ]
    result = read(*doc)
    assert value(result, "total_net") == "3340.17"
    assert value(result, "total_tax") == "668.03"
    assert value(result, "total_gross") == "4008.20"


def test_a_reference_under_its_label_in_a_sidebar_beats_a_postcode_beside_it() -> None:
    """The label sits in a left sidebar, its value under it; the address block of the main
    column runs on the same rows, so the number right of the label is a postcode."""
    doc = [
        Text(40, 40, "Plomberie Morel SAS", 16, bold=True),
        Text(400, 40, "FACTURE", 18, bold=True),
        Text(380, 70, "N° de facture : FA-2025-0311"),
        Text(380, 86, "Date : 14/03/2025"),
        Text(40, 160, "Votre référence"),
        Text(194, 160, "31100 Toulouse"),
        Text(40, 175, "020115"),
        Text(194, 175, "Tél. 05 29 46 52 59"),
    ]
    result = read(*doc)
    assert value(result, "order_number") == "020115"


def test_a_product_code_shaped_like_an_iban_is_not_an_iban() -> None:
    doc = [
        Text(40, 40, "Quincaillerie Roux", 16, bold=True),
        Text(400, 40, "BON DE COMMANDE", 16, bold=True),
        Text(380, 70, "N° de commande : BC-2025-0042"),
        Text(40, 300, "NU16MM COURONNE 100M  Tube cuivre 16 mm couronne de 100 m"),
    ]
    result = read(*doc)
    assert value(result, "iban") is None


def test_a_quotation_and_its_date_written_with_a_month_name() -> None:
    doc = [
        Text(40, 40, "Northwind Packaging Ltd", 16, bold=True),
        *rows(40, 62, ["53 Church Road", "Bristol BS1 5TR"]),
        Text(420, 40, "QUOTE", 18, bold=True),
        Text(380, 80, "Quotation # Q.25.4047"),
        Text(380, 96, "Date of issue 04-Mar-2025"),
    ]
    result = read(*doc)
    assert result.doc_type == "other"
    assert value(result, "document_number") == "Q.25.4047"
    assert value(result, "document_date") == "2025-03-04"


def test_a_foreign_label_gives_a_value_for_a_clerk_to_confirm() -> None:
    """Italian labels are read, but orderdesk does not read Italian: nothing is shown sure."""
    doc = [
        Text(40, 40, "Bianchi Meccanica S.r.l.", 16, bold=True),
        *rows(40, 62, ["Via Roma 12", "20121 Milano"]),
        Text(400, 40, "FATTURA", 18, bold=True),
        Text(360, 80, "Fattura n.: FV202407-259"),
        Text(360, 96, "Data documento: 04.07.2024"),
        Text(360, 112, "Condizioni di pagamento: 30 giorni data fattura"),
        Text(330, 520, "Totale imponibile"),
        Text(480, 520, "1.000,00 €"),
        Text(330, 536, "IVA 22 %"),
        Text(480, 536, "220,00 €"),
        Text(330, 552, "Totale documento"),
        Text(480, 552, "1.220,00 €"),
    ]
    result = read(*doc)
    assert value(result, "document_date") == "2024-07-04"
    assert value(result, "total_gross") == "1220.00"
    assert all(fv.confidence < ACCEPT for fv in result.fields.values())


def test_a_french_invoice_stays_sure_of_its_labelled_values() -> None:
    """The new vocabulary takes nothing from a plain French invoice."""
    doc = [
        Text(40, 40, "Atelier Marchand SARL", 16, bold=True),
        *rows(40, 62, ["12 rue des Tanneurs", "69002 Lyon"]),
        Text(380, 40, "FACTURE", 18, bold=True),
        Text(380, 70, "N° de facture : FA-2025-0311"),
        Text(380, 86, "Date : 14/03/2025"),
        Text(380, 102, "Délai de paiement : 30 jours fin de mois"),
        Text(330, 520, "Total HT"),
        Text(480, 520, "1 000,00 €"),
        Text(330, 536, "TVA 20 %"),
        Text(480, 536, "200,00 €"),
        Text(330, 552, "Total TTC"),
        Text(480, 552, "1 200,00 €"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "FA-2025-0311"
    assert value(result, "payment_terms") == "30 jours fin de mois"
    assert _confidence(result, "total_gross") >= ACCEPT


def test_a_date_label_that_names_another_date_does_not_outrank_a_bare_date() -> None:
    # "Date de validité" is "Date" followed by words naming a date with no field: a quote's
    # own date is the bare "Date" above it
    doc = [
        Text(40, 30, "Ateliers Rousseau SA", 16, bold=True),
        Text(40, 60, "DEVIS", 18, bold=True),
        *[Text(40, y, label) for y, label in ((90, "N° de devis"), (110, "Date"))],
        Text(150, 90, "3828010"),
        Text(150, 110, "17 mai 2025"),
        Text(40, 140, "Date de validité"),
        Text(150, 140, "15-08-2025"),
        Text(40, 180, "Facturé à"),
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
        Text(40, 30, "Foods Direct LLC", 16, bold=True),
        *rows(40, 50, ["180 Commerce Drive, Suite 500", "Portland, OR 97204"]),
        Text(40, 110, "Delivery Note No. PS25-53602 dated 6/1/2025", 13, bold=True),
        Text(40, 140, "Your Order: PO-2025-2696"),
        Text(40, 156, "Shipped On: 6/20/2025"),
        Text(40, 200, "Bill To"),
        *rows(40, 214, ["Foods Direct Inc.", "1400 Oak Avenue", "Austin, TX 78701"]),
    ]
    assert value(read(*doc), "document_date") == "2025-06-01"


def test_a_labelled_currency_outranks_a_sign_in_a_legal_clause() -> None:
    doc = [
        Text(40, 30, "Bonnet & Fils SA", 16, bold=True),
        Text(330, 40, "FACTURE", 18, bold=True),
        Text(330, 70, "Facture n° F-2025-0143"),
        Text(330, 86, "Devise  USD"),
        Text(40, 150, "Facturé à"),
        *rows(40, 164, ["Harbour Supplies Inc.", "1400 Oak Avenue", "Austin, TX 78701"]),
        Text(330, 400, "Total HT  1,250.00"),
        Text(
            40,
            700,
            "En cas de retard, une indemnité forfaitaire de 40 € pour frais de recouvrement.",
        ),
    ]
    assert value(read(*doc), "currency") == "USD"
