"""A table of one line: its code cell read with the position "1" glued to the code."""

from __future__ import annotations

from extraction.result import LineItem
from extraction.tables.content import split_cells


def _line(sku: str, description: str = "Huile de coupe soluble bidon 20 L") -> LineItem:
    return LineItem(
        sku=sku, description=description, quantity="5", unit_price="48.44", line_total="242.20"
    )


def test_the_first_position_glued_to_the_one_code_is_cut_off() -> None:
    for glued, code in (
        ("1 08817-47", "08817-47"),
        ("1 4008649228661", "4008649228661"),
        ("1 34.33.45", "34.33.45"),
        ("10 ETA-9590", "ETA-9590"),
    ):
        assert [li.sku for li in split_cells([_line(glued)])] == [code]


def test_a_code_printed_in_groups_or_another_number_stays_whole() -> None:
    for sku in ("SG 765 96", "2 08817-47", "08817-47", "1 kg"):
        assert [li.sku for li in split_cells([_line(sku)])] == [sku]


def test_a_description_of_one_line_keeps_its_leading_count() -> None:
    got = split_cells([_line("", "1 Soluble cutting oil drum")])
    assert got[0].description == "1 Soluble cutting oil drum"
