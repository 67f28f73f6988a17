"""An order's timeline and a document's links, as plain data for REST and the web pages."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from linking.facts import read
from linking.reconcile import picture
from linking.rules import KINDS
from linking.tasks import LINK_REVIEW
from models.audit import AuditEvent
from models.db import count_of
from models.documents import Document
from models.enums import TaskStatus
from models.linking import Discrepancy, DocumentLink, LinkCandidate, PaymentAllocation
from models.order_shape import OrderSummary
from models.order_shape import amount as amt
from models.order_shape import quantity as qty
from models.orders import Order
from models.review import ReviewTask
from models.settings.linking import LinkingSettings

ZERO = Decimal(0)


def allocation_out(a: PaymentAllocation) -> dict[str, Any]:
    """What a payment settled of one invoice: paid, discounted, written off, and why."""
    return {
        "invoice_document_id": a.invoice_document_id,
        "invoice_number": a.invoice_number,
        "amount": amt(a.amount),
        "discount": amt(a.discount),
        "written_off": amt(a.written_off),
        "reason": a.reason,
    }


def discrepancy_out(d: Discrepancy) -> dict[str, Any]:
    return {
        "id": d.id,
        "kind": d.kind,
        "label": KINDS.get(d.kind, d.kind),
        "message": d.message,
        "document_id": d.document_id,
        "order_id": d.order_id,
        "order_line_id": d.order_line_id,
        "invoice_document_id": d.invoice_document_id,
        "expected": qty(d.expected),
        "actual": qty(d.actual),
        "status": d.status,
        "resolution": d.resolution,
        "resolved_by": d.resolved_by,
        "resolved_at": d.resolved_at,
        "note": d.note,
        "created_at": d.created_at,
    }


def order_view(
    session: Session, order: Order, settings: LinkingSettings | None = None
) -> dict[str, Any]:
    """Everything about one order: lines with the three-way quantities, every document in
    date order with its status and discrepancies, payments, balances and status history."""
    pic = picture(session, order, settings or LinkingSettings())
    discrepancies = list(
        session.execute(
            select(Discrepancy)
            .where(
                or_(
                    Discrepancy.order_id == order.id,
                    Discrepancy.document_id.in_([d.doc.id for d in pic.docs] or [-1]),
                )
            )
            .order_by(Discrepancy.status.desc(), Discrepancy.id)
        ).scalars()
    )
    by_doc: dict[int, list[dict[str, Any]]] = {}
    for d in discrepancies:
        by_doc.setdefault(d.document_id, []).append(discrepancy_out(d))
    po = session.get(Document, order.document_id)
    documents = []
    if po is not None:
        documents.append(_doc_entry(po, None, by_doc))
    for entry in pic.docs:
        documents.append(_doc_entry(entry.doc, entry.link, by_doc))
    balances = {b.invoice_id: b for b in pic.invoices}
    invoices = [
        {
            "document_id": b.invoice_id,
            "number": b.number,
            "gross": amt(b.gross),
            "credited": amt(b.credited),
            "paid": amt(b.paid),
            "discount": amt(b.discount),
            "written_off": amt(b.written_off),
            "open": amt(b.open),
        }
        for b in balances.values()
    ]
    payments = [
        {
            "payment_document_id": a.payment_document_id,
            **allocation_out(a),
            "payment_date": a.payment_date,
        }
        for a in session.execute(
            select(PaymentAllocation)
            .where(PaymentAllocation.invoice_document_id.in_(list(balances) or [-1]))
            .order_by(PaymentAllocation.id)
        ).scalars()
    ]
    history = [
        {
            "at": e.occurred_at,
            "actor": e.actor,
            "from": e.data.get("from"),
            "to": e.data.get("to"),
            "document_id": e.data.get("document_id"),
        }
        for e in session.execute(
            select(AuditEvent)
            .where(
                AuditEvent.entity_type == "order",
                AuditEvent.entity_id == str(order.id),
                AuditEvent.action == "status_changed",
            )
            .order_by(AuditEvent.seq)
        ).scalars()
    ]
    head = OrderSummary.model_validate(order).model_dump()
    return {
        **head,
        "lines": [
            {
                "id": lp.order_line.id,
                "position": lp.order_line.position,
                "sku": lp.order_line.sku,
                "description": lp.order_line.description,
                "unit": lp.order_line.unit,
                "unit_price": amt(lp.order_line.unit_price),
                "line_total": amt(lp.order_line.line_total),
                "tax_rate": qty(lp.order_line.tax_rate),
                "quantity": qty(lp.ordered),
                "ordered": qty(lp.ordered),
                "confirmed": qty(lp.confirmed),
                "delivered": qty(lp.delivered),
                "invoiced": qty(lp.net_invoiced),
                "credited": qty(lp.credited),
                "backorder": qty(lp.backorder),
            }
            for lp in pic.lines
        ],
        "documents": documents,
        "invoices": invoices,
        "payments": payments,
        "discrepancies": [discrepancy_out(d) for d in discrepancies],
        "open_discrepancies": sum(1 for d in discrepancies if d.status == "open"),
        "totals": {
            "ordered_net": amt(order.total_net),
            "invoiced_net": amt(pic.invoiced_net),
            "invoiced_gross": amt(sum((b.due for b in balances.values()), ZERO)),
            "paid": amt(pic.paid_amount),
            "discount": amt(sum((b.discount for b in balances.values()), ZERO)),
            "written_off": amt(sum((b.written_off for b in balances.values()), ZERO)),
            "open_balance": amt(pic.open_balance),
        },
        "history": history,
    }


def _doc_entry(
    doc: Document, link: DocumentLink | None, by_doc: dict[int, list[dict[str, Any]]]
) -> dict[str, Any]:
    facts = read(doc)
    return {
        "document_id": doc.id,
        "doc_type": doc.doc_type,
        "document_number": facts.number,
        "document_date": facts.date,
        "status": doc.status,
        "total_net": amt(facts.total_net),
        "total_gross": amt(facts.total_gross),
        "currency": facts.currency,
        "link": None
        if link is None
        else {
            "method": link.method,
            "score": link.score,
            "reference": link.reference,
            "linked_by": link.linked_by,
            "related_document_id": link.related_document_id,
            "created_at": link.created_at,
        },
        "discrepancies": by_doc.get(doc.id, []),
    }


def document_links(session: Session, document_id: int) -> list[dict[str, Any]]:
    """The orders a document is linked to (with its line links), or the candidates offered
    while it waits in link review; the ``links`` of ``GET /api/documents/{id}``."""
    out: list[dict[str, Any]] = []
    rows = session.execute(
        select(DocumentLink, Order)
        .join(Order, Order.id == DocumentLink.order_id)
        .where(DocumentLink.document_id == document_id)
        .order_by(DocumentLink.id)
    ).all()
    for link, order in rows:
        out.append(
            {
                "kind": "order",
                "order_id": order.id,
                "order_number": order.order_number,
                "order_status": order.status,
                "role": link.role,
                "method": link.method,
                "score": link.score,
                "reference": link.reference,
                "related_document_id": link.related_document_id,
                "lines": [
                    {
                        "document_line_id": ll.document_line_id,
                        "order_line_id": ll.order_line_id,
                        "kind": ll.kind,
                        "quantity": qty(ll.quantity),
                        "unit_price": amt(ll.unit_price),
                        "amount": amt(ll.amount),
                        "match": ll.match,
                    }
                    for ll in link.lines
                ],
            }
        )
    po_order = session.execute(
        select(Order).where(Order.document_id == document_id)
    ).scalar_one_or_none()
    if po_order is not None:
        out.append(
            {
                "kind": "order",
                "order_id": po_order.id,
                "order_number": po_order.order_number,
                "order_status": po_order.status,
                "role": "purchase_order",
                "method": "source",
                "score": None,
                "reference": None,
                "related_document_id": None,
                "lines": [],
            }
        )
    for cand, order in session.execute(
        select(LinkCandidate, Order)
        .join(Order, Order.id == LinkCandidate.order_id)
        .where(LinkCandidate.document_id == document_id)
        .order_by(LinkCandidate.rank)
    ).all():
        out.append(
            {
                "kind": "candidate",
                "order_id": order.id,
                "order_number": order.order_number,
                "order_status": order.status,
                "rank": cand.rank,
                "score": cand.score,
                "reasons": cand.reasons,
            }
        )
    for a in session.execute(
        select(PaymentAllocation)
        .where(PaymentAllocation.payment_document_id == document_id)
        .order_by(PaymentAllocation.id)
    ).scalars():
        out.append({"kind": "payment", **allocation_out(a)})
    return out


def find_orders(session: Session, text: str, limit: int = 20) -> list[Order]:
    """Orders by number or customer, for a person looking for a document's order by hand."""
    text = (text or "").strip()
    if not text:
        return []
    like = f"%{text}%"
    return list(
        session.execute(
            select(Order)
            .where(
                or_(
                    Order.order_number.ilike(like),
                    Order.customer_name.ilike(like),
                    Order.customer_number.ilike(like),
                )
            )
            .order_by(Order.id.desc())
            .limit(limit)
        ).scalars()
    )


