"""Why a value ended with the confidence it has: each rule that sets or caps a confidence
(the calibration table and its caps, the cross-checks, the OCR policy, the line gate, a
sender profile's cells) notes what it did, while someone listens (``recording``). Nothing
is kept otherwise; extraction's results are the same with or without a listener.

The learning replay uses it to say, for every document that was not touchless, which rule
held back which value (``python -m learning.replay DIR --held``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    target: str  # "field:NAME" or "line:I" (the line's index in the result)
    rule: str  # what set it ("calibration", "cap:total_net:unconfirmed", "crosscheck:...")
    confidence: float  # the confidence after the rule


_sink: ContextVar[list[Event] | None] = ContextVar("extraction_trace", default=None)


def note(target: str, rule: str, confidence: float, before: float | None = None) -> None:
    """``rule`` set ``target``'s confidence (from ``before``: nothing is noted when it did
    not change it)."""
    sink = _sink.get()
    if sink is not None and (before is None or round(before, 4) != round(confidence, 4)):
        sink.append(Event(target, rule, round(float(confidence), 4)))


def listening() -> bool:
    return _sink.get() is not None


@contextmanager
def recording() -> Iterator[list[Event]]:
    """Collect the events of the extractions run inside the block."""
    events: list[Event] = []
    token = _sink.set(events)
    try:
        yield events
    finally:
        _sink.reset(token)


def held_by(events: list[Event], target: str) -> tuple[str, list[Event]]:
    """The rule that last changed ``target``'s confidence (rules note only what they
    change), and every event of it in order."""
    mine = [e for e in events if e.target == target]
    return (mine[-1].rule if mine else "unrecorded"), mine
