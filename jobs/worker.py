"""The worker loop: claim a job, run its handler, complete or retry it. Nothing a handler
raises kills the worker. What a failure means is decided here, in one place, from the error
root (``models.errors``): a retryable ``OrderdeskError`` (tesseract missing, the archive
down) and any unexpected exception are retried with backoff; any other ``OrderdeskError``
is not worth a retry. A job that is not, or that used up its attempts (or keeps killing its
worker), goes to the dead letters (``failed``) and to the give-up hook, which puts its
document in quarantine.

Handlers are two-phase so a crash can never leave half a result: the slow part (OCR) runs
outside any transaction and returns an ``apply`` function; ``apply`` and the job's completion
then commit in one transaction, fenced by the lease. Killed before that commit, the job is
simply taken again; killed after, it is done: exactly once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from jobs import queue
from jobs.queue import ClaimedJob
from jobs.wakeup import waiter_for
from models.base import utcnow
from models.db import session_scope
from models.errors import OrderdeskError
from models.log_context import log_context
from models.settings import Settings
from models.workers import WorkerBeat

log = logging.getLogger("orderdesk.worker")
BEAT_SECONDS = 10.0

Apply = Callable[[Session], None]


class Handler(Protocol):
    def __call__(self, job: ClaimedJob, settings: Settings) -> Apply | None: ...


GiveUp = Callable[[Session, ClaimedJob, str], None]


@dataclass
class HandlerSet:
    """The explicit table a worker runs: job kind -> handler, what to do with a job given up
    for good, and which kinds wait for others of the same document (``jobs.queue.Waits``)."""

    handlers: Mapping[str, Handler]
    on_give_up: GiveUp | None = None
    waits: queue.Waits = field(default_factory=dict)


def worth_a_retry(exc: BaseException) -> bool:
    """A deliberate error says so itself; anything unexpected may be passing (a deadlock,
    a dropped connection) and gets its remaining attempts."""
    if isinstance(exc, OrderdeskError):
        return exc.retryable
    return True


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(self, settings: Settings, handlers: HandlerSet, worker_id: str | None = None):
        self.settings = settings
        self.handlers = handlers
        self.worker_id = worker_id or new_worker_id()
        self.stop = threading.Event()
        self.url = settings.db_url
        cfg = settings.ingest
        self.lease = dt.timedelta(seconds=cfg.job_lease_seconds)
        self.last_beat = -BEAT_SECONDS  # monotonic time of the last beat written: none yet

    def run_forever(self) -> None:
        cfg = self.settings.ingest
        waiter = waiter_for(
            self.url, poll_seconds=cfg.poll_seconds, safety_seconds=cfg.listen_poll_seconds
        )
        waiter.start()
        log.info("worker %s started", self.worker_id)
        try:
            while not self.stop.is_set():
                due = None
                try:
                    if time.monotonic() - self.last_beat > BEAT_SECONDS:
                        self.beat()
                    if self.run_once():
                        continue
                    due = self.next_due()
                except Exception:  # database gone for a moment: wait, never die
                    log.exception("worker %s: queue unavailable", self.worker_id)
                waiter.wait(self.stop, due)
        finally:
            waiter.close()
        self.beat(stopped=True)
        log.info("worker %s stopped", self.worker_id)

    def next_due(self) -> dt.datetime | None:
        with session_scope(self.url) as session:
            return queue.next_due(session, list(self.handlers.handlers), self.handlers.waits)

    def beat(self, *, done: int = 0, failed: int = 0, stopped: bool = False) -> None:
        """Tell the world this worker is alive (metrics and the dashboard read it)."""
        try:
            with session_scope(self.url) as session:
                self._beat_in(session, done=done, failed=failed, stopped=stopped)
        except Exception:
            log.exception("worker %s: heartbeat not written", self.worker_id)

    def _beat_in(
        self, session: Session, *, done: int = 0, failed: int = 0, stopped: bool = False
    ) -> None:
        """The beat in the caller's transaction: a job's outcome and the count it adds to
        commit together, one commit per job instead of two."""
        row = session.get(WorkerBeat, self.worker_id)
        if row is None:
            row = WorkerBeat(id=self.worker_id)
            session.add(row)
        row.last_seen = utcnow()
        row.jobs_done = (row.jobs_done or 0) + done
        row.jobs_failed = (row.jobs_failed or 0) + failed
        row.stopped_at = utcnow() if stopped else None
        self.last_beat = time.monotonic()

    def run_once(self) -> bool:
        with session_scope(self.url) as session:
            job = queue.claim(
                session,
                self.worker_id,
                lease=self.lease,
                kinds=list(self.handlers.handlers),
                waits=self.handlers.waits,
            )
        if job is None:
            return False
        # every line logged for this job (its handler's compute and apply phases, a failure,
        # the give-up hook) names the job's document, id and kind
        with log_context(document_id=job.document_id, job_id=job.id, job_kind=job.kind):
            if job.attempts > job.max_attempts:
                self._give_up(job, "its worker stopped during every attempt (crash or kill)")
            else:
                self._run(job)
        return True

    def _run(self, job: ClaimedJob) -> None:
        handler = self.handlers.handlers[job.kind]
        beat = threading.Event()
        heart = threading.Thread(target=self._heartbeat, args=(job, beat), daemon=True)
        heart.start()
        try:
            apply = handler(job, self.settings)
            with session_scope(self.url) as session:
                if apply is not None:
                    apply(session)
                if queue.complete(session, job, waits=self.handlers.waits):
                    self._beat_in(session, done=1)
                else:
                    session.rollback()
                    log.warning("job %s was taken by another worker; result dropped", job.id)
        except Exception as exc:
            retryable = worth_a_retry(exc)
            message = f"{type(exc).__name__}: {exc}"
            log.warning("job %s (%s) failed: %s", job.id, job.kind, message)
            log.debug("%s", traceback.format_exc())
            with session_scope(self.url) as session:
                gave_up = queue.fail(
                    session,
                    job,
                    message,
                    base_seconds=self.settings.ingest.job_retry_base_seconds,
                    retryable=retryable,
                    waits=self.handlers.waits,
                )
                if gave_up and self.handlers.on_give_up:
                    self.handlers.on_give_up(session, job, message)
                self._beat_in(session, failed=1)
        finally:
            beat.set()
            heart.join(timeout=5)

    def _give_up(self, job: ClaimedJob, reason: str) -> None:
        with session_scope(self.url) as session:
            queue.fail(
                session, job, reason, base_seconds=0, retryable=False, waits=self.handlers.waits
            )
            if self.handlers.on_give_up:
                self.handlers.on_give_up(session, job, reason)

    def _heartbeat(self, job: ClaimedJob, done: threading.Event) -> None:
        interval = max(self.lease.total_seconds() / 3, 0.2)
        while not done.wait(interval):
            try:
                with session_scope(self.url) as session:
                    queue.extend_lease(session, job, self.lease)
            except Exception:
                log.exception("job %s: lease not extended", job.id)


def serve_worker(
    settings: Settings, handlers: HandlerSet, *, parent_pid: int | None = None
) -> None:
    """Run one worker in this process until SIGTERM/SIGINT; the job in flight is finished.

    With ``parent_pid``, the worker also stops when that parent is gone (killed with
    SIGKILL, say), instead of living on as an orphan nobody will stop.
    """
    worker = Worker(settings, handlers)

    def _stop(signum: int, _frame: object) -> None:
        worker.stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    if parent_pid is not None:
        threading.Thread(
            target=_stop_when_orphaned, args=(parent_pid, worker.stop), daemon=True
        ).start()
    worker.run_forever()


def _stop_when_orphaned(parent_pid: int, stop: threading.Event) -> None:
    while not stop.wait(1.0):
        if os.getppid() != parent_pid:
            log.warning("parent process %s is gone; stopping after the job in flight", parent_pid)
            stop.set()
