"""Verify of the whole archive as a job (``archive_verify``), for the auditors' web page: on
a large archive re-hashing every object takes minutes, far longer than a web request should
hold a connection (and a worker of the API). The request queues the job and records who
asked; a worker runs ``verify_archive`` and writes how far it got to the job every second;
its report is the same ``archive_verified`` audit event the web page always kept, recorded
in the transaction that completes the job (exactly once), in the name of who asked.

One verify at a time: asking while one waits or runs joins it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from archive.store import open_store
from archive.verify import verify_archive
from jobs.queue import ClaimedJob, enqueue
from jobs.worker import Apply
from models.audit import AuditEvent, record_event
from models.base import utcnow
from models.db import read_session_factory, session_scope
from models.enums import JobStatus
from models.jobs import Job
from models.settings import Settings

VERIFY_JOB = "archive_verify"
REQUESTED, VERIFIED = "archive_verify_requested", "archive_verified"
ENTITY = "archive"
MAX_FINDINGS = 200  # kept in the audit event; the CLI lists them all
PROGRESS_SECONDS = 1.0


@dataclass
class VerifyRun:
    """A verify job as its page shows it."""

    job_id: int
    status: str  # queued | running | done | failed
    requested_by: str
    requested_at: Any
    done: int
    total: int
    report: AuditEvent | None
    error: str | None

    @property
    def going(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.RUNNING)

    @property
    def percent(self) -> int:
        return 0 if not self.total else min(100, round(100 * self.done / self.total))


def request_verify(session: Session, actor: str) -> int:
    """Queue a verify (or join the one already waiting or running); returns its job id."""
    going = going_run(session)
    if going is not None:
        return going
    job = enqueue(session, VERIFY_JOB, payload={"requested_by": actor}, max_attempts=2)
    _job_event(session, job.id, actor, REQUESTED, {"job": job.id})
    return job.id


def _job_event(
    session: Session, job_id: int, actor: str, action: str, data: dict[str, Any]
) -> None:
    """The audit line of a verify run: requested, then verified, both keyed by the job."""
    record_event(
        session,
        actor=actor,
        action=action,
        entity_type=ENTITY,
        entity_id=str(job_id),
        data=data,
    )


def _progress_writer(settings: Settings, job: ClaimedJob) -> Any:
    """Write (done, total) to the job at most once a second, fenced by the lease."""
    last = 0.0

    def write(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last < PROGRESS_SECONDS and done < total:
            return
        last = now
        payload = dict(job.payload) | {"done": done, "total": total}
        with session_scope(settings.db_url) as session:
            session.execute(
                update(Job)
                .where(Job.id == job.id, Job.locked_by == job.worker_id)
                .values(payload=payload)
            )

    return write


def handle_verify(job: ClaimedJob, settings: Settings) -> Apply:
    """Re-hash everything outside any write transaction (a read snapshot), then record the
    report with the job's completion."""
    started = utcnow()
    reader = read_session_factory(settings.db_url)()
    try:
        report = verify_archive(
            reader, open_store(settings), progress=_progress_writer(settings, job)
        )
    finally:
        reader.rollback()
        reader.close()
    data = report.to_dict()
    data["findings"] = data["findings"][:MAX_FINDINGS]
    data["seconds"] = round((utcnow() - started).total_seconds(), 1)
    data["job"] = job.id
    actor = str(job.payload.get("requested_by") or "system:verify")

    def apply(session: Session) -> None:
        _job_event(session, job.id, actor, VERIFIED, data)

    return apply


def verify_run(session: Session, job_id: int) -> VerifyRun | None:
    job = session.get(Job, job_id)
    if job is None or job.kind != VERIFY_JOB:
        return None
    report = session.execute(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == ENTITY,
            AuditEvent.entity_id == str(job_id),
            AuditEvent.action == VERIFIED,
        )
        .limit(1)
    ).scalar()
    payload = job.payload or {}
    return VerifyRun(
        job_id=job.id,
        status=str(job.status),
        requested_by=str(payload.get("requested_by") or ""),
        requested_at=job.created_at,
        done=int(payload.get("done") or 0),
        total=int(payload.get("total") or 0),
        report=report,
        error=job.last_error,
    )


def going_run(session: Session) -> int | None:
    """The verify waiting or running now, if any."""
    found = session.execute(
        select(Job.id)
        .where(Job.kind == VERIFY_JOB, Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING]))
        .order_by(Job.id)
        .limit(1)
    ).scalar()
    return None if found is None else int(found)


def recent_reports(session: Session, limit: int = 10) -> list[AuditEvent]:
    return list(
        session.execute(
            select(AuditEvent)
            .where(AuditEvent.action == VERIFIED)
            .order_by(AuditEvent.seq.desc())
            .limit(limit)
        ).scalars()
    )
