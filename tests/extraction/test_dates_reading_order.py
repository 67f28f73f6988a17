"""Which reading of an ambiguous numeric date ("12/03/2026") a document means: nothing on a
French page makes it American (an amount after "HT" is no US state and ZIP code, a dollar
sign no date order), a check both readings pass agrees with neither, and an order's
delivery is not asked for before the order. A page in a language orderdesk does not read
has its type offered, not shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    ACCEPT,
    Text,
    beside_title,
    grid,
    read,
    reads,
    rows,
    sender_and_title,
    table_rows,
)


def french_invoice(due: str, extra: list[Text]) -> list[Text]:
    return [
        *sender_and_title(
            "Menuiserie du Littoral EURL", ["18 rue de la République", "21000 Dijon"], "FACTURE"
        ),
        *beside_title(
            "N° F26-34030", "Date d'émission : 26 jan. 2026", f"À payer avant le : {due}"
        ),
        *rows(330, 150, ["Ateliers Durand EURL", "178 chemin des Vignes", "21000 Dijon"]),
        *table_rows(
            [
                ["Désignation", "Qté", "P.U. HT", "Montant HT"],
                ["Sable de Loire 0/4 lavé", "2", "35,31", "70,62"],
            ],
            [40, 300, 380, 480],
            300,
        ),
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
        *sender_and_title(
            "Prairie Textiles Inc.", ["400 W Lake Street", "Chicago, IL 60607"], "PURCHASE ORDER"
        ),
        *grid(
            180,
            ["PO Number", "Issue Date", "Delivery Required By"],
            ["PO202503-902", "05-Mar-2025", "02/04/2025"],
        ),
        *table_rows([["Description", "Qty"], ["Cotton twill 240 g", "40"]], [40, 300], 300),
    ]
    result = read(*page)
    reads(result, delivery_date="2025-04-02")
    assert result.fields["delivery_date"].confidence < ACCEPT


def test_a_german_invoice_says_its_language_and_is_sure_of_nothing() -> None:
    page = [
        *sender_and_title("Becker & Weber GmbH", ["Hauptstraße 12", "50667 Köln"], "RECHNUNG"),
        *beside_title("Rechnungsnummer: RE-2025-118", "Rechnungsdatum: 14.03.2025"),
        *rows(40, 130, ["Müller Handel GmbH", "Bahnhofstraße 5", "80335 München"]),
        *table_rows(
            [["Beschreibung", "Menge", "Betrag"], ["Schrauben M6", "10", "120,00"]],
            [40, 380, 460],
            300,
        ),
        *table_rows(
            [["Nettobetrag", "120,00 €"], ["MwSt. 19 %", "22,80 €"], ["Gesamtbetrag", "142,80 €"]],
            [330, 480],
            520,
        ),
        Text(40, 600, "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    ]
    result = read(*page)
    assert result.language == "de"
    assert result.doc_type_confidence < ACCEPT
    assert all(v.confidence < ACCEPT for v in result.fields.values())
