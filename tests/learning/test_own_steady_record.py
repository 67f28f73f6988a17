"""A steady cell's bound takes the sender's own page-read documents as more of the same
evidence (``extraction.profile_own``, ``profiles.settle_lines``, issue 24)."""

from __future__ import annotations

from extraction.profile_own import bound_with_own
from extraction.profiles import STEADY, ProfileCalibration, settle_lines, steady_cell
from tests.learning.test_steady_kinds import UNPRICED, _unpriced
from tests.learning.test_steady_lines import known_sender_read


def test_the_sender_s_own_documents_add_to_the_pool() -> None:
    cal = ProfileCalibration(cells={UNPRICED: (26, 26)})
    alone = bound_with_own(cal, UNPRICED, 0.0, 0.0)
    assert alone == cal.bound(UNPRICED) < 0.9
    assert bound_with_own(cal, UNPRICED, 2.0, 0.0) > 0.9
    # a recent miss of its own holds it lower than the pool alone
    assert bound_with_own(cal, UNPRICED, 0.0, 1.0) < alone
    # a cell no fit observed lifts nothing, whatever the sender's record
    assert bound_with_own(ProfileCalibration(), UNPRICED, 5.0, 0.0) == 0.0


def test_unpriced_lines_of_a_sender_read_right_twice_pass_a_pool_just_short() -> None:
    profile, lines, _net = known_sender_read()
    unpriced = _unpriced(lines)
    assert steady_cell(profile, unpriced, "page", None) == UNPRICED
    cal = ProfileCalibration(cells={UNPRICED: (26, 26)})
    profile.line_modes = {"page|lone": (1.0, 0.0)}
    one = [li.model_copy() for li in unpriced]
    settle_lines(profile, one, cal, "page", None, "lone")
    assert all(li.confidence < 0.9 for li in one)
    profile.line_modes = {"page|lone": (2.0, 0.0)}
    two = [li.model_copy() for li in unpriced]
    cells = settle_lines(profile, two, cal, "page", None, "lone")
    assert cells[f"{STEADY}line:0"] == UNPRICED
    assert all(li.confidence > 0.9 for li in two)
