"""``jobs.ticker.Ticker``: ticks while up, stops when closed, and closes unstarted too."""

from __future__ import annotations

import threading
import time

from jobs.ticker import Ticker


def test_it_ticks_until_closed() -> None:
    ticks: list[float] = []
    twice = threading.Event()

    def tick() -> None:
        ticks.append(time.monotonic())
        if len(ticks) >= 2:
            twice.set()

    ticker = Ticker("test-ticker", 0.01, tick).start()
    assert twice.wait(5)
    ticker.close()
    assert not ticker.thread.is_alive()
    counted = len(ticks)
    time.sleep(0.05)
    assert len(ticks) == counted  # no tick after close


def test_an_unstarted_ticker_closes_quietly() -> None:
    ticker = Ticker("never-started", 60, lambda: None)
    ticker.close()
    assert not ticker.thread.is_alive()
