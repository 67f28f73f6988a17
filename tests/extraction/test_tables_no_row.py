"""Documents where no line row at all was found (rows21, issue 20 item 6): a delivery note
whose descriptions start with a count and a one-letter unit ("10 W LED bulb"), a lone item
row under a head of words no vocabulary holds, two unlabelled count columns (ordered and
shipped in full). Whole pages in, rows out; lines found by alignment alone stay below the
auto-accept threshold."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed, read_pages

HEAD = printed("""
    43  50  12b Harbour Print Ltd
    43  66  10  18 Quay Street, Norwich NR1 3JU
    400 50  12b DELIVERY NOTE
    400 70  10  Note No. DN-2026-0333
    400 84  10  Date 05.02.2026
    43  120 10  Deliver to: Logistics Direct Ltd, 14 Church Road, Bristol BS1 5TR
""")
FOOT = Text(43, 360, "Received in good condition")


def _read(
    rows: list[list[str]], cols: list[float | RightAt], extra: list[Text]
) -> ExtractionResult:
    table: list[Text] = []
    for k, cells in enumerate(rows):
        table += cells_at(220 + 16 * k, cols, cells)
    result = read_pages([*HEAD, *extra, *table, FOOT])
    assert all(li.confidence < 0.9 for li in result.lines)
    return result


def _got(result: ExtractionResult) -> list[tuple[str | None, ...]]:
    return [(li.sku, li.description, li.quantity) for li in result.lines]


ROWS = [
    ("SAB4930D", "Washed sharp sand 0/4", "250"),
    ("LED1150A", "10 W LED bulb E27 warm white", "40"),
    ("CRT1083D", "Single wall carton 400x300x250", "48"),
    ("HUI9056D", "5 L soluble cutting oil drum", "6"),
]


def test_descriptions_that_start_with_a_count_and_a_unit_letter_stay_in_the_table() -> None:
    """No head, no price: the rows are found by their alignment alone. Two descriptions
    start with a number and a one-letter unit ("10 W LED bulb"): their first word of
    letters stands further right than the other rows' text, but their cells start where
    the others do, so the four rows stay one table (main read none of them)."""
    result = _read([list(r) for r in ROWS], [43, 130, RightAt(380)], [])
    assert _got(result) == ROWS


def test_a_lone_row_under_captions_of_values_is_no_item() -> None:
    """Values under their captions ("VAT no. | Date | Customer no.") line up as a head
    row over one row does, but hold no description: no line."""
    captions = cells_at(200, [43, 200, RightAt(380)], ["VAT no.", "Order date", "Customer"])
    result = _read([["GB923896933", "15 March 2026", "3654225"]], [43, 200, RightAt(380)], captions)
    assert result.lines == []


def test_two_unlabelled_count_columns_printing_the_same_count_give_the_quantity() -> None:
    """Ordered and shipped, printed in full with no head: both columns hold the same
    count on every row, so either is the line's quantity (main read the rows without
    any)."""
    rows = [
        ["1", "Soluble cutting oil 20 L drum", "1", "1"],
        ["2", "Oil filter for screw compressor", "10", "10"],
        ["3", "Flexible cable H05VV-F 3G1.5 mm2", "12", "12"],
        ["4", "A2 stainless countersunk screw 5x50", "100", "100"],
    ]
    result = _read(rows, [RightAt(52), 62, RightAt(380), RightAt(430)], [])
    assert [(li.description, li.quantity) for li in result.lines] == [(r[1], r[2]) for r in rows]
