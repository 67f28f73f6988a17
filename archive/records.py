"""What an auditor sees of one archived document: its parts and manifests, the documents
linked to it, and its audit history. Every view is an audit event itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.archive import ArchiveObject
from models.audit import AuditEvent, record_event
from models.documents import Document, ExtractedField
from models.errors import NotFound
from models.orders import Order


class NotArchived(NotFound, LookupError):
    """No such document; the message names it."""


def get_document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotArchived(f"document {document_id} does not exist")
    return doc


def record_view(session: Session, actor: str, document_id: int, via: str) -> None:
    """An auditor looked at a document (web or REST): part of its history."""
    record_event(
        session,
        actor=actor,
        action="viewed",
        entity_type="document",
        entity_id=document_id,
        data={"via": via},
    )


def history(session: Session, document_id: int) -> list[dict[str, Any]]:
    events = session.execute(
        select(AuditEvent)
        .where(AuditEvent.entity_type == "document", AuditEvent.entity_id == str(document_id))
        .order_by(AuditEvent.seq)
    ).scalars()
    return [
        {
            "seq": e.seq,
            "at": e.occurred_at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "data": e.data,
            "hash": e.hash,
        }
        for e in events
    ]


def parts(session: Session, document_id: int) -> list[ArchiveObject]:
    return list(
        session.execute(
            select(ArchiveObject)
            .where(ArchiveObject.document_id == document_id)
            .order_by(ArchiveObject.id)
        ).scalars()
    )


def linked_ids(session: Session, doc: Document) -> list[int]:
    """Documents of the same order: through the linking stage's links when present, else
    through order numbers (a purchase order's number printed on its follow-ups)."""
    ids: set[int] = set()
    order_ids: set[int] = set(
        session.execute(select(Order.id).where(Order.document_id == doc.id)).scalars()
    )
    try:
        from models.linking import DocumentLink

        order_ids |= set(
            session.execute(
                select(DocumentLink.order_id).where(DocumentLink.document_id == doc.id)
            ).scalars()
        )
        if order_ids:
            ids |= set(
                session.execute(
                    select(DocumentLink.document_id).where(DocumentLink.order_id.in_(order_ids))
                ).scalars()
            )
    except ImportError:  # pragma: no cover - linking not installed
        pass
    if order_ids:
        ids |= set(
            session.execute(select(Order.document_id).where(Order.id.in_(order_ids))).scalars()
        )
    numbers: set[str] = set(
        v
        for v in session.execute(
            select(ExtractedField.value).where(
                ExtractedField.document_id == doc.id, ExtractedField.name == "order_number"
            )
        ).scalars()
        if v
    )
    if doc.doc_type == "purchase_order" and doc.document_number:
        numbers.add(doc.document_number)
    if numbers:
        ids |= set(
            session.execute(
                select(Document.id).where(
                    or_(
                        Document.id.in_(
                            select(ExtractedField.document_id).where(
                                ExtractedField.name == "order_number",
                                ExtractedField.value.in_(numbers),
                            )
                        ),
                        (Document.doc_type == "purchase_order")
                        & Document.document_number.in_(numbers),
                    )
                )
            ).scalars()
        )
    ids.discard(doc.id)
    return sorted(ids)


def linked(session: Session, doc: Document) -> list[Document]:
    ids = linked_ids(session, doc)
    if not ids:
        return []
    return list(session.execute(select(Document).where(Document.id.in_(ids))).scalars())


def order_documents(session: Session, order_id: int) -> list[int]:
    order = session.get(Order, order_id)
    if order is None:
        raise NotArchived(f"order {order_id} does not exist")
    doc = get_document(session, order.document_id)
    return [doc.id, *linked_ids(session, doc)]
