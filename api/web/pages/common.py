"""Small pieces several pages share: the ids ticked in a list, a document's audit events,
and the record an auditor's look leaves (a posted form is a dependency: ``api.deps``)."""

from __future__ import annotations

from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from api.auth import Actor
from archive.records import note_look
from models.audit import AuditEvent, events_of


def ticked_ids(form: FormData, key: str) -> list[int]:
    """The ids ticked in a list's checkboxes named ``key``, each once, ascending."""
    return sorted({int(v) for v in form.getlist(key) if isinstance(v, str) and v.isdigit()})


def document_events(session: Session, doc_id: int, *, newest_first: bool) -> list[AuditEvent]:
    """The audit events about one document, in the order its screen shows them."""
    return events_of(session, "document", doc_id, newest_first=newest_first)


def note_auditor_look(session: Session, actor: Actor, doc_id: int) -> None:
    """An auditor's look at a document joins its audit history (others' looks do not)."""
    if note_look(session, actor.name, actor.role, doc_id, "web"):
        session.flush()
