"""A refit weighs the shipped counts of a cell the installation observed as at most
``SHIPPED_WEIGHT`` documents, at the shipped share (issue 24): one wrong value in hundreds
kept as one in thirty held back every value such a cell judged once the installation had
seen it (the steady lines' cell shipped 387 of 388 right lifted nothing past 0.897)."""

from __future__ import annotations

from extraction.profiles import ProfileCalibration
from learning.calibrate import SHIPPED_WEIGHT, refitted

KEY = "steady|page|text"


def test_a_rare_wrong_value_is_not_made_common_by_the_refit() -> None:
    shipped = ProfileCalibration(cells={KEY: (388, 387)})
    after = refitted(shipped, ProfileCalibration(cells={KEY: (12, 12)}))
    assert after.cells[KEY] == (SHIPPED_WEIGHT + 12, SHIPPED_WEIGHT + 12)
    assert after.bound(KEY) >= 0.9


def test_a_cell_often_wrong_keeps_its_wrong_share() -> None:
    shipped = ProfileCalibration(cells={KEY: (300, 270)})
    after = refitted(shipped, ProfileCalibration(cells={KEY: (10, 10)}))
    assert after.cells[KEY] == (SHIPPED_WEIGHT + 10, 27 + 10)
    assert after.confidence(KEY) < 0.9
