"""Issue 20, tight columns (cols22): a wide line table (code, description, EAN, quantity,
unit, price, discount, VAT, total) whose columns print 2 pt apart, less than a word
space, is read cell by cell: where the rows align a column's edge and the two words it
parts sit under two captions. A unit printed after every quantity under one caption
("sq m" under "U") aligns as well as a column does and stays one unit."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    FRENCH_TOTALS,
    Page,
    RightAt,
    heads,
    invoice_head,
    letterhead,
    read_pages,
    table_rows,
)

_GAP = 2.0  # the cells' padding: less than a word space of 10 pt Helvetica (2.8 pt)


def _lines(result: ExtractionResult) -> list[tuple[str | None, ...]]:
    return [
        (li.sku, li.description, li.quantity, li.unit, li.unit_price, li.line_total)
        for li in result.lines
    ]


def _tight(start: float, labels: list[str], rows: list[list[str]]) -> list[float | RightAt]:
    """Left-aligned columns from ``start``, each as wide as its widest cell or caption,
    ``_GAP`` apart."""
    columns: list[float | RightAt] = []
    x = start
    for k, label in enumerate(labels):
        columns.append(x)
        widest = max(
            [stringWidth(label, "Helvetica-Bold", 10)]
            + [stringWidth(row[k], "Helvetica", 10) for row in rows]
        )
        x += widest + _GAP
    return columns


def test_a_wide_table_of_columns_set_2_pt_apart_is_read_cell_by_cell() -> None:
    labels = ["Code EAN", "Désignation", "Qté", "Unité", "PU HT", "Rem. %", "TVA", "Total"]
    cells = [
        ["3225731407707", "Chevron sapin traité", "15", "m", "9,64", "", "20 %", "144,60"],
        [
            "7981835025990",
            "Intervention technicien",
            "250",
            "h",
            "75,06",
            "10 %",
            "20 %",
            "16887,50",
        ],
        ["3035047166348", "Vis inox A2 tête fraisée", "15", "boîte", "4,64", "", "20 %", "69,60"],
        ["8488344153804", "Ruban adhésif PP brun", "1", "rouleau", "5,66", "", "20 %", "5,66"],
    ]
    codes = ["04183-45", "01870-34", "00152-53", "06194-62"]
    columns: list[float | RightAt] = [43, *_tight(90, labels, cells)]
    rows = [[code, *row] for code, row in zip(codes, cells, strict=True)]
    page: Page = invoice_head("Marchand & Fils")
    page += heads(200, columns, ["Code", *labels])
    page += table_rows(rows, columns, 220) + FRENCH_TOTALS
    assert _lines(read_pages(page)) == [
        ("04183-45", "Chevron sapin traité", "15", "m", "9.64", "144.60"),
        ("01870-34", "Intervention technicien", "250", "h", "75.06", "16887.50"),
        ("00152-53", "Vis inox A2 tête fraisée", "15", "boîte", "4.64", "69.60"),
        ("06194-62", "Ruban adhésif PP brun", "1", "rouleau", "5.66", "5.66"),
    ]


def test_a_unit_of_two_words_under_one_caption_stays_one_unit() -> None:
    # "m" of "sq m" starts at one x on every row, a word space after "sq": aligned like a
    # column, but under the caption "U" with "sq"
    columns: list[float | RightAt] = [43, 75, RightAt(445), 453, RightAt(512), RightAt(553)]
    rows = [
        ["1.1", "Supply and lay porcelain floor tiles", "45.15", "sq m", "20.50", "925.58"],
        ["1.2", "Self-levelling screed before tiling", "4.56", "sq m", "86.50", "394.44"],
        ["1.3", "Skirting tiles cut and fixed", "12.80", "sq m", "31.00", "396.80"],
        ["1.4", "Grout sealer two coats", "57.95", "sq m", "4.20", "243.39"],
    ]
    page: Page = letterhead("Harlow Tiling Ltd", "4 Mill Lane, Leeds", "INVOICE", "INV-20931")
    page += heads(200, columns, ["Item", "Details", "Quantity", "U", "Price", "Net"])
    page += table_rows(rows, columns, 220)
    assert [(li.description, li.quantity, li.unit) for li in read_pages(page).lines] == [
        ("Supply and lay porcelain floor tiles", "45.15", "sq m"),
        ("Self-levelling screed before tiling", "4.56", "sq m"),
        ("Skirting tiles cut and fixed", "12.8", "sq m"),
        ("Grout sealer two coats", "57.95", "sq m"),
    ]


def test_a_vat_category_column_between_discount_and_total_is_no_description() -> None:
    # "Cat. TVA" prints a letter a legend maps to a rate; with "Pos." and "Code EAN" the
    # header names ten columns, every one 2 pt from the next
    labels = ["Pos.", "Code article", "Code EAN", "Description", "Qté", "U.", "Prix HT"]
    labels += ["Rem.", "Cat. TVA", "Total HT"]
    cells = [
        ["1", "BOI-4567", "5691963704927", "Chevron sapin traité", "323", "M", "11,73"],
        ["2", "SAB-3384", "4990373538254", "Sable de Loire 0/4 lavé", "12", "T", "57,48"],
        ["3", "ABO-1402", "3697110144907", "Abonnement maintenance", "1", "FORFAIT", "1282,77"],
        ["4", "TUY-3041", "3302775172928", "Tuyau PER nu 16 mm", "4", "COURONNE", "64,08"],
    ]
    tails = [
        ["", "B", "3788,79"],
        ["20 %", "A", "551,81"],
        ["", "B", "1282,77"],
        ["", "A", "256,32"],
    ]
    rows = [row + tail for row, tail in zip(cells, tails, strict=True)]
    columns = _tight(43, labels, rows)
    page: Page = invoice_head("Marchand & Fils")
    page += heads(200, columns, labels) + table_rows(rows, columns, 220) + FRENCH_TOTALS
    assert _lines(read_pages(page)) == [
        ("BOI-4567", "Chevron sapin traité", "323", "M", "11.73", "3788.79"),
        ("SAB-3384", "Sable de Loire 0/4 lavé", "12", "T", "57.48", "551.81"),
        ("ABO-1402", "Abonnement maintenance", "1", "FORFAIT", "1282.77", "1282.77"),
        ("TUY-3041", "Tuyau PER nu 16 mm", "4", "COURONNE", "64.08", "256.32"),
    ]
