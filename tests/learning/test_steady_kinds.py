"""Two kinds of a known sender's page-read lines fitted apart from the plain steady ones
(``profiles.steady_cell``, ``STEADY_KINDS``): ``mended``, a page reader that went wrong on a
recent document and read a later one all right, whose lines every one carry an amount that
sums to the net (the arithmetic that catches a line missed or split); ``unpriced``, a
delivery note's lines with neither price nor amount, which no arithmetic checks (issue 24)."""

from __future__ import annotations

from extraction.profiles import (
    LONE_READING,
    STEADY,
    ProfileCalibration,
    settle_lines,
    steady_cell,
)
from extraction.result import LineItem
from tests.learning.test_steady_lines import known_sender_read

MENDED = "steady|page|text|mended"
UNPRICED = "steady|page|text|unpriced"


def _copies(lines: list[LineItem]) -> list[LineItem]:
    return [li.model_copy() for li in lines]


def _unpriced(lines: list[LineItem]) -> list[LineItem]:
    """Copies of the lines with no price or amount printed, each doubted (0.64) as such a
    line is by its own checks."""
    out = _copies(lines)
    for li in out:
        li.unit_price = li.line_total = None
        li.confidence = 0.64
    return out


def test_a_page_reader_right_again_after_a_miss_is_judged_by_the_arithmetic() -> None:
    profile, lines, net = known_sender_read()
    profile.line_modes = {"page|lone": (1.0, 0.8)}  # right on the last, wrong before
    assert steady_cell(profile, lines, "page", net) == MENDED
    # no net total to check the sum against: no cell
    assert steady_cell(profile, lines, "page", None) is None
    # a line missed: the amounts no longer sum to the net
    assert steady_cell(profile, lines[1:], "page", net) is None
    # a line without an amount: the sum says nothing of it
    bare = _copies(lines)
    bare[0].line_total = None
    assert steady_cell(profile, bare, "page", net) is None
    # not read right since the miss: nothing
    profile.line_modes = {"page|lone": (0.0, 1.0)}
    assert steady_cell(profile, lines, "page", net) is None


def test_a_clean_record_keeps_the_plain_cell() -> None:
    profile, lines, net = known_sender_read()
    assert steady_cell(profile, lines, "page", net, net_sure=True) == "steady|page|text"


def test_unpriced_lines_have_their_own_cell_and_a_lower_floor() -> None:
    profile, lines, _net = known_sender_read()
    unpriced = _unpriced(lines)
    assert steady_cell(profile, unpriced, "page", None) == UNPRICED
    # more likely wrong than right by its own checks
    doubted = _copies(unpriced)
    doubted[0].confidence = 0.45
    assert steady_cell(profile, doubted, "page", None) is None
    # a line without a quantity
    empty = _copies(unpriced)
    empty[1].quantity = None
    assert steady_cell(profile, empty, "page", None) is None
    # a page reader with a recent miss never vouches for lines nothing checks
    profile.line_modes = {"page|lone": (1.0, 0.8)}
    assert steady_cell(profile, unpriced, "page", None) is None
    # the plain cell still wants the document's checks to hold every line
    priced = _copies(lines)
    priced[0].confidence = 0.64
    profile.line_modes = {"page|lone": (1.0, 0.0)}
    assert steady_cell(profile, priced, "page", None) is None


def test_each_kind_lifts_only_by_its_own_fitted_bound() -> None:
    profile, lines, _net = known_sender_read()
    unpriced = _unpriced(lines)
    plain_only = ProfileCalibration(cells={"steady|page|text": (60, 60)})
    held = _copies(unpriced)
    # the page reader's lines alone (an unpriced note the learned cells read otherwise is
    # not judged: test_discounted_lines)
    cells = settle_lines(profile, held, plain_only, other=LONE_READING)
    assert cells[f"{STEADY}line:0"] == UNPRICED
    assert all(li.confidence < 0.9 for li in held)
    fitted = ProfileCalibration(cells={UNPRICED: (60, 60)})
    lifted = _copies(unpriced)
    settle_lines(profile, lifted, fitted, other=LONE_READING)
    assert all(li.confidence >= 0.9 for li in lifted)
