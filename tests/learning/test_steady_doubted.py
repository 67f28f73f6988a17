"""Priced page-read lines of a known sender that the document's own checks doubted (under
``RECORD_FROM``) are judged by their arithmetic alone (``profiles.steady_cell``, kind
``doubted``): every line's quantity x price its amount and the amounts summing to a net
total the page shows sure; the cell lifts nothing until fitted (issue 24)."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import (
    STEADY,
    ProfileCalibration,
    settle_lines,
    steady_cell,
)
from extraction.result import LineItem
from tests.learning.test_steady_lines import known_sender_read

DOUBTED = "steady|page|text|doubted"


def _doubted(lines: list[LineItem], confidence: float = 0.64) -> list[LineItem]:
    out = [li.model_copy() for li in lines]
    out[0].confidence = confidence
    return out


def test_doubted_lines_are_judged_only_when_the_arithmetic_closes_on_a_sure_net() -> None:
    profile, lines, net = known_sender_read()
    doubted = _doubted(lines)
    assert all(li.multiplies() for li in doubted)
    assert steady_cell(profile, doubted, "page", net, net_sure=True) == DOUBTED
    # the net not shown sure by the page: the sum may be the lines' own
    assert steady_cell(profile, doubted, "page", net) is None
    # a line missed: the amounts no longer sum to the net
    assert steady_cell(profile, doubted[1:], "page", net, net_sure=True) is None
    # a line whose quantity x price is not its amount
    broken = _doubted(lines)
    broken[0].line_total = f"{Decimal(broken[0].line_total or '0') + 1:.2f}"
    assert steady_cell(profile, broken, "page", net, net_sure=True) is None
    # more likely wrong than right by its own checks
    assert steady_cell(profile, _doubted(lines, 0.45), "page", net, net_sure=True) is None


def test_doubted_lines_are_lifted_only_by_their_own_cell() -> None:
    profile, lines, net = known_sender_read()
    # the plain steady cell's counts say nothing of them (a number read into a description
    # closes the arithmetic as well)
    cal = ProfileCalibration(cells={"steady|page|text": (60, 60)})
    doubted = _doubted(lines)
    cells = settle_lines(profile, doubted, cal, "page", None, "lone", net, 0, net_sure=True)
    assert cells[f"{STEADY}line:0"] == DOUBTED
    assert doubted[0].confidence < 0.9
    # their own cell, once proven, lifts them to its bound
    cal = ProfileCalibration(cells={DOUBTED: (60, 60)})
    again = _doubted(lines)
    settle_lines(profile, again, cal, "page", None, "lone", net, 0, net_sure=True)
    assert all(li.confidence >= cal.bound(DOUBTED) for li in again)


def test_the_track_record_does_not_lift_lines_two_readers_read_differently() -> None:
    profile, lines, net = known_sender_read()
    profile.rows_right, profile.rows_wrong = 40.0, 0.0
    profile.lines_right, profile.lines_wrong = 3.0, 0.0
    profile.line_modes = {}  # no page record: no steady cell speaks
    cal = ProfileCalibration()
    agreed = [li.model_copy(update={"confidence": 0.85}) for li in lines]
    settle_lines(profile, agreed, cal, "cells", None, "two", net)
    assert all(li.confidence >= 0.9 for li in agreed)  # the record lifts them
    disputed = [li.model_copy(update={"confidence": 0.85}) for li in lines]
    settle_lines(profile, disputed, cal, "cells", None, "one", net)
    assert all(li.confidence == 0.85 for li in disputed)


def test_doubted_lines_the_learned_cells_read_otherwise_are_not_judged() -> None:
    profile, lines, net = known_sender_read()
    cal = ProfileCalibration(cells={"steady|page|text": (60, 60)})
    doubted = _doubted(lines)
    cells = settle_lines(profile, doubted, cal, "page", None, "one", net, 0, net_sure=True)
    assert f"{STEADY}line:0" not in cells
    assert doubted[0].confidence < 0.9
