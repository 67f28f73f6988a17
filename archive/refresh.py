"""Which archived documents have moved on since their last manifest.

Later events (links, payments, a generated order confirmation, corrections after approval)
are recorded on the document in the audit trail; each must end up in a new manifest
version. A document is stale when its last event that changes what is archived comes after
its last ``archived`` event. The server's periodic tick re-queues the archive job for those
(``api/jobs/archive_seal.py``), so no stage has to call the archive.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.manifest import READ_ACTIONS
from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus

DECIDED = (DocStatus.APPROVED, DocStatus.REJECTED, DocStatus.ARCHIVED)


def stale_documents(session: Session, *, limit: int = 1000) -> list[int]:
    """Ids of archived, decided documents with events newer than their last manifest."""
    documents = AuditEvent.entity_type == "document"
    archived = (
        select(AuditEvent.entity_id, func.max(AuditEvent.seq).label("seq"))
        .where(documents, AuditEvent.action == "archived")
        .group_by(AuditEvent.entity_id)
        .subquery()
    )
    changed = (
        select(AuditEvent.entity_id, func.max(AuditEvent.seq).label("seq"))
        .where(documents, AuditEvent.action.not_in(sorted(READ_ACTIONS)))
        .group_by(AuditEvent.entity_id)
        .subquery()
    )
    candidates = session.execute(
        select(changed.c.entity_id)
        .join(archived, archived.c.entity_id == changed.c.entity_id)
        .where(changed.c.seq > archived.c.seq)
    ).scalars()
    ids = sorted(int(i) for i in candidates if i is not None and i.isdigit())
    if not ids:
        return []
    found: list[int] = []
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        found += session.execute(
            select(Document.id).where(
                Document.id.in_(chunk),
                Document.archived_at.is_not(None),
                Document.status.in_(DECIDED),
            )
        ).scalars()
        if len(found) >= limit:
            break
    return sorted(found)[:limit]
