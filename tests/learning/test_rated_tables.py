"""A table that prints no VAT rate earns its record by the rate the document's totals state
for each line (``profile_columns.rated``, the truth convention since rows6): such a hit
is marked (``TableHint.rated``), and lines its learned cells read are never lifted past
auto-accept by the sender's record: the shipped line cells were fitted when such tables
never earned a record, and lifting them put wrong lines at 0.9+ on two unseen streams
(issue 24), after one hit and after two."""

from __future__ import annotations

from extraction.profiles import (
    ONE_READING,
    TWO_READINGS,
    Learned,
    ProfileCalibration,
    line_cell,
    settle_lines,
)
from tests.learning.test_row_fit import _extract, _right
from tests.learning.test_sections import _doc, _taught

ACCEPT = 0.9


def _read(documents: tuple[int, ...]) -> tuple[str, list[float], bool]:
    """The 5th document read with the profile taught by ``documents``, once the line cells
    its lines fall in were right every time: the first one's cell, the lines' confidences,
    whether all lines were read right."""
    profile = _taught(documents)
    pages, lines, _approved = _doc(5)
    plain = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    key = plain.profile_cells["line:0"]
    keys = {k: v for k, v in plain.profile_cells.items() if k.startswith("line:")}
    proven = ProfileCalibration(cells={k: (200, 200) for k in keys.values()})
    read = _extract(pages, Learned(profiles=[profile], calibration=proven))
    ok = _right(read, lines) == len(lines) == len(read.lines)
    return key, [li.confidence for li in read.lines], ok


def test_a_hit_earned_by_the_derived_rate_is_marked() -> None:
    profile = _taught((1, 2))
    assert profile.table_hint is not None
    assert profile.table_hint.hits >= 0.5 and profile.table_hint.rated


def test_lines_read_alike_of_a_table_proven_once_are_judged_as_the_page_readers() -> None:
    key, _confidences, ok = _read((1, 2))
    # the page reader read the very same lines: its record, not the thin table's, judges
    assert ok and key.split("|")[4:] == ["page", TWO_READINGS]


def test_a_table_proven_by_the_derived_rate_lifts_no_line_of_its_own() -> None:
    profile = _taught((1, 2))
    table = profile.table_hint
    assert table is not None and table.rated
    pages, _lines, _approved = _doc(5)
    read = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    for times in (1.0, 2.0, 3.0):
        table.hits = times
        lines = [li.model_copy() for li in read.lines]
        key = line_cell(profile, lines[0], "cells", table, ONE_READING)
        proven = ProfileCalibration(cells={key: (200, 200)})
        cells = settle_lines(profile, lines, proven, "cells", table, ONE_READING)
        assert cells["line:0"] == key
        assert lines[0].confidence < ACCEPT


def test_proven_twice_lines_read_alike_are_still_the_page_readers() -> None:
    key, confidences, ok = _read((1, 2, 3))
    # not the learned cells' record (no fit covers such readings), nor the sender's
    assert ok and key.split("|")[4:] == ["page", TWO_READINGS]
    assert all(c < ACCEPT for c in confidences)
