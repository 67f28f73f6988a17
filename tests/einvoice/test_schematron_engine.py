"""The schematron engine's pipe under a slow run: a request past its deadline, or one
interrupted while it waits, must never hand its late answer to the next request."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from einvoice.validation.runner import Engine, SchematronTimeout

SHEETS = [Path("slow.xsl"), Path("second.xsl")]


@pytest.fixture
def engine() -> Iterator[Engine]:
    fake = Engine(module="tests.einvoice.fake_engine")
    yield fake
    fake.stop(kill=True)


def test_an_engine_past_its_deadline_is_replaced_and_the_next_answer_is_its_own(
    engine: Engine,
) -> None:
    assert engine.run([Path("warm.xsl")], "<x/>", timeout=30) == [[{"sheet": "warm.xsl"}]]
    first = engine.pid
    with pytest.raises(SchematronTimeout):
        engine.run(SHEETS, "<x/>", timeout=0.3)
    assert engine.pid is None  # the busy engine was killed, not kept
    assert engine.run([Path("next.xsl")], "<x/>", timeout=30) == [[{"sheet": "next.xsl"}]]
    assert engine.pid not in (None, first)


class Interrupted(Exception):
    pass


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise Interrupted


def test_a_request_interrupted_while_waiting_leaves_no_late_answer(engine: Engine) -> None:
    previous = signal.signal(signal.SIGALRM, _interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with pytest.raises(Interrupted):
            engine.run(SHEETS, "<x/>", timeout=30)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert engine.run([Path("next.xsl")], "<x/>", timeout=30) == [[{"sheet": "next.xsl"}]]


def test_a_late_answer_in_the_pipe_is_not_taken_for_the_current_request(engine: Engine) -> None:
    assert engine.run([Path("echo.xsl")], "<x/>", timeout=30) == [[{"sheet": "echo.xsl"}]]
