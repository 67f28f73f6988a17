"""A thin line cell lowers a known sender's line only as far as its observations say the
line is less likely right than its own checks do (``extraction.profile_thin``, issue 24)."""

from __future__ import annotations

from extraction.profile_thin import lowered_to
from extraction.profiles import ProfileCalibration, settle_lines
from tests.learning.test_steady_lines import known_sender_read

THIN = "lines|1|held|text|page|lone"


def _calibration(given: int, right: int) -> ProfileCalibration:
    return ProfileCalibration(cells={THIN: (given, right)})


def test_a_thin_cell_of_right_lines_leaves_the_line_where_its_checks_put_it() -> None:
    # 2 right of 2: the shrunk share says 0.5, the observations say nothing against 0.86
    assert _calibration(2, 2).confidence(THIN) == 0.5
    assert lowered_to(_calibration(2, 2), THIN, 0.86) == 0.86


def test_a_cell_of_often_wrong_lines_still_holds_them_down() -> None:
    # 1 right of 5 with a prior of 0.89 worth two: (1 + 1.78) / 7
    assert lowered_to(_calibration(5, 1), THIN, 0.89) == 0.397
    # never above the line's own checks, never below the cell's shrunk share
    assert _calibration(5, 1).confidence(THIN) <= lowered_to(_calibration(5, 1), THIN, 0.89)
    assert lowered_to(_calibration(3, 2), THIN, 0.89) <= 0.89


def test_a_raise_is_the_cell_s_share_as_before() -> None:
    thick = _calibration(100, 100)
    assert lowered_to(thick, THIN, 0.6) == thick.confidence(THIN) == 0.98


def test_settle_lines_keeps_a_proven_sender_s_lines_at_their_own_confidence() -> None:
    profile, lines, _net = known_sender_read()
    for line in lines:
        line.confidence = 0.86
    profile.lines_right, profile.lines_wrong = 1.0, 0.0
    cal = ProfileCalibration(
        cells={f"lines|1|held|text|page|{r}": (2, 2) for r in ("one", "two", "lone")}
    )
    settle_lines(profile, lines, cal, "page", None, "lone")
    assert all(line.confidence >= 0.86 for line in lines)
