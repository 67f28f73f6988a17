"""A known sender's lines whose amounts do not sum to the printed net: one of them is wrong or
missing and nothing says which, so the sender's records lift none past auto-accept (issue 24;
a price "1 128,37" read as 1.00 by both readers was lifted from 0.42 to 0.94 by its cells)."""

from __future__ import annotations

from extraction.profiles import (
    CONTRADICTED,
    TWO_READINGS,
    ProfileCalibration,
    SenderProfile,
    settle_lines,
)
from extraction.result import LineItem


def _lines() -> list[LineItem]:
    return [
        LineItem(
            description="Torque wrench",
            quantity="2",
            unit_price="40.00",
            line_total="80.00",
            confidence=0.86,
        ),
        LineItem(
            description="Nitrile gloves",
            quantity="20",
            unit_price="1.00",
            line_total="20.00",
            confidence=0.86,
        ),
    ]


def _proven() -> SenderProfile:
    """A sender whose lines were right on many earlier documents."""
    return SenderProfile(key="FR40303265045", documents=12, rows_right=40.0, lines_right=10.0)


def test_lines_that_sum_to_the_net_are_lifted_by_the_sender_record() -> None:
    lines = _lines()
    settle_lines(_proven(), lines, ProfileCalibration(), other=TWO_READINGS, net="100.00")
    assert all(li.confidence >= 0.9 for li in lines)


def test_lines_that_contradict_the_net_stay_under_auto_accept() -> None:
    lines = _lines()
    settle_lines(_proven(), lines, ProfileCalibration(), other=TWO_READINGS, net="1128.37")
    assert all(li.confidence <= CONTRADICTED for li in lines)


def test_a_line_without_an_amount_says_nothing_of_the_sum() -> None:
    lines = _lines()
    lines[1].line_total = None
    settle_lines(_proven(), lines, ProfileCalibration(), other=TWO_READINGS, net="1128.37")
    assert lines[0].confidence >= 0.9
