"""A known sender's lines lifted by its own track record (issue 24): the 95 % lower bound of
the Beta posterior of how often its lines were read right, and only that."""

from __future__ import annotations

from typing import Literal

from extraction import trace
from extraction.calibration.beta import cdf, lower
from extraction.profiles import LONE_READING, ProfileCalibration, SenderProfile, settle_lines
from extraction.result import LineItem
from learning.replay import score
from learning.teach import score_lines

ACCEPT = 0.9


def _line(confidence: float, source: Literal["text", "ocr"] = "text", sku: str = "A1") -> LineItem:
    return LineItem(
        sku=sku,
        description="Tube",
        quantity="2",
        unit_price="3.00",
        line_total="6.00",
        confidence=confidence,
        source=source,
    )


def _approved(sku: str = "A1") -> dict[str, str]:
    return {
        "sku": sku,
        "description": "Tube",
        "quantity": "2",
        "unit_price": "3.00",
        "line_total": "6.00",
    }


def _settled(profile: SenderProfile, line: LineItem) -> float:
    # the page reader's line, no other reading of it (two readings that differ are not
    # lifted by the record: tests/learning/test_steady_doubted.py)
    settle_lines(profile, [line], ProfileCalibration(), other=LONE_READING)
    return line.confidence


def test_the_beta_lower_bound_is_the_quantile() -> None:
    # Beta(n + 1, 1): P(p <= x) = x ** (n + 1), so the 5 % quantile is 0.05 ** (1 / (n + 1))
    assert abs(lower(29.0, 1.0) - 0.05 ** (1 / 29)) < 1e-6
    assert abs(cdf(3.0, 4.0, lower(3.0, 4.0, 0.2)) - 0.2) < 1e-6


def test_a_sender_right_on_many_lines_lifts_a_gated_line_past_auto_accept() -> None:
    profile = SenderProfile(key="FR1")
    for _ in range(4):  # four approved documents of three lines, all read right
        score_lines(profile, [_line(0.99, sku=s) for s in "ABC"], [_approved(s) for s in "ABC"])
    assert profile.rows_right > 10 and profile.rows_wrong == 0
    assert _settled(profile, _line(0.89)) >= ACCEPT


def test_no_record_lifts_nothing() -> None:
    assert _settled(SenderProfile(key="FR1"), _line(0.89)) == 0.89


def test_a_sender_that_starts_failing_loses_the_lift_by_itself() -> None:
    profile = SenderProfile(key="FR1")
    for _ in range(4):
        score_lines(profile, [_line(0.99, sku=s) for s in "ABC"], [_approved(s) for s in "ABC"])
    # the next document: one line read wrong, one approved line missed
    score_lines(
        profile, [_line(0.99, sku="X"), _line(0.99, sku="B")], [_approved(s) for s in "ABC"]
    )
    assert profile.rows_wrong >= 2
    assert _settled(profile, _line(0.89)) < ACCEPT


def test_the_record_does_not_lift_a_line_its_document_doubts_or_ocr_read() -> None:
    profile = SenderProfile(key="FR1", rows_right=200.0)
    assert _settled(profile, _line(0.3)) == 0.3  # its own checks find it likely wrong
    assert _settled(profile, _line(0.85, source="ocr")) == 0.85


def test_the_replay_names_the_rule_that_held_a_value() -> None:
    profile = SenderProfile(key="FR1", rows_right=1.0)
    line = _line(0.89)
    with trace.recording() as events:
        trace.note("line:0", "line table", 0.89)
        settle_lines(profile, [line], ProfileCalibration())
    held: list[tuple[str, float | None, bool]] = []
    truth = {"doc_type": "invoice", "fields": {}, "lines": [_approved()]}
    from extraction.result import ExtractionResult

    score(ExtractionResult(lines=[line]), truth, ACCEPT, held)
    assert held == [("line:0", line.confidence, True)]
    rule, chain = trace.held_by(events, "line:0")
    assert rule == ("sender track record" if line.confidence > 0.89 else "line table")
    assert chain[0].rule == "line table"


def test_one_document_with_a_line_wrong_stops_the_lift_however_many_lines_were_right() -> None:
    """Lines go wrong together: a document with one line wrong among many right is a
    document read wrong, not one line in a hundred; the line-by-line record would still lift
    the next document's lines (its many right lines outvote the wrong one)."""
    profile = SenderProfile(key="FR1")
    skus = "ABCDEFGH"
    for _ in range(12):
        score_lines(profile, [_line(0.99, sku=s) for s in skus], [_approved(s) for s in skus])
    read = [_line(0.99, sku=s) for s in skus[:-1]] + [_line(0.99, sku="X")]
    score_lines(profile, read, [_approved(s) for s in skus])
    assert profile.rows_right > 60 and profile.rows_wrong < 2.5
    # line by line, the record still vouches for the next document's lines
    lifted = profile.model_copy(update={"lines_wrong": 0.0})
    assert _settled(lifted, _line(0.89)) >= ACCEPT
    assert _settled(profile, _line(0.89)) < ACCEPT


def test_the_record_does_not_lift_a_line_its_document_s_checks_doubt() -> None:
    """A line its own document's checks left in doubt (0.6: a quantity read into the
    description, say) is not vouched for by the sender's many right lines."""
    profile = SenderProfile(key="FR1", rows_right=200.0)
    assert _settled(profile, _line(0.89)) >= ACCEPT
    assert _settled(profile, _line(0.6)) == 0.6
