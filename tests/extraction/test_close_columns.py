"""Issue 20, line tables whose columns print a few points apart (cols21): a code column
1 pt before the description (the word grouping glues "4006381333931Vis"), a unit price
1 pt before the line total on its widest row, a code of one width 3 pt before the
description. The columns' edges down the rows part the cells (a glued word
split between two characters where other rows start or end words, a segment cut where
the rows align a column's edge); a description's own words and an amount's groups of
thousands are never parted."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    FRENCH_TOTALS,
    Page,
    RightAt,
    Text,
    heads,
    invoice_table,
    letterhead,
    read_pages,
    table_rows,
)


def _width(text: str) -> float:
    return stringWidth(text, "Helvetica", 10)


def _lines(result: ExtractionResult) -> list[tuple[str | None, ...]]:
    return [
        (li.sku, li.description, li.quantity, li.unit, li.unit_price, li.line_total)
        for li in result.lines
    ]


def _page(columns: list[float | RightAt], labels: list[str], rows: list[list[str]]) -> Page:
    return invoice_table(rows, columns, labels, sender="Quincaillerie Marchand") + FRENCH_TOTALS


def test_a_code_glued_to_the_description_and_a_price_to_the_total_are_parted() -> None:
    # 13-digit codes end 1 pt before the description's column; the widest unit price
    # ends 1 pt before the widest line total starts
    code_end = 43 + _width("4006381333931")
    total_at = 520.0
    price_at = total_at - _width("12 345,00") - 1.0
    columns: list[float | RightAt] = [
        43,
        code_end + 1.0,
        RightAt(330),
        360,
        RightAt(price_at),
        RightAt(total_at),
    ]
    rows = [
        ["4006381333931", "Vis inox A2 tête fraisée", "100", "pce", "0,12", "12,00"],
        ["4006381333948", "Cheville nylon 8 mm", "4", "boîte", "6,50", "26,00"],
        ["4006381333955", "Perforateur SDS plus", "5", "pce", "2 469,00", "12 345,00"],
        ["4006381333962", "Colle de montage", "6", "tube", "5,00", "30,00"],
    ]
    labels = ["Code", "Désignation", "Qté", "U.", "PU HT", "Total HT"]
    assert _lines(read_pages(_page(columns, labels, rows))) == [
        ("4006381333931", "Vis inox A2 tête fraisée", "100", "pce", "0.12", "12.00"),
        ("4006381333948", "Cheville nylon 8 mm", "4", "boîte", "6.50", "26.00"),
        ("4006381333955", "Perforateur SDS plus", "5", "pce", "2469.00", "12345.00"),
        ("4006381333962", "Colle de montage", "6", "tube", "5.00", "30.00"),
    ]


def test_a_code_of_one_width_set_3_pt_before_the_description_is_its_own_cell() -> None:
    # quantities end at 60, units start at 64, the codes at 87, the descriptions 3 pt
    # after the codes (all of one width): only the header prints the two columns apart
    code_at = 87.0
    desc_at = code_at + _width("79.69.70") + 3.0
    columns: list[float | RightAt] = [
        RightAt(60),
        64,
        code_at,
        desc_at,
        RightAt(510),
        RightAt(557),
    ]
    rows = [
        ["10", "roll", "79.69.70", "Brown PP packing tape 48 mm x 66 m", "2.05", "20.50"],
        ["18.93", "hr", "40.63.26", "On-site technician call-out", "75.73", "1,433.57"],
        ["48", "ea", "46.20.13", "Galvanised steel shelving unit 5 shelves", "62.54", "3,001.92"],
        ["1", "ea", "86.98.33", "Torque wrench 1/2 inch 40-200 Nm", "192.46", "192.46"],
        ["3", "coil", "70.75.37", "PEX pipe 16 mm 100 m coil", "67.91", "203.73"],
    ]
    labels = ["Qty", "U/M", "Code", "Description", "Unit Price", "Amount"]
    page = letterhead("Harlow Supplies Ltd", "4 Mill Lane, Leeds", "INVOICE", "INV-20931")
    page += heads(200, columns, labels) + table_rows(rows, columns, 220)
    assert _lines(read_pages(page)) == [
        ("79.69.70", "Brown PP packing tape 48 mm x 66 m", "10", "roll", "2.05", "20.50"),
        ("40.63.26", "On-site technician call-out", "18.93", "hr", "75.73", "1433.57"),
        ("46.20.13", "Galvanised steel shelving unit 5 shelves", "48", "ea", "62.54", "3001.92"),
        ("86.98.33", "Torque wrench 1/2 inch 40-200 Nm", "1", "ea", "192.46", "192.46"),
        ("70.75.37", "PEX pipe 16 mm 100 m coil", "3", "coil", "67.91", "203.73"),
    ]


def test_words_of_descriptions_that_line_up_stay_one_description() -> None:
    # every description starts "Vis tête": the third words line up on three rows, a word
    # space after the second, and no row prints that column apart
    columns: list[float | RightAt] = [43, 110, RightAt(330), 340, RightAt(430), RightAt(520)]
    rows = [
        ["AB-1201", "Vis tête fraisée inox", "100", "pce", "0,12", "12,00"],
        ["AB-1202", "Vis tête ronde zinguée", "200", "pce", "0,08", "16,00"],
        ["AB-1203", "Vis tête hexagonale", "50", "pce", "0,40", "20,00"],
    ]
    labels = ["Réf.", "Désignation", "Qté", "U.", "PU HT", "Total HT"]
    page = [*_page(columns, labels, rows), Text(43, 300, "Conditions : 30 jours net")]
    assert [li.description for li in read_pages(page).lines] == [
        "Vis tête fraisée inox",
        "Vis tête ronde zinguée",
        "Vis tête hexagonale",
    ]
