"""What an auditor sees of one archived document: its parts and manifests, the documents
linked to it, and its audit history. Every view is an audit event itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.archive import ArchiveObject
from models.audit import document_event, events_of
from models.db import of_document
from models.documents import Document, ExtractedField
from models.enums import Role
from models.errors import NotFound
from models.order_shape import OrderLineShape, order_json
from models.orders import Order

if TYPE_CHECKING:
    from archive.store import ArchiveStore


class NotArchived(NotFound, LookupError):
    """No such document; the message names it."""


def get_document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotArchived(f"document {document_id} does not exist")
    return doc


def record_view(session: Session, actor: str, document_id: int, via: str) -> None:
    """An auditor looked at a document (web or REST): part of its history."""
    document_event(session, document_id, actor=actor, action="viewed", data={"via": via})


def note_look(session: Session, actor: str, role: str, document_id: int, via: str) -> bool:
    """A look at a document joins its history when an auditor took it (an audit is itself
    on record; the desk's own looks, many a day, are not). True when it was recorded."""
    if role != Role.AUDITOR:
        return False
    record_view(session, actor, document_id, via)
    return True


def history(session: Session, document_id: int) -> list[dict[str, Any]]:
    events = events_of(session, "document", document_id)
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
    return of_document(session, ArchiveObject, document_id)


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


def read_part(
    session: Session, store: ArchiveStore, doc: Document, kind: str, *, actor: str
) -> bytes:
    """The bytes of the document's newest archived part of that kind (an original, a
    confirmation, an order response); every read is a ``downloaded`` event in its history."""
    obj = session.execute(
        select(ArchiveObject)
        .where(ArchiveObject.document_id == doc.id, ArchiveObject.kind == kind)
        .order_by(ArchiveObject.id.desc())
    ).scalar()
    if obj is None:
        raise NotFound(f"document {doc.id} has no archived {kind} (yet)")
    data = store.get(obj.key, obj.version_id)
    document_event(session, doc.id, actor=actor, action="downloaded", data={"kind": kind})
    return data


def document_data(session: Session, doc: Document) -> dict[str, Any]:
    """A document's data for an auditor: header, fields with provenance, its lines (in the
    order line shape), what was extracted and approved, and the order it became (or None)."""
    order = session.execute(select(Order).where(Order.document_id == doc.id)).scalar()
    return {
        "id": doc.id,
        "doc_type": doc.doc_type,
        "status": doc.status,
        "channel": doc.channel,
        "sha256": doc.sha256,
        "document_number": doc.document_number,
        "document_date": doc.document_date,
        "customer_name": doc.customer_name,
        "currency": doc.currency,
        "total_gross": doc.total_gross,
        "received_at": doc.received_at,
        "decided_at": doc.decided_at,
        "decided_by": doc.decided_by,
        "archived_at": doc.archived_at,
        "fields": {
            f.name: {
                "value": f.value,
                "confidence": f.confidence,
                "page": f.page,
                "bbox": f.bbox,
                "source": f.source,
                "machine_value": f.machine_value,
                "corrected_by": f.corrected_by,
            }
            for f in doc.fields
        },
        "lines": [OrderLineShape.model_validate(li).model_dump() for li in doc.lines],
        "order": order_json(order) if order is not None else None,
        "extraction": doc.extraction,
        "approved_data": doc.approved_data,
    }


def archive_view(session: Session, document_id: int) -> dict[str, Any]:
    """A document as an auditor sees it (REST and the archive page): its data, its archived
    parts with retention and holds, the documents linked to it, and its history."""
    doc = get_document(session, document_id)
    return {
        "document": document_data(session, doc),
        "original_url": f"/api/documents/{doc.id}/original",
        "archive": [
            {
                "kind": o.kind,
                "key": o.key,
                "version_id": o.version_id,
                "sha256": o.sha256,
                "size": o.size,
                "retain_until": o.retain_until,
                "legal_hold": o.legal_hold,
                "stored_at": o.stored_at,
            }
            for o in parts(session, doc.id)
        ],
        "linked": [
            {
                "id": d.id,
                "doc_type": d.doc_type,
                "document_number": d.document_number,
                "status": d.status,
            }
            for d in linked(session, doc)
        ],
        "history": history(session, doc.id),
    }
