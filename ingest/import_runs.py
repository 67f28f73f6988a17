"""Import runs: a batch of files brought in by ``orderdesk ingest``, followed from the web UI
as the terminal shows it (files taken of how many, ingested, duplicates, quarantined with the
reason) and further, as the workers read what was taken.

A browser upload of several files (dropped on the queue) is a run too, channel ``upload``:
the page opens it, sends each file into it through the ordinary upload, and closes it; the
counts it closes with are the server's own, never what the browser says.

A run is two audit events (``import_started`` with the number of files, ``import_finished``
with the counts) and the ``import_run`` key in its documents' ``meta``: no table of its own,
and the audit chain records who imported what, when.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent, record_event
from models.base import utcnow
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.errors import Conflict

ENTITY = "import"
STARTED, FINISHED = "import_started", "import_finished"
NOT_READ_YET = (DocStatus.RECEIVED, DocStatus.PROCESSING)
UPLOAD = "upload"
MAX_UPLOAD_FILES = 1000  # one drop; the upload limits still apply to each file
# a browser import nothing joined for this long was left (the tab closed mid-way): shown as
# stopped rather than "importing…" for ever
UPLOAD_IDLE = dt.timedelta(minutes=30)


class RunRefused(Conflict):
    """A file was sent into an import run it may not join (unknown, closed, someone else's)."""


@dataclass
class RunProgress:
    run_id: str
    started_at: dt.datetime
    started_by: str
    label: str
    files: int
    channel: str = "import"
    finished_at: dt.datetime | None = None
    taken: int = 0  # files done at intake (a mail or zip counts once)
    outcomes: Counter[str] = field(default_factory=Counter)  # ingested, duplicate, quarantined
    read: int = 0  # taken documents the workers have read (extracted, in review, decided …)
    documents: list[Document] = field(default_factory=list)
    stopped: bool = False  # a browser import left unfinished (the tab closed mid-way)

    @property
    def ingested(self) -> int:
        return self.outcomes["ingested"]

    @property
    def running(self) -> bool:
        return self.finished_at is None and not self.stopped

    @property
    def reading(self) -> bool:
        """Documents of the run still wait for a worker."""
        return self.read < self.ingested

    @property
    def not_taken(self) -> int:
        """Files announced but never taken (refused for their size, or the upload broke off)."""
        return max(0, self.files - self.taken)

    @property
    def percent(self) -> int:
        return 100 if not self.files else min(100, round(100 * self.taken / self.files))


def start_run(db_url: str, *, files: int, actor: str, label: str, channel: str) -> str:
    with session_scope(db_url) as session:
        return record_start(session, files=files, actor=actor, label=label, channel=channel)


def record_start(session: Session, *, files: int, actor: str, label: str, channel: str) -> str:
    """Open a run in the caller's transaction (a web request already holds the write lock)."""
    run_id = uuid.uuid4().hex[:12]
    record_event(
        session,
        actor=actor,
        action=STARTED,
        entity_type=ENTITY,
        entity_id=run_id,
        data={"files": files, "label": label[:300], "channel": channel},
    )
    return run_id


def _started(session: Session, run_id: str) -> tuple[AuditEvent | None, bool]:
    """The run's start event, and whether it was finished."""
    events = session.execute(
        select(AuditEvent)
        .where(AuditEvent.entity_type == ENTITY, AuditEvent.entity_id == run_id[:64])
        .order_by(AuditEvent.seq)
    ).scalars()
    start, finished = None, False
    for event in events:
        if event.action == STARTED:
            start = event
        elif event.action == FINISHED:
            finished = True
    return start, finished


def upload_run(session: Session, run_id: str, actor: str) -> str:
    """The run a browser upload joins: one its own user opened from the browser and has not
    closed. Anything else is refused rather than silently uploaded outside the run."""
    start, finished = _started(session, run_id)
    if start is None or start.data.get("channel") != UPLOAD:
        raise RunRefused(f"there is no browser import {run_id[:64]}")
    if start.actor != actor:
        raise RunRefused(f"import {run_id[:64]} was started by someone else")
    if finished:
        raise RunRefused(f"import {run_id[:64]} is finished; drop the files again")
    return str(start.entity_id)


def close_upload_run(session: Session, run_id: str, actor: str) -> dict[str, int]:
    """Close a browser import with the counts its documents give (as ``orderdesk ingest``
    closes with what intake said), and the files announced that never arrived."""
    upload_run(session, run_id, actor)
    run = progress(session, run_id)
    assert run is not None
    counts = {k: run.outcomes[k] for k in ("ingested", "duplicate", "quarantined")}
    counts["not_taken"] = run.not_taken
    _record_finished(session, run_id, actor, counts)
    return counts


def finish_run(db_url: str, run_id: str, *, actor: str, counts: dict[str, int]) -> None:
    with session_scope(db_url) as session:
        _record_finished(session, run_id, actor, counts)


def _record_finished(session: Session, run_id: str, actor: str, counts: dict[str, int]) -> None:
    """The one event that closes a run, from the CLI or the browser: what it counted."""
    record_event(
        session,
        actor=actor,
        action=FINISHED,
        entity_type=ENTITY,
        entity_id=run_id,
        data={"counts": counts},
    )


def _outcome(doc: Document) -> str:
    if doc.status == DocStatus.QUARANTINED and (doc.meta or {}).get("quarantine_path"):
        return "quarantined"  # at intake; a later quarantine (extraction) was ingested first
    if doc.status == DocStatus.DUPLICATE and doc.duplicate_of_id is not None:
        return "duplicate"
    return "ingested"


def progress(session: Session, run_id: str, now: dt.datetime | None = None) -> RunProgress | None:
    events = session.execute(
        select(AuditEvent)
        .where(AuditEvent.entity_type == ENTITY, AuditEvent.entity_id == run_id)
        .order_by(AuditEvent.seq)
    ).scalars()
    run: RunProgress | None = None
    for event in events:
        if event.action == STARTED:
            run = RunProgress(
                run_id=run_id,
                started_at=event.occurred_at,
                started_by=event.actor,
                label=str(event.data.get("label") or ""),
                files=int(event.data.get("files") or 0),
                channel=str(event.data.get("channel") or "import"),
            )
        elif event.action == FINISHED and run is not None:
            run.finished_at = event.occurred_at
    if run is None:
        return None
    docs = list(
        session.execute(
            select(Document)
            .where(Document.meta["import_run"].as_string() == run_id)
            .order_by(Document.id)
        ).scalars()
    )
    run.documents = docs
    if run.channel == UPLOAD and run.finished_at is None:
        last = max([run.started_at, *(d.received_at for d in docs if d.received_at)])
        run.stopped = (now or utcnow()) - last > UPLOAD_IDLE
    staged = {(d.meta or {}).get("staged") for d in docs}
    run.taken = len(staged)
    for doc in docs:
        outcome = _outcome(doc)
        run.outcomes[outcome] += 1
        if outcome == "ingested" and doc.status not in NOT_READ_YET:
            run.read += 1
    return run


def recent(session: Session, limit: int = 20) -> list[RunProgress]:
    ids = session.execute(
        select(AuditEvent.entity_id)
        .where(AuditEvent.entity_type == ENTITY, AuditEvent.action == STARTED)
        .order_by(AuditEvent.seq.desc())
        .limit(limit)
    ).scalars()
    return [run for run_id in ids if run_id and (run := progress(session, run_id)) is not None]