def link_review_items(
    session: Session, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Documents waiting for a person to say which order they belong to (oldest first),
    each with its ranked candidate orders; and how many wait in all."""
    query = (
        select(ReviewTask, Document)
        .join(Document, Document.id == ReviewTask.document_id)
        .where(ReviewTask.queue == LINK_REVIEW, ReviewTask.status != TaskStatus.DONE)
    )
    total = count_of(session, query)
    rows = session.execute(query.order_by(ReviewTask.created_at).limit(limit).offset(offset)).all()
    items = [
        {
            "task_id": task.id,
            "document_id": doc.id,
            "doc_type": doc.doc_type,
            "document_number": doc.document_number,
            "customer_name": doc.customer_name,
            "total_gross": doc.total_gross,
            "currency": doc.currency,
            "reason": task.reason,
            "created_at": task.created_at,
            "candidates": [c for c in document_links(session, doc.id) if c["kind"] == "candidate"],
        }
        for task, doc in rows
    ]
    return items, total


def discrepancies(
    session: Session,
    *,
    status: str | None,
    kind: str | None,
    order_id: int | None,
    document_id: int | None,
    limit: int,
    offset: int,
) -> tuple[list[Discrepancy], int]:
    """Discrepancies (newest first) of a status, a kind, an order or a document; the total."""
    query = select(Discrepancy)
    if status:
        query = query.where(Discrepancy.status == status)
    if kind:
        query = query.where(Discrepancy.kind == kind)
    if order_id is not None:
        query = query.where(Discrepancy.order_id == order_id)
    if document_id is not None:
        query = query.where(Discrepancy.document_id == document_id)
    rows = session.execute(query.order_by(Discrepancy.id.desc()).limit(limit).offset(offset))
    return list(rows.scalars()), count_of(session, query)


def list_orders(
    session: Session, *, q: str | None, status: str | None, limit: int, offset: int
) -> tuple[list[Order], int]:
    """Orders (newest first) whose number or customer holds ``q``, of a status; the total."""
    query = Order.matching(q, status)
    orders = session.execute(query.order_by(Order.id.desc()).limit(limit).offset(offset))
    return list(orders.scalars()), count_of(session, query)
