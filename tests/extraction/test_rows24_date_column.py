"""A column of dates (a delivery asked per line) is no part of the items' descriptions.

One row's wide numbers cross the column heads' edges, and the table reading sets the
dates into the description. A date set apart as a cell of its own, in one column on every
line, is taken off the description (``extraction.tables.date_cells``); a date that
only one row prints in its text stays where it is."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import DUPONT_HEAD, RightAt, header, printed, read, table_rows

_HEAD = """
40 40 16b Harbor Supply Inc.
40 60 9 12 Dock Road, Portland, OR 97201
40 130 14b Purchase Order PO-20431
40 150 9 Date: 9/14/2025
34 253 9 Description
380 253 9 Date Req.
448 253 9 Qty
467 253 9 Unit
487 253 9 Price
523 253 9 Net Price
"""
_ROWS = """
36 268 9 Treated softwood batten 63x75 4 m
422r 268 9 9/28/2025
461r 268 9 56.4 m
507r 268 9 4.15
560r 268 9 234.06 $
36 284 9 Satin white gloss paint 2.5 L
422r 284 9 9/28/2025
461r 284 9 3 tin
507r 284 9 54.35
560r 284 9 163.05 $
36 300 9 Torque wrench 1/2" 40-200 Nm
422r 300 9 10/02/2025
461r 300 9 12 ea
507r 300 9 81.47
560r 300 9 977.64 $
36 316 9 Software maintenance subscription (12 months)
422r 316 9 9/28/2025
461r 316 9 15 each
507r 316 9 1,367.51
560r 316 9 20,512.65 $
480 340 10 Total
560r 340 10 21,887.40 $
"""


def test_a_column_of_dates_is_taken_off_the_descriptions() -> None:
    result = read(*printed(_HEAD + _ROWS))
    assert [li.description for li in result.lines[:3]] == [
        "Treated softwood batten 63x75 4 m",
        "Satin white gloss paint 2.5 L",
        'Torque wrench 1/2" 40-200 Nm',
    ]
    # the wide row's quantity and unit are still lost (left for later); its date is not kept
    assert "9/28/2025" not in (result.lines[3].description or "")
    assert [li.line_total for li in result.lines] == ["234.06", "163.05", "977.64", "20512.65"]


def _two_rows(first: str) -> ExtractionResult:
    return read(
        *printed(DUPONT_HEAD),
        *header(250, [(40, "Désignation"), (370, "Qté"), (420, "P.U. HT"), (495, "Total HT")]),
        *table_rows(
            [[first, "1", "400,00", "400,00"], ["Déplacement technicien", "1", "600,00", "600,00"]],
            [40, RightAt(400), RightAt(460), RightAt(545)],
            268,
        ),
        *printed("330 420 10 Total HT\n480r 420 10 1 000,00"),
    )


def test_a_date_one_row_prints_in_its_text_stays_in_its_description() -> None:
    result = _two_rows("Maintenance trimestrielle 01/10/2025")
    assert [li.description for li in result.lines] == [
        "Maintenance trimestrielle 01/10/2025",
        "Déplacement technicien",
    ]
