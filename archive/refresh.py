"""Which archived documents have moved on since their last manifest.

A decision's own follow-ups (links, the confirmation, messages) are in the first manifest:
the archive job waits for them in the queue (``flow.table``). What comes later is not: a
follow-up document or payment linked to it weeks after, a correction after approval, a
lifecycle status received for it; each is recorded on the document in the audit trail and
must end up in a new manifest version. A document is stale when its last event that changes
what is archived comes after its last ``archived`` event, or after the last event that
manifest covers (``through_seq`` in the ``archived`` event: an event recorded while the
manifest was being written, by a job the archive does not wait for, is not in it). The
change itself queues the archive job again, in its own transaction (``changed_archived``,
``flow.table.follow_change``), so no later stage has to call the archive; the server's
periodic tick (``archive/periodic.py``) re-queues it for any document still stale, a net
for what that missed (a change written by a process that does not run the flow).

Only a document's own events count: an order's (its status moving to delivered, invoiced,
paid, cancelled) are not in any manifest, which vouches for the document; the order's
history is archived in the audit chain, whose head the archive seals (``archive.seal``).
Counting them would re-queue a manifest that never changes, on every tick.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.manifest import READ_ACTIONS
from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus

DECIDED = (DocStatus.APPROVED, DocStatus.REJECTED, DocStatus.ARCHIVED)


def stale_documents(session: Session, *, since_seq: int = 0, limit: int = 1000) -> list[int]:
    """Ids of archived, decided documents with events newer than their last manifest.

    ``since_seq``: manifests archived at or before this audit sequence number were checked
    for what they cover by an earlier call (the periodic tick passes its last watermark)."""
    documents = AuditEvent.entity_type == "document"
    changes = AuditEvent.action.not_in(sorted(READ_ACTIONS))
    archived = (
        select(AuditEvent.entity_id, func.max(AuditEvent.seq).label("seq"))
        .where(documents, AuditEvent.action == "archived")
        .group_by(AuditEvent.entity_id)
        .subquery()
    )
    changed = (
        select(AuditEvent.entity_id, func.max(AuditEvent.seq).label("seq"))
        .where(documents, changes)
        .group_by(AuditEvent.entity_id)
        .subquery()
    )
    rows = session.execute(
        select(changed.c.entity_id, changed.c.seq, archived.c.seq).join(
            archived, archived.c.entity_id == changed.c.entity_id
        )
    ).all()
    last_change = {entity: seq for entity, seq, _ in rows}
    stale = {entity for entity, change, manifest in rows if change > manifest}
    # manifests written since the last call: did an event slip in while they were written?
    recent = session.execute(
        select(AuditEvent.entity_id, AuditEvent.seq, AuditEvent.data)
        .where(documents, AuditEvent.action == "archived", AuditEvent.seq > since_seq)
        .order_by(AuditEvent.seq)
    ).all()
    covered: dict[str | None, int] = {}
    for entity, seq, data in recent:
        through = data.get("through_seq") if isinstance(data, dict) else None
        covered[entity] = int(through) if isinstance(through, int) else seq
    stale |= {e for e, through in covered.items() if last_change.get(e, 0) > through}
    ids = sorted(int(i) for i in stale if i is not None and i.isdigit())
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


def changed_archived(session: Session, events: list[AuditEvent]) -> list[int]:
    """The archived, decided documents that ``events`` (not yet chained: a transaction's
    own) change: their manifest no longer says all there is, as ``stale_documents`` will
    find once they commit."""
    ids = {
        int(e.entity_id)
        for e in events
        if e.entity_type == "document"
        and e.action not in READ_ACTIONS
        and e.entity_id is not None
        and e.entity_id.isdigit()
    }
    if not ids:
        return []
    return sorted(
        session.execute(
            select(Document.id).where(
                Document.id.in_(sorted(ids)),
                Document.archived_at.is_not(None),
                Document.status.in_(DECIDED),
            )
        ).scalars()
    )


def head_seq(session: Session) -> int:
    """The audit chain's last sequence number (the tick's next watermark)."""
    return int(session.execute(select(func.coalesce(func.max(AuditEvent.seq), 0))).scalar_one())
