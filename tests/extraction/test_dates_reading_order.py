"""Which reading of an ambiguous numeric date ("12/03/2026") a document means: nothing on a
French page makes it American (an amount after "HT" is no US state and ZIP code, a dollar
sign no date order), a check both readings pass agrees with neither, and an order's
delivery is not asked for before the order. A page in a language orderdesk does not read
has its type offered, not shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import ACCEPT, Text, read, reads, rows


def french_invoice(due: str, extra: list[Text]) -> list[Text]:
    return [
        Text(40, 40, "Menuiserie du Littoral EURL", 14, bold=True),
        *rows(40, 62, ["18 rue de la République", "21000 Dijon"]),
        Text(380, 40, "FACTURE", 16, bold=True),
        Text(380, 80, "N° F26-34030"),
        Text(380, 96, "Date d'émission : 26 jan. 2026"),
        Text(380, 112, f"À payer avant le : {due}"),
        *rows(330, 150, ["Ateliers Durand EURL", "178 chemin des Vignes", "21000 Dijon"]),
        Text(40, 300, "Désignation"),
        Text(300, 300, "Qté"),
        Text(380, 300, "P.U. HT"),
        Text(480, 300, "Montant HT"),
        Text(40, 316, "Sable de Loire 0/4 lavé"),
        Text(300, 316, "2"),
        Text(380, 316, "35,31"),
        Text(480, 316, "70,62"),
        *extra,
    ]


def test_a_french_due_date_is_read_day_first_beside_an_amount_after_ht() -> None:
    totals = [
        Text(330, 520, "Montant HT 18987,32 €"),
        Text(330, 536, "TVA à 20 % 3797,46 €"),
        Text(330, 552, "Total TTC 22784,78 €"),
    ]
    result = read(*french_invoice("12/03/2026", totals))
    assert result.fields["due_date"].value == "2026-03-12"


def test_a_french_page_with_a_dollar_sign_still_reads_its_dates_day_first() -> None:
    extra = [Text(40, 600, "Taux de change appliqué : 1 € = 1,08 $")]
    result = read(*french_invoice("12/03/2026", extra))
    assert result.fields["due_date"].value == "2026-03-12"


def test_both_readings_after_the_document_date_leave_the_due_date_unsure() -> None:
    result = read(*french_invoice("12/03/2026", []))
    assert result.fields["due_date"].confidence < ACCEPT


def test_an_orders_delivery_is_not_read_before_the_order() -> None:
    page = [
        Text(40, 40, "Prairie Textiles Inc.", 14, bold=True),
        *rows(40, 62, ["400 W Lake Street", "Chicago, IL 60607"]),
        Text(380, 40, "PURCHASE ORDER", 16, bold=True),
        Text(40, 180, "PO Number"),
        Text(160, 180, "Issue Date"),
        Text(280, 180, "Delivery Required By"),
        Text(40, 194, "PO202503-902"),
        Text(160, 194, "05-Mar-2025"),
        Text(280, 194, "02/04/2025"),
        Text(40, 300, "Description"),
        Text(300, 300, "Qty"),
        Text(40, 316, "Cotton twill 240 g"),
        Text(300, 316, "40"),
    ]
    result = read(*page)
    reads(result, delivery_date="2025-04-02")
    assert result.fields["delivery_date"].confidence < ACCEPT


def test_a_german_invoice_says_its_language_and_is_sure_of_nothing() -> None:
    page = [
        Text(40, 40, "Becker & Weber GmbH", 14, bold=True),
        *rows(40, 62, ["Hauptstraße 12", "50667 Köln"]),
        Text(380, 40, "RECHNUNG", 16, bold=True),
        Text(380, 80, "Rechnungsnummer: RE-2025-118"),
        Text(380, 96, "Rechnungsdatum: 14.03.2025"),
        *rows(40, 130, ["Müller Handel GmbH", "Bahnhofstraße 5", "80335 München"]),
        Text(40, 300, "Beschreibung"),
        Text(380, 300, "Menge"),
        Text(460, 300, "Betrag"),
        Text(40, 316, "Schrauben M6"),
        Text(380, 316, "10"),
        Text(460, 316, "120,00"),
        Text(330, 520, "Nettobetrag"),
        Text(480, 520, "120,00 €"),
        Text(330, 536, "MwSt. 19 %"),
        Text(480, 536, "22,80 €"),
        Text(330, 552, "Gesamtbetrag"),
        Text(480, 552, "142,80 €"),
        Text(40, 600, "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    ]
    result = read(*page)
    assert result.language == "de"
    assert result.doc_type_confidence < ACCEPT
    assert all(v.confidence < ACCEPT for v in result.fields.values())
