"""A known sender's page-read lines the profile changed (a code its line hint took out of
the description, a unit cut back) are the profile's reading, not the page reader's: the
steady cell that vouches for the page reader's lines judges them apart (``shaped``,
``profiles.STEADY_KINDS``), so a learned change that disagrees with what the page reader
read is lifted past auto-accept only by documents whose lines were changed that way and
were right (issue 24: a whole document's lines, right without learning, were lifted wrong
to 0.92 by the plain steady cell)."""

from __future__ import annotations

from extraction.profiles import (
    LONE_READING,
    STEADY,
    ProfileCalibration,
    learn_line_hint,
    reshape_lines,
    settle_lines,
    steady_cell,
)
from extraction.result import LineItem
from tests.learning.test_steady_kinds import _copies
from tests.learning.test_steady_lines import known_sender_read

SHAPED = "steady|page|text|shaped"
PLAIN = "steady|page|text"
ACCEPT = 0.9


def _unsplit(lines: list[LineItem]) -> list[LineItem]:
    """The lines as a page reader that reads no code column gives them: each code printed
    before its description."""
    out = _copies(lines)
    for li in out:
        li.description, li.sku = f"{li.sku} {li.description}", None
    return out


def test_lines_the_line_hint_split_have_their_own_steady_cell() -> None:
    profile, lines, net = known_sender_read()
    glued = _unsplit(lines)
    approved = [li.model_dump(mode="json") for li in lines]
    profile.line_hint = learn_line_hint(glued, approved)
    assert profile.line_hint is not None
    profile.line_hint.hits = 3.0
    shaped = reshape_lines(profile, glued)
    assert shaped == len(lines)
    assert [li.sku for li in glued] == [li.sku for li in lines]
    assert steady_cell(profile, glued, "page", net, shaped) == SHAPED
    # the page reader's own lines, unchanged, keep the plain cell
    assert steady_cell(profile, lines, "page", net, net_sure=True) == PLAIN


def test_a_changed_reading_is_not_lifted_by_the_page_readers_proven_cell() -> None:
    profile, lines, net = known_sender_read()
    plain_only = ProfileCalibration(cells={PLAIN: (186, 186)})
    held = _copies(lines)
    # read by the page reader alone: no learned cells read the lines otherwise
    cells = settle_lines(profile, held, plain_only, other=LONE_READING, net=net, shaped=1)
    assert cells[f"{STEADY}line:0"] == SHAPED
    assert all(li.confidence < ACCEPT for li in held)
    # the same lines as the page reader read them are lifted by it
    kept = _copies(lines)
    settle_lines(profile, kept, plain_only, other=LONE_READING, net=net, net_sure=True)
    assert all(li.confidence >= ACCEPT for li in kept)
    # and changed lines once documents changed that way were right often enough
    fitted = ProfileCalibration(cells={SHAPED: (60, 60)})
    lifted = _copies(lines)
    settle_lines(profile, lifted, fitted, other=LONE_READING, net=net, shaped=1)
    assert all(li.confidence >= ACCEPT for li in lifted)
