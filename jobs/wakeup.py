"""How an idle worker waits for work.

PostgreSQL: every enqueue sends ``NOTIFY orderdesk_jobs`` in its transaction (delivered on
commit, dropped on rollback), and idle workers ``LISTEN`` on a connection of their own, so
a new job is taken within milliseconds by a worker on any machine, without hammering the
database with polls. A slow poll stays as the safety net: a notification lost with a
dropped connection, a retry whose backoff ran out, a lease that expired; the wait is
shortened to the next such moment the queue knows of.

SQLite has no notifications (and all its workers share one machine): a short poll.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import time
from typing import Protocol

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

log = logging.getLogger("orderdesk.worker")
CHANNEL = "orderdesk_jobs"
SLICE_SECONDS = 1.0  # how soon a waiting worker notices it was told to stop
_NOTIFIED = "orderdesk_jobs_notified"  # session.info: the transaction that already notified


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def notify(session: Session, kind: str) -> None:
    """Wake the listening workers once this transaction commits (PostgreSQL only). One
    NOTIFY per transaction is enough (a wake-up only sends a worker to the queue, whatever
    the kind): a decision that queues seven follow-ups sends one, not seven."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if transaction is not None and session.info.get(_NOTIFIED) is transaction:
        return
    session.execute(text("SELECT pg_notify(:channel, :kind)"), {"channel": CHANNEL, "kind": kind})
    if not session.in_nested_transaction():  # a savepoint rolled back takes its NOTIFY along
        session.info[_NOTIFIED] = session.get_transaction()


class Waiter(Protocol):
    def start(self) -> None:
        """Be ready before the worker first looks at the queue."""

    def wait(self, stop: threading.Event, due: dt.datetime | None) -> None:
        """Return when there may be work: notified, ``due`` reached, poll elapsed or stopped."""

    def close(self) -> None: ...


class Poll:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def start(self) -> None:
        pass

    def wait(self, stop: threading.Event, due: dt.datetime | None) -> None:
        stop.wait(self.seconds)

    def close(self) -> None:
        pass


class Listen:
    """``LISTEN`` on its own autocommit connection (psycopg 3), opened on first use and again
    after a failure; while the database is away it waits like ``Poll``."""

    def __init__(self, url: str, safety_seconds: float, retry_seconds: float) -> None:
        self.retry_seconds = retry_seconds
        self.conninfo = (
            make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        )
        self.safety_seconds = safety_seconds
        self.conn: psycopg.Connection | None = None

    def _listen(self) -> bool:
        """Open the connection and LISTEN; True when it was not listening before. The caller
        then looks at the queue again: a NOTIFY sent before the LISTEN is not delivered."""
        if self.conn is not None and not self.conn.closed:
            return False
        try:
            self.conn = psycopg.connect(self.conninfo, autocommit=True, connect_timeout=10)
            self.conn.execute(f"LISTEN {CHANNEL}")
            return True
        except psycopg.Error as exc:
            log.warning("cannot LISTEN for new jobs (%s); polling until it can", exc)
            self.close()
            return False

    def start(self) -> None:
        self._listen()

    def wait(self, stop: threading.Event, due: dt.datetime | None) -> None:
        timeout = self.safety_seconds
        if due is not None:
            timeout = min(timeout, max((due - dt.datetime.now(dt.UTC)).total_seconds(), 0.0))
        if self._listen():
            return
        if self.conn is None:  # the database is away: try again soon
            stop.wait(min(timeout, self.retry_seconds))
            return
        deadline = time.monotonic() + timeout
        try:
            while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
                got = list(self.conn.notifies(timeout=min(left, SLICE_SECONDS), stop_after=1))
                if got:
                    # the rest of a burst (one NOTIFY per enqueued job) is one wake-up
                    list(self.conn.notifies(timeout=0.0))
                    return
        except psycopg.Error as exc:
            log.warning("lost the LISTEN connection (%s); reconnecting", exc)
            self.close()

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(psycopg.Error):
                self.conn.close()
        self.conn = None


def waiter_for(url: str, *, poll_seconds: float, safety_seconds: float) -> Waiter:
    if is_postgresql(url):
        return Listen(url, safety_seconds, retry_seconds=poll_seconds)
    return Poll(poll_seconds)
