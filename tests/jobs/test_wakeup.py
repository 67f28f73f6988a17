"""Idle workers wake on PostgreSQL's LISTEN/NOTIFY, not on a poll: with the safety-net poll
set to ten minutes, a job enqueued (or retried, or given back) is still taken at once."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

from sqlalchemy import select, text

from jobs import queue
from jobs.queue import ClaimedJob
from jobs.worker import Apply, HandlerSet, Worker
from models.db import session_scope
from models.enums import JobStatus
from models.jobs import Job
from models.settings import Settings
from tests.support.procs import wait_for

SLOW_POLL = 600.0  # no poll can explain a job taken within the test's wait


def _settings(tmp_path: Path, url: str, **ingest: object) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=url,
        ingest={"poll_seconds": SLOW_POLL, "listen_poll_seconds": SLOW_POLL, **ingest},
        _env_file=None,  # type: ignore[call-arg]
    )


def _start(worker: Worker) -> threading.Thread:
    thread = threading.Thread(target=worker.run_forever, daemon=True)
    thread.start()
    return thread


def _status(url: str, job_id: int) -> str:
    with session_scope(url) as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job.status


def _enqueue(url: str, kind: str = "echo") -> int:
    with session_scope(url) as session:
        return queue.enqueue(session, kind).id


def test_idle_worker_takes_a_new_job_at_once(tmp_path: Path, pg_url: str) -> None:
    settings = _settings(tmp_path, pg_url)
    taken = threading.Event()

    def echo(job: ClaimedJob, _settings: Settings) -> Apply | None:
        taken.set()
        return None

    worker = Worker(settings, HandlerSet(handlers={"echo": echo}))
    thread = _start(worker)
    try:
        time.sleep(1.0)  # it has looked, found nothing and gone idle
        job_id = _enqueue(pg_url)
        assert taken.wait(30), "the idle worker was not woken by the new job"
        wait_for(lambda: _status(pg_url, job_id) == JobStatus.DONE, what="job done")
    finally:
        worker.stop.set()
        thread.join(10)
    assert not thread.is_alive(), "the worker did not stop while waiting for work"


def test_a_retry_is_taken_when_its_backoff_ends(tmp_path: Path, pg_url: str) -> None:
    settings = _settings(tmp_path, pg_url, job_retry_base_seconds=1.0)
    calls: list[float] = []

    def flaky(job: ClaimedJob, _settings: Settings) -> Apply | None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise RuntimeError("a passing problem")
        return None

    worker = Worker(settings, HandlerSet(handlers={"echo": flaky}))
    thread = _start(worker)
    try:
        job_id = _enqueue(pg_url)
        wait_for(lambda: _status(pg_url, job_id) == JobStatus.DONE, timeout=120, what="retry")
    finally:
        worker.stop.set()
        thread.join(10)
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.9  # waited out its backoff


def test_a_job_whose_worker_vanished_is_taken_when_its_lease_ends(
    tmp_path: Path, pg_url: str
) -> None:
    settings = _settings(tmp_path, pg_url)
    job_id = _enqueue(pg_url)
    with session_scope(pg_url) as session:  # a worker took it, then died without a word
        assert queue.claim(session, "gone", lease=dt.timedelta(seconds=2)) is not None
    worker = Worker(settings, HandlerSet(handlers={"echo": lambda _j, _s: None}))
    thread = _start(worker)
    try:
        wait_for(lambda: _status(pg_url, job_id) == JobStatus.DONE, timeout=120, what="takeover")
    finally:
        worker.stop.set()
        thread.join(10)


def test_on_sqlite_idle_workers_poll(tmp_path: Path, sqlite_url: str) -> None:
    settings = _settings(tmp_path, sqlite_url, poll_seconds=0.1)
    worker = Worker(settings, HandlerSet(handlers={"echo": lambda _j, _s: None}))
    thread = _start(worker)
    try:
        job_id = _enqueue(sqlite_url)
        wait_for(lambda: _status(sqlite_url, job_id) == JobStatus.DONE, what="polled job")
    finally:
        worker.stop.set()
        thread.join(10)
    with session_scope(sqlite_url) as session:
        assert session.execute(select(Job.attempts)).scalar_one() == 1


def test_a_worker_whose_listen_connection_dropped_listens_again(
    tmp_path: Path, pg_url: str
) -> None:
    """A database restart (here: its LISTEN session terminated) must not leave the worker
    deaf until the safety-net poll."""
    settings = _settings(tmp_path, pg_url)
    worker = Worker(settings, HandlerSet(handlers={"echo": lambda _j, _s: None}))
    thread = _start(worker)
    # only this test's database: other tests and workers on the same server listen too
    listening = (
        "SELECT pid FROM pg_stat_activity"
        " WHERE query = 'LISTEN orderdesk_jobs' AND datname = current_database()"
    )

    def listener() -> int | None:
        # a new transaction each look: pg_stat_activity is a per-transaction snapshot, so a
        # first look made before the worker's LISTEN would never see it in the same one
        with session_scope(pg_url) as session:
            found: int | None = session.execute(text(listening)).scalar()
            return found

    try:
        pid = wait_for(listener, what="LISTEN")
        with session_scope(pg_url) as session:
            session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        job_id = _enqueue(pg_url)
        wait_for(lambda: _status(pg_url, job_id) == JobStatus.DONE, timeout=120, what="job")
        job_id = _enqueue(pg_url)  # and the next one, woken by NOTIFY on the new connection
        wait_for(lambda: _status(pg_url, job_id) == JobStatus.DONE, timeout=120, what="next job")
        # on a loaded machine the new LISTEN may land a moment after the jobs ran
        assert wait_for(lambda: listener() not in (None, pid), timeout=120, what="LISTEN again")
    finally:
        worker.stop.set()
        thread.join(10)


def test_one_notify_per_transaction_however_many_jobs_it_queues(pg_url: str) -> None:
    """A decision queues seven follow-ups in one transaction: one NOTIFY wakes the workers
    (each wake-up sends them to the queue, whatever the kind); a new transaction notifies
    again, and a NOTIFY sent inside a savepoint does not count (rolled back, the savepoint
    would take it along)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from jobs.wakeup import CHANNEL

    conninfo = make_url(pg_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")

        def received() -> list[str]:
            return [n.payload for n in listener.notifies(timeout=1.0)]

        with session_scope(pg_url) as session:
            for kind in ("link", "confirmation", "archive"):
                queue.enqueue(session, kind)
        assert received() == ["link"]
        with session_scope(pg_url) as session:
            with session.begin_nested():
                queue.enqueue(session, "export")
            queue.enqueue(session, "webhook")
        assert received() == ["export", "webhook"]
