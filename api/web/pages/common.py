"""Small pieces several pages share: a form's text fields, the ids ticked in a list, a
document's audit events, and the record an auditor's look leaves."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from api.auth import Actor
from archive.records import note_look
from models.audit import AuditEvent, events_of


async def text_fields(request: Request) -> dict[str, str]:
    """The posted form's text fields; uploads are not among them."""
    return {k: v for k, v in (await request.form()).items() if isinstance(v, str)}


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
