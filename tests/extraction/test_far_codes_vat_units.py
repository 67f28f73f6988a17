"""Issue 20, rows (codes, units and line rates where unseen senders print them): an
article code of digit groups ("12 345 67", "4.002.118") in a column of its own far right
after the VAT column, or in brackets closing the description; the line's VAT printed as
an amount, the rate it stands for checked against the tax the page prints; a unit column
between the price and the amount under a header that names nothing. Each such reading is
a guess about the table: at most 0.85. VAT amounts whose sum the page does not print give
no rate."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import (
    INVOICE_ITEMS,
    Page,
    RightAt,
    Text,
    heads,
    invoice_head,
    read_pages,
    table_rows,
)

# description, quantity, unit price, amount (FR figures), its VAT at 20 %
_ITEMS = [
    (*item, vat) for item, vat in zip(INVOICE_ITEMS, ["10,80", "6,00", "2,90", "4,38"], strict=True)
]
_NET, _TAX = "120,40", "24,08"


def _head() -> Page:
    return invoice_head()


def _totals(top: float, tax: str = _TAX) -> Page:
    return [
        Text(330, top, "Total HT"),
        Text(480, top, f"{_NET} €"),
        Text(330, top + 16, "TVA 20 %"),
        Text(480, top + 16, f"{tax} €"),
    ]


@pytest.mark.parametrize(
    "codes",
    [
        ["12 345 67", "48 898 89", "300 30 43", "71 08 480"],  # digit groups
        ["EP68218", "KD 447 12", "ZR88120", "MA-3001"],  # letters and digits
    ],
)
def test_a_column_of_codes_far_right_after_the_vat_column_under_no_header(
    codes: list[str],
) -> None:
    cols: list[float | RightAt] = [43, RightAt(300), RightAt(350), RightAt(410), RightAt(450), 470]
    rows = [[*it[:4], "20 %", c] for it, c in zip(_ITEMS, codes, strict=True)]
    page = _head() + heads(200, cols, ["Désignation", "Qté", "PU", "Total", "TVA", ""])
    page += table_rows(rows, cols, 220) + _totals(320)
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.line_total) for li in lines] == [
        (c, it[0], it[3].replace(",", ".")) for it, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_dotted_code_after_the_amount_and_its_currency_word() -> None:
    codes = ["4.002.118", "1.250.007", "12.904", "3.117.560"]
    cols: list[float | RightAt] = [43, RightAt(300), RightAt(350), RightAt(440), 452]
    rows = [[*it[:3], f"{it[3]} EUR", c] for it, c in zip(_ITEMS, codes, strict=True)]
    page = _head() + heads(200, cols, ["Désignation", "Qté", "PU", "Montant", ""])
    page += table_rows(rows, cols, 220) + _totals(320)
    lines = read_pages(page).lines
    assert [(li.sku, li.description) for li in lines] == [
        (c, it[0]) for it, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_code_of_digit_groups_in_brackets_closing_the_description() -> None:
    codes = ["270 406", "726 930", "990 435", "100 087"]
    cols: list[float | RightAt] = [43, RightAt(400), RightAt(470), RightAt(540)]
    rows = [[f"{it[0]} ({c})", *it[1:4]] for it, c in zip(_ITEMS, codes, strict=True)]
    page = _head() + heads(200, cols, ["Désignation", "Qté", "PU", "Total"])
    page += table_rows(rows, cols, 220) + _totals(320)
    lines = read_pages(page).lines
    assert [(li.sku, li.description) for li in lines] == [
        (c, it[0]) for it, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def _vat_amount_page(tax: str) -> Page:
    cols: list[float | RightAt] = [43, RightAt(330), RightAt(390), RightAt(460), RightAt(530)]
    rows = [list(it) for it in _ITEMS]
    page = _head() + heads(200, cols, ["Désignation", "Qté", "PU", "Total", "TVA"])
    return page + table_rows(rows, cols, 220) + _totals(320, tax)


def test_the_line_vat_printed_as_an_amount_gives_the_rate_the_page_prints() -> None:
    lines = read_pages(_vat_amount_page(_TAX)).lines
    assert [(li.description, li.tax_rate) for li in lines] == [(it[0], "20") for it in _ITEMS]
    assert all(li.confidence <= 0.85 for li in lines)


def test_vat_amounts_whose_sum_the_page_does_not_print_give_no_rate() -> None:
    lines = read_pages(_vat_amount_page("99,99")).lines
    assert len(lines) == 4
    assert [li.tax_rate for li in lines] != ["20"] * 4
    assert all(li.confidence < 0.9 for li in lines)


def test_a_unit_column_between_the_price_and_the_amount_under_a_bare_sign() -> None:
    units = ["pce", "boîte", "kg", "m"]
    cols: list[float | RightAt] = [43, RightAt(330), RightAt(390), 398, RightAt(500)]
    rows = [[*it[:3], u, it[3]] for it, u in zip(_ITEMS, units, strict=True)]
    page = _head() + heads(200, cols, ["Désignation", "Qté", "PU", "/", "Total"])
    page += table_rows(rows, cols, 220) + _totals(320)
    lines = read_pages(page).lines
    assert [(li.description, li.unit, li.line_total) for li in lines] == [
        (it[0], u, it[3].replace(",", ".")) for it, u in zip(_ITEMS, units, strict=True)
    ]
