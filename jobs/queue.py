"""The durable job queue: a table, claimed under a lease.

PostgreSQL claims with ``FOR UPDATE SKIP LOCKED`` so any number of workers on any number of
machines share the work; SQLite serialises writers (``BEGIN IMMEDIATE``), so the same query
is safe there. A job whose worker died is taken again once its lease expires; every write
of a worker is fenced by ``locked_by`` so a worker that lost its lease cannot complete it.
A job that has used up its attempts, or failed for a reason retrying cannot cure, stays as
``failed``: the dead letters, each with its last error. Every change that makes a job
runnable wakes the listening workers (``jobs.wakeup``).

A kind may wait for others (``Waits``, handed in by whoever runs the queue): such a job is
claimed only once no job of those kinds for the same document is queued or running (done,
or given up for good); a kind that waits for its own kind waits for the document's older
jobs of it (one at a time, oldest first). The check is part of the claim's one statement,
so it holds with any number of workers: whoever finishes the last job waited for commits
that before the waiting job can be seen as free, and a job that queues another in its
completion (a confirmation its mail) is never seen as finished without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select, update
from sqlalchemy.orm import Session, aliased

from jobs.wakeup import notify
from models.base import utcnow
from models.enums import JobStatus
from models.jobs import Job
from models.settings import Settings

MAX_BACKOFF = dt.timedelta(hours=1)
ACTIVE = (JobStatus.QUEUED, JobStatus.RUNNING)

# kind -> the kinds of the same document it waits for
Waits = Mapping[str, Collection[str]]


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    document_id: int | None
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    worker_id: str


def enqueue(
    session: Session,
    kind: str,
    *,
    document_id: int | None = None,
    payload: dict[str, Any] | None = None,
    max_attempts: int = 5,
    run_after: dt.datetime | None = None,
    behind_running: bool = False,
) -> Job:
    """Add a job unless the same kind is already pending for the document (stages are idempotent,
    so one pending job is enough). ``behind_running``: a running one does not count (it may
    have read the document before the caller's change), only a queued one does."""
    if document_id is not None:
        pending = session.execute(
            select(Job)
            .where(
                Job.kind == kind,
                Job.document_id == document_id,
                Job.status.in_((JobStatus.QUEUED,) if behind_running else ACTIVE),
            )
            .limit(1)
        ).scalar_one_or_none()
        if pending is not None:
            return pending
    job = Job(
        kind=kind,
        document_id=document_id,
        payload=payload or {},
        max_attempts=max_attempts,
        run_after=run_after or utcnow(),
    )
    session.add(job)
    session.flush()
    notify(session, kind)
    return job


def enqueue_document(session: Session, kind: str, document_id: int, settings: Settings) -> Job:
    """A document's job of ``kind`` (``enqueue``), tried as often as the settings allow
    (``ingest.job_max_attempts``): what every stage queues for the next."""
    return enqueue(
        session, kind, document_id=document_id, max_attempts=settings.ingest.job_max_attempts
    )


def waiting(waits: Waits | None) -> ColumnElement[bool]:
    """A queued job whose kind waits for a job of its document still queued or running."""
    other = aliased(Job)
    held = [
        and_(
            Job.kind == kind,
            exists(
                select(other.id).where(
                    other.document_id == Job.document_id,
                    other.kind.in_(sorted(before)),
                    other.status.in_(ACTIVE),
                    or_(other.kind != Job.kind, other.id < Job.id),  # its own kind: older ones
                )
            ),
        )
        for kind, before in (waits or {}).items()
        if before
    ]
    return or_(*held) if held else false()


def awaited(job: ClaimedJob, waits: Waits | None) -> bool:
    """Whether finishing ``job`` may free a job waiting for it."""
    return job.document_id is not None and any(job.kind in b for b in (waits or {}).values())


def claim(
    session: Session,
    worker_id: str,
    *,
    lease: dt.timedelta,
    kinds: list[str] | None = None,
    waits: Waits | None = None,
) -> ClaimedJob | None:
    """Take the oldest runnable job (queued, due and waiting for nothing, or running with an
    expired lease), in one statement: the UPDATE takes the row its sub-select found and
    skipped by the others."""
    now = utcnow()
    oldest = (
        select(Job.id)
        .where(
            or_(
                and_(Job.status == JobStatus.QUEUED, Job.run_after <= now, not_(waiting(waits))),
                and_(Job.status == JobStatus.RUNNING, Job.lease_until < now),
            )
        )
        .order_by(Job.run_after, Job.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if kinds:
        oldest = oldest.where(Job.kind.in_(kinds))
    row = session.execute(
        update(Job)
        .where(Job.id == oldest.scalar_subquery())
        .values(
            status=JobStatus.RUNNING,
            attempts=Job.attempts + 1,
            locked_by=worker_id,
            lease_until=now + lease,
        )
        .returning(Job.id, Job.kind, Job.document_id, Job.payload, Job.attempts, Job.max_attempts)
        .execution_options(synchronize_session="fetch")
    ).one_or_none()
    if row is None:
        return None
    return ClaimedJob(
        id=row.id,
        kind=row.kind,
        document_id=row.document_id,
        payload=dict(row.payload or {}),
        attempts=row.attempts,
        max_attempts=row.max_attempts,
        worker_id=worker_id,
    )


def _owned(session: Session, job: ClaimedJob) -> Job | None:
    row = session.execute(
        select(Job).where(
            Job.id == job.id, Job.locked_by == job.worker_id, Job.status == JobStatus.RUNNING
        )
    ).scalar_one_or_none()
    return row


def extend_lease(session: Session, job: ClaimedJob, lease: dt.timedelta) -> bool:
    result = session.execute(
        update(Job)
        .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.status == JobStatus.RUNNING)
        .values(lease_until=utcnow() + lease)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def complete(session: Session, job: ClaimedJob, *, waits: Waits | None = None) -> bool:
    """Mark done in the caller's transaction, in one fenced UPDATE; False if another worker
    took the job meanwhile (the caller must then roll back its effects). A job another kind
    waits for wakes the workers: one may now be free."""
    done = session.execute(
        update(Job)
        .where(Job.id == job.id, Job.locked_by == job.worker_id, Job.status == JobStatus.RUNNING)
        .values(status=JobStatus.DONE, finished_at=utcnow(), lease_until=None, last_error=None)
        .returning(Job.id)
        .execution_options(synchronize_session="fetch")
    ).first()
    if done is not None and awaited(job, waits):
        notify(session, job.kind)
    return done is not None


def backoff(attempts: int, base_seconds: float) -> dt.timedelta:
    return min(dt.timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def fail(
    session: Session,
    job: ClaimedJob,
    error: str,
    *,
    base_seconds: float,
    retryable: bool = True,
    waits: Waits | None = None,
) -> bool:
    """Record a failure; retry later with exponential backoff, or give up. Returns True when
    the job has given up for good (what waited for it goes on without it)."""
    row = _owned(session, job)
    if row is None:
        return False
    row.last_error = error[:4000]
    row.lease_until = None
    if retryable and row.attempts < row.max_attempts:
        row.status = JobStatus.QUEUED
        row.run_after = utcnow() + backoff(row.attempts, base_seconds)
        session.flush()
        notify(session, row.kind)
        return False
    row.status = JobStatus.FAILED
    row.finished_at = utcnow()
    session.flush()
    if awaited(job, waits):
        notify(session, row.kind)
    return True


def release(session: Session, job: ClaimedJob) -> None:
    """Give a job back untouched (shutdown): it does not count as an attempt."""
    row = _owned(session, job)
    if row is not None:
        row.status = JobStatus.QUEUED
        row.attempts = max(row.attempts - 1, 0)
        row.locked_by = None
        row.lease_until = None
        session.flush()
        notify(session, row.kind)


def next_due(
    session: Session, kinds: list[str] | None = None, waits: Waits | None = None
) -> dt.datetime | None:
    """When a job next becomes claimable without anyone enqueueing: a retry's backoff ends
    or a silent worker's lease runs out (a waiting job is freed by a completion, which
    wakes the workers, so it sets no time)."""
    queued = select(func.min(Job.run_after)).where(
        Job.status == JobStatus.QUEUED, not_(waiting(waits))
    )
    running = select(func.min(Job.lease_until)).where(Job.status == JobStatus.RUNNING)
    if kinds:
        queued, running = queued.where(Job.kind.in_(kinds)), running.where(Job.kind.in_(kinds))
    found = [session.execute(q).scalar_one_or_none() for q in (queued, running)]
    return min((t for t in found if t is not None), default=None)


def depth(session: Session) -> dict[str, int]:
    rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    return {status: count for status, count in rows}
