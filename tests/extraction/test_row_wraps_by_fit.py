"""Text rows between item rows set at the table's even pitch: whether they end the item
above or start the item under them is told by where a program wrapping the cell breaks its
lines (extraction/tables/wrap_fit.py), not by the gaps, which are all alike."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, heads, item_rows, table_rows

_COLS: list[float | RightAt] = [43, 120, RightAt(400), RightAt(470), RightAt(540)]


def test_lines_a_wrapped_cell_prints_over_its_numbers_start_the_item_under_them() -> None:
    page = heads(120, _COLS, ["Code", "Description", "Qty", "Price", "Amount"])
    page += table_rows(
        [
            ("PT-118", "Satin white paint 2.5 L", "3", "21.00", "63.00"),
            ("", "Oil filter for screw", "", "", ""),
            ("BL-127", "compressor", "15", "53.45", "801.75"),
            ("", "Thermal labels 100x150 mm", "", "", ""),
            ("BH-688", "(roll of 500)", "250", "18.86", "4715.00"),
            ("EL-551", "LED tube T8 18 W", "10", "8.00", "80.00"),
        ],
        _COLS,
        140,
    )
    assert item_rows(page) == [
        ("PT-118", "Satin white paint 2.5 L", "3", "21.00", "63.00"),
        ("BL-127", "Oil filter for screw compressor", "15", "53.45", "801.75"),
        ("BH-688", "Thermal labels 100x150 mm (roll of 500)", "250", "18.86", "4715.00"),
        ("EL-551", "LED tube T8 18 W", "10", "8.00", "80.00"),
    ]


def test_a_line_that_had_no_room_on_the_line_above_still_continues_it() -> None:
    page = heads(120, _COLS, ["Code", "Description", "Qty", "Price", "Amount"])
    page += table_rows(
        [
            ("PT-118", "Satin white gloss paint 2.5 L", "3", "21.00", "63.00"),
            ("", "Oil-based", "", "", ""),
            ("BL-127", "Oil filter for screw", "15", "53.45", "801.75"),
            ("", "compressor", "", "", ""),
            ("EL-551", "LED tube T8 18 W", "10", "8.00", "80.00"),
        ],
        _COLS,
        140,
    )
    rows = item_rows(page)
    assert [r[1] for r in rows] == [
        "Satin white gloss paint 2.5 L Oil-based",
        "Oil filter for screw compressor",
        "LED tube T8 18 W",
    ]
