"""A table that prints no VAT rate earns its record by the rate the document's totals state
for each line (``profile_columns.rated``, the truth convention since rows6): such a hit
is marked (``TableHint.rated``), and lines its learned cells read are lifted past
auto-accept only once the table was proven on two documents (``profiles.CELLS_LIFT_FROM``):
the shipped line cells were fitted when such tables never earned a record, and lifting
them from one hit put wrong lines at 0.9+ on an unseen stream (issue 24)."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration
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


def test_a_table_proven_once_by_the_derived_rate_lifts_nothing() -> None:
    key, confidences, ok = _read((1, 2))
    assert ok and key.startswith("lines|1|") and key.split("|")[4] == "cells"
    assert all(c < ACCEPT for c in confidences)


def test_proven_twice_its_lines_are_lifted_by_their_cell() -> None:
    key, confidences, ok = _read((1, 2, 3))
    assert ok and key.startswith("lines|2|") and key.split("|")[4] == "cells"
    assert all(c >= ACCEPT for c in confidences)
