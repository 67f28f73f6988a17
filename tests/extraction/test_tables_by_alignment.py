"""Tables found by the alignment of their rows where something else on the page stood in the
way (tables20, issue 20 item 6): a row of totals' labels read as a table's head, a count
set close before the description. Whole pages in, rows out; such lines stay below the
auto-accept threshold."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed, read_pages

HEAD = printed("""
    43  50  12b Harbour Print Ltd
    43  66  10  18 Quay Street, Norwich NR1 3JU
    400 50  12b INVOICE
    400 70  10  Inv. No. SI-2026-0333
    400 84  10  Date 05.02.2026
    43  120 10  Bill to: Logistics Direct Ltd, 14 Church Road, Bristol BS1 5TR
""")


def _table(rows: list[list[str]], columns: list[float | RightAt], top: float = 220) -> list[Text]:
    out: list[Text] = []
    for k, cells in enumerate(rows):
        out += cells_at(top + 16 * k, columns, cells)
    return out


ROWS = [
    ["1", "SAB4930D", "Washed sharp sand 0/4", "250", "39.61", "9,902.50"],
    ["2", "CRT1083D", "Single wall carton 400x300x250", "48", "2.74", "131.52"],
    ["3", "HUI9056D", "Soluble cutting oil 20 L drum", "6", "109.86", "659.16"],
]
COLS: list[float | RightAt] = [RightAt(52), 62, 130, RightAt(380), RightAt(440), RightAt(540)]
WANT = [
    ("SAB4930D", "250", "39.61", "9902.50"),
    ("CRT1083D", "48", "2.74", "131.52"),
    ("HUI9056D", "6", "109.86", "659.16"),
]


def _got(page: list[Text]) -> list[tuple[str | None, ...]]:
    lines = read_pages(page).lines
    assert all(li.confidence < 0.9 for li in lines)
    return [(li.sku, li.quantity, li.unit_price, li.line_total) for li in lines]


def test_a_totals_label_row_under_a_table_with_an_unknown_head_hides_no_row() -> None:
    """A head in words no vocabulary holds ("Seq.", "Particulars", "How many", "Apiece",
    "Value"), the rows under it, then the totals' labels on one row ("Net Total", "Tax",
    "TOTAL"), which read as a table's head of their own: the rows above it are still a
    table, found by their alignment and proven by their arithmetic."""
    page = [
        *HEAD,
        *printed("""
            40  200 10b Seq.
            62  200 10b Key
            130 200 10b Particulars
            340 200 10b How many
            400 200 10b Apiece
            500 200 10b Value
        """),
        *_table(ROWS, COLS),
        *printed("""
            114 300 10b Net Total
            293 300 10b Tax
            454 300 10b TOTAL
            191 316 10  10,693.18
            344 316 10  2,138.64
            517 316 10  12,831.82
        """),
    ]
    assert _got(page) == WANT


def test_a_count_set_close_before_the_description_keeps_the_rows_one_table() -> None:
    """No head; the count printed right-aligned a few points before the description, so
    close that the two read as one cell ("250 Washed sharp sand"): the description starts
    at one x on every row even though the cell does not, and the rows are one table."""
    rows = [[r[0], r[5], r[3], r[2], r[4], r[1]] for r in ROWS] + [
        ["4", "1,008.20", "5", "Torque wrench 1/2 inch 40-200 Nm", "201.64", "CLE7057F"],
    ]
    cols: list[float | RightAt] = [RightAt(58), RightAt(110), RightAt(150), 156, RightAt(470), 480]
    page = [*HEAD, *_table(rows, cols), Text(400, 300, "Net total 11,701.38")]
    assert _got(page) == [*WANT, ("CLE7057F", "5", "201.64", "1008.20")]
