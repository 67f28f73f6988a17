"""Legal holds: keep a document's archived versions beyond retention (litigation, tax
audit) until released. On S3 the hold is set on every version; the local folder records it
in the database. Both are audit events."""

from __future__ import annotations

from sqlalchemy.orm import Session

from archive.records import get_document, parts
from archive.store import ArchiveStore
from models.audit import document_event
from models.errors import InvalidInput


class HoldError(InvalidInput, ValueError):
    """The hold cannot be set; the message says why."""


def set_hold(
    session: Session,
    store: ArchiveStore,
    document_id: int,
    *,
    on: bool,
    actor: str,
    reason: str,
) -> int:
    """Set (or release) the legal hold on every archived part; returns how many."""
    doc = get_document(session, document_id)
    objects = parts(session, doc.id)
    if not objects:
        raise HoldError(f"document {document_id} has nothing archived yet to hold")
    if not reason.strip():
        raise HoldError("a legal hold needs a reason (case number, authority, …)")
    for obj in objects:
        store.set_legal_hold(obj.key, obj.version_id, on)
        obj.legal_hold = on
    document_event(
        session,
        doc.id,
        actor=actor,
        action="legal_hold" if on else "released",
        data={"objects": len(objects), "reason": reason.strip()},
    )
    return len(objects)
