"""A tick beside the server: something done every few minutes while ``run`` is up (sealing
the audit head, mailing approvers), in a daemon thread of its own.

The tick handles its own failures (it logs and is tried again next time): the thread only
keeps time, and stops promptly when the server does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Ticker:
    def __init__(self, name: str, seconds: float, tick: Callable[[], None]) -> None:
        self.seconds = seconds
        self.tick = tick
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)

    def start(self) -> Ticker:
        self.thread.start()
        return self

    def _loop(self) -> None:
        while not self.stop.wait(self.seconds):
            self.tick()

    def close(self) -> None:
        """Stop the timer (a tick under way is given ten seconds to end)."""
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(10)
