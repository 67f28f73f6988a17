"""The calibration refitted at a quiet time from the installation's own approved documents
(``orderdesk learn``; the replay refits after every so many approvals the same way): its
own observations are added to the shipped ones, lift a cell past auto-accept only as far
as their Beta lower bound proves it, and its own wrong values always count."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration
from learning.calibrate import refitted
from tests.learning.test_row_fit import _doc, _extract, _taught


def _cell() -> str:
    """The line cell of the 3rd document of a sender whose table was proven once."""
    pages, _lines, _ = _doc(3)
    result = _extract(pages, Learned(profiles=[_taught()], calibration=ProfileCalibration()))
    return result.profile_cells["line:0"]


def _lines_after(shipped: ProfileCalibration, own: tuple[int, int]) -> list[float]:
    """The confidences of the 3rd document's lines after a refit that saw ``own``
    (documents, right) in their cell."""
    pages, _lines, _ = _doc(3)
    calibration = refitted(shipped, ProfileCalibration(cells={_cell(): own}))
    result = _extract(pages, Learned(profiles=[_taught()], calibration=calibration))
    return [li.confidence for li in result.lines]


def test_own_approvals_lift_a_line_cell_only_once_their_bound_proves_it() -> None:
    key = _cell()
    shipped = ProfileCalibration(cells={key: (5, 5)})  # 0.71: the lines are held
    # 21 documents right of 21 say 0.91 by the share, 0.87 by the bound: still held
    assert all(c < 0.9 for c in _lines_after(shipped, (16, 16)))
    # 45 of 45: the bound says 0.94
    assert all(c >= 0.9 for c in _lines_after(shipped, (40, 40)))


def test_the_installations_wrong_values_are_not_drowned_by_the_shipped_ones() -> None:
    key = "lines|3|held|text|cells|two"
    shipped = ProfileCalibration(cells={key: (400, 400)})
    assert shipped.confidence(key) >= 0.9
    # 15 right of 20 here: the shipped cell weighs at most 30 documents beside them
    after = refitted(shipped, ProfileCalibration(cells={key: (20, 15)}))
    assert after.cells[key] == (50, 45) and after.confidence(key) < 0.9
    # all right here: the cell stays where it was shipped, above auto-accept
    after = refitted(shipped, ProfileCalibration(cells={key: (3, 3)}))
    assert after.confidence(key) >= 0.9
    # cells the installation has not seen keep the shipped counts
    other = "inline|3|agree|text"
    shipped = ProfileCalibration(cells={key: (400, 400), other: (100, 99)})
    assert refitted(shipped, ProfileCalibration(cells={key: (3, 3)})).cells[other] == (100, 99)
