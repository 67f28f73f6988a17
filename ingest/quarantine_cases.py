"""What an operator does with quarantined documents: list them, retry one (it goes through
the normal path again, after a fix), release one (accept that it will not be processed), or
delete the quarantined file (with a reason: the document stays on record, its file goes).

The state lives in the database (``ingest_quarantine``); a document quarantined later by
extraction gets its case the first time it is listed or acted on. Each action is an audit
event in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.intake import EXTRACT_JOB, Intake, IntakeResult
from jobs.queue import enqueue_document
from models.archive import original_of
from models.audit import document_event
from models.base import utcnow
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.errors import Conflict
from models.ingest_quarantine import QuarantineCase
from models.settings import Settings

log = logging.getLogger("orderdesk.quarantine")


def quarantine_document(session: Session, document_id: int, reason: str, code: str) -> None:
    """A stored document that a later stage cannot process: it keeps its reason and code
    (its case is opened when an operator lists it)."""
    doc = session.get(Document, document_id)
    if doc is None:
        return
    doc.status, doc.error, doc.error_code = DocStatus.QUARANTINED, reason, code
    log.warning("quarantined (%s): %s", code, reason, extra={"document_id": document_id})
    document_event(
        session,
        document_id,
        actor="system:pipeline",
        action="quarantined",
        data={"reason": reason, "code": code},
    )


class QuarantineError(Conflict, ValueError):
    """The action is not possible for this document; the message says why."""


@dataclass(frozen=True)
class CaseView:
    document_id: int
    state: str
    code: str
    reason: str
    original_name: str
    channel: str
    file: str | None
    since: dt.datetime
    retried_as: int | None


def _ensure_cases(session: Session) -> None:
    """Open a case for quarantined documents that have none (quarantined by extraction)."""
    missing = session.execute(
        select(Document)
        .outerjoin(QuarantineCase, QuarantineCase.document_id == Document.id)
        .where(Document.status == DocStatus.QUARANTINED, QuarantineCase.id.is_(None))
    ).scalars()
    for doc in missing:
        meta = doc.meta or {}
        session.add(
            QuarantineCase(
                document_id=doc.id,
                code=doc.error_code or "unknown",
                reason=doc.error or "no reason recorded",
                file=meta.get("quarantine_path"),
                created_at=doc.updated_at or utcnow(),
            )
        )
    session.flush()


def list_cases(db_url: str, *, state: str | None = "open") -> list[CaseView]:
    with session_scope(db_url) as session:
        _ensure_cases(session)
        query = select(QuarantineCase, Document).join(
            Document, Document.id == QuarantineCase.document_id
        )
        if state:
            query = query.where(QuarantineCase.state == state)
        rows = session.execute(query.order_by(QuarantineCase.id)).all()
        return [
            CaseView(
                document_id=doc.id,
                state=case.state,
                code=case.code,
                reason=case.reason,
                original_name=doc.original_name,
                channel=doc.channel,
                file=case.file,
                since=case.created_at,
                retried_as=case.retried_as_id,
            )
            for case, doc in rows
        ]


def _open_case(session: Session, document_id: int) -> tuple[QuarantineCase, Document]:
    _ensure_cases(session)
    row = session.execute(
        select(QuarantineCase, Document)
        .join(Document, Document.id == QuarantineCase.document_id)
        .where(QuarantineCase.document_id == document_id)
        .with_for_update()
    ).first()
    if row is None:
        raise QuarantineError(f"document {document_id} is not in quarantine")
    case, doc = row
    if case.state != "open":
        raise QuarantineError(f"document {document_id}'s quarantine case is already {case.state}")
    return case, doc


def retry(intake: Intake, document_id: int, *, actor: str, file: Path | None = None) -> str:
    """Send a quarantined document through the normal path again.

    With ``file`` (a fixed copy) or when the original never reached the archive, the bytes go
    through intake as a new document (the old one points to it); when the original is
    archived (it failed at extraction), the same document is extracted again.
    """
    settings = intake.settings
    with session_scope(settings.db_url) as session:
        case, doc = _open_case(session, document_id)
        archived = original_of(session, doc.id)
        if file is None and archived is not None:
            doc.status, doc.error, doc.error_code = DocStatus.RECEIVED, None, None
            enqueue_document(session, EXTRACT_JOB, doc.id, settings)
            _close(session, case, "retried", actor, note="extraction again", retried_as=doc.id)
            return f"document {doc.id} queued for extraction again"
        source = file or (settings.quarantine_dir / case.file if case.file else None)
        if source is None or not source.is_file():
            raise QuarantineError(
                f"document {document_id}: the quarantined file is missing; "
                "give a fixed copy with --file"
            )
        data, name, channel = source.read_bytes(), doc.original_name, doc.channel
    result: IntakeResult = intake.take_bytes(
        data, original_name=name, channel=channel, source=f"quarantine-retry:{document_id}"
    )
    with session_scope(settings.db_url) as session:
        case, _doc = _open_case(session, document_id)
        _close(
            session,
            case,
            "retried",
            actor,
            note=f"{result.outcome} as document {result.document_id}"
            + (f" ({result.reason})" if result.reason else ""),
            retried_as=result.document_id,
        )
    return f"document {document_id} retried: {result.outcome} as document {result.document_id}"


def release(db_url: str, document_id: int, *, actor: str, note: str) -> str:
    """The operator accepts that this document will not be processed (it stays on record)."""
    if not note.strip():
        raise QuarantineError("say why the document is released (--reason)")
    with session_scope(db_url) as session:
        case, _doc = _open_case(session, document_id)
        _close(session, case, "released", actor, note=note)
    return f"document {document_id} released from quarantine"


def delete(settings: Settings, document_id: int, *, actor: str, note: str) -> str:
    """Remove the quarantined file (and its ``.reason.txt``) for good, and close the case.

    The document row and the audit trail stay: the event keeps who, why, and the removed
    file's sha256 and size, so the deletion itself can be proven later. An original that
    reached the write-once archive is kept there (retention decides, not a person)."""
    if not note.strip():
        raise QuarantineError("say why the file is deleted")
    with session_scope(settings.db_url) as session:
        case, _doc = _open_case(session, document_id)
        removed: dict[str, object] = {}
        if case.file:
            path = quarantine_path(settings, case.file)
            if path is not None and path.is_file():
                data = path.read_bytes()
                removed = {"file": case.file, "sha256": sha256(data).hexdigest(), "size": len(data)}
                path.unlink()
                path.with_name(path.name + ".reason.txt").unlink(missing_ok=True)
        _close(session, case, "deleted", actor, note=note, extra={"removed": removed or None})
    what = f"its file {removed['file']} removed" if removed else "no quarantined file to remove"
    return f"document {document_id} deleted from quarantine ({what})"


def quarantine_path(settings: Settings, name: str) -> Path | None:
    """The case's file inside the quarantine folder, never a path that leaves it."""
    root = settings.quarantine_dir.resolve()
    path = (root / name).resolve()
    return path if path.parent == root else None


def _close(
    session: Session,
    case: QuarantineCase,
    state: str,
    actor: str,
    *,
    note: str,
    retried_as: int | None = None,
    extra: dict[str, object] | None = None,
) -> None:
    case.state, case.resolved_at, case.resolved_by, case.note = state, utcnow(), actor, note
    case.retried_as_id = retried_as
    document_event(
        session,
        case.document_id,
        actor=actor,
        action=f"quarantine_{state}",
        data={"code": case.code, "note": note}
        | ({"retried_as": retried_as} if retried_as else {})
        | (extra or {}),
    )
