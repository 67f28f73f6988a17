"""Load the rows the KPIs are computed from, in a handful of set-based queries.

Figures are computed in Python over these rows rather than in SQL, because durations and
day buckets are written differently on SQLite and PostgreSQL and because each figure must
also know exactly which documents it counted (the dashboard's click-through). Only the
columns needed are read, with the filters applied in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, cast, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.documents import Check, Document, DocumentLine, ExtractedField
from models.enums import CheckOutcome, DocStatus, TaskStatus
from models.linking import Discrepancy, DocumentLink
from models.orders import Order
from models.review import ReviewTask
from models.workers import WorkerBeat
from reporting.filters import KpiFilter

SYSTEM_PREFIX = "system:"


@dataclass
class DocFact:
    id: int
    channel: str
    doc_type: str | None
    customer: str | None
    status: str
    received_at: dt.datetime
    extracted_at: dt.datetime | None
    decided_at: dt.datetime | None
    decided_by: str | None
    duplicate_of: int | None
    error_code: str | None
    fields: set[str] = field(default_factory=set)
    corrected_fields: set[str] = field(default_factory=set)
    has_lines: bool = False
    lines_corrected: bool = False
    corrected_event: bool = False
    checks: set[tuple[str, str]] = field(default_factory=set)  # (rule, outcome) not passing
    discrepancies: set[tuple[str, str]] = field(default_factory=set)  # (kind, open|resolved)

    @property
    def human_changed(self) -> bool:
        return bool(self.corrected_fields) or self.lines_corrected or self.corrected_event

    @property
    def decided_by_system(self) -> bool:
        return bool(self.decided_by) and str(self.decided_by).startswith(SYSTEM_PREFIX)


@dataclass
class OrderFact:
    id: int
    document_id: int
    customer: str | None
    currency: str | None
    total_gross: Decimal | None
    created_at: dt.datetime
    delivery_date: dt.date | None
    status: str
    # first time the order entered each status, from its status_changed audit events
    reached: dict[str, dt.datetime] = field(default_factory=dict)
    # the follow-up documents linked to it (confirmation, deliveries, invoices, payments)
    follow_ups: list[FollowUp] = field(default_factory=list)


@dataclass
class FollowUp:
    received_at: dt.datetime
    extracted_at: dt.datetime | None
    decided_at: dt.datetime | None
    decided_by: str | None

    def split(self) -> tuple[float, float]:
        """(machine, person) seconds this document took from arrival to decision."""
        if self.extracted_at is None:
            return 0.0, 0.0
        machine = (self.extracted_at - self.received_at).total_seconds()
        if self.decided_at is None:
            return machine, 0.0
        after = (self.decided_at - self.extracted_at).total_seconds()
        if self.decided_by and str(self.decided_by).startswith(SYSTEM_PREFIX):
            return machine + after, 0.0
        return machine, after


@dataclass
class TaskFact:
    id: int
    document_id: int
    queue: str
    created_at: dt.datetime
    due_at: dt.datetime | None


def _doc_ids(flt: KpiFilter) -> Select[Any]:
    return select(Document.id).where(*flt.document_conditions())


def _approved_ids(flt: KpiFilter, column: Any = Document.id) -> Select[Any]:
    """The filter's approved documents (``column``: their id, or the id as audit events name
    it): fields, lines and corrections matter only for those (touchless, corrections)."""
    return select(column).where(*flt.document_conditions(), Document.status == DocStatus.APPROVED)


def _orders_in(flt: KpiFilter, *columns: Any) -> Select[Any]:
    """The orders created in the period whose document passes the channel and customer
    filters (``columns`` of them)."""
    return (
        select(*columns)
        .join(Document, Document.id == Order.document_id)
        .where(Order.created_at >= flt.start, Order.created_at < flt.end, *flt.party_conditions())
    )


def load_documents(session: Session, flt: KpiFilter) -> dict[int, DocFact]:
    rows = session.execute(
        select(
            Document.id,
            Document.channel,
            Document.doc_type,
            Document.customer_name,
            Document.status,
            Document.received_at,
            Document.extracted_at,
            Document.decided_at,
            Document.decided_by,
            Document.duplicate_of_id,
            Document.error_code,
        ).where(*flt.document_conditions())
    ).all()
    docs = {r[0]: DocFact(*r) for r in rows}
    if not docs:
        return docs
    ids = _doc_ids(flt).scalar_subquery()
    approved = _approved_ids(flt).scalar_subquery()
    conn = session.connection()  # plain rows: no ORM bookkeeping for 100 000s of them
    for doc_id, name, corrected_by in conn.execute(
        select(ExtractedField.document_id, ExtractedField.name, ExtractedField.corrected_by).where(
            ExtractedField.document_id.in_(approved)
        )
    ):
        docs[doc_id].fields.add(name)
        if corrected_by:
            docs[doc_id].corrected_fields.add(name)
    for doc_id, corrected in conn.execute(
        select(DocumentLine.document_id, DocumentLine.corrected_by.is_not(None))
        .where(DocumentLine.document_id.in_(approved))
        .distinct()
    ):
        docs[doc_id].has_lines = True
        docs[doc_id].lines_corrected |= bool(corrected)
    for entity_id, actor in session.execute(
        select(AuditEvent.entity_id, AuditEvent.actor).where(
            AuditEvent.entity_type == "document",
            AuditEvent.action == "corrected",
            AuditEvent.entity_id.in_(_approved_ids(flt, cast(Document.id, String))),
        )
    ):
        if not str(actor).startswith(SYSTEM_PREFIX) and entity_id and int(entity_id) in docs:
            docs[int(entity_id)].corrected_event = True
    for doc_id, rule, outcome in conn.execute(
        select(Check.document_id, Check.rule, Check.outcome).where(
            Check.document_id.in_(ids), Check.outcome.in_([CheckOutcome.FAIL, CheckOutcome.WARN])
        )
    ):
        docs[doc_id].checks.add((rule, outcome))
    for doc_id, kind, status in session.execute(
        select(Discrepancy.document_id, Discrepancy.kind, Discrepancy.status).where(
            Discrepancy.document_id.in_(ids)
        )
    ):
        docs[doc_id].discrepancies.add((kind, "open" if status == "open" else "resolved"))
    return docs


def load_orders(session: Session, flt: KpiFilter) -> dict[int, OrderFact]:
    rows = session.execute(
        _orders_in(
            flt,
            Order.id,
            Order.document_id,
            Order.customer_name,
            Order.currency,
            Order.total_gross,
            Order.created_at,
            Order.delivery_date,
            Order.status,
        )
    ).all()
    orders = {r[0]: OrderFact(*r) for r in rows}
    if not orders:
        return orders
    order_ids = _orders_in(flt, cast(Order.id, String))
    events = session.execute(
        select(AuditEvent.entity_id, AuditEvent.occurred_at, AuditEvent.data)
        .where(
            AuditEvent.entity_type == "order",
            AuditEvent.action == "status_changed",
            AuditEvent.entity_id.in_(order_ids),
        )
        .order_by(AuditEvent.seq)
    )
    for entity_id, occurred_at, data in events:
        status = new_status(data)
        fact = orders.get(int(entity_id)) if entity_id else None
        if fact is not None and status and status not in fact.reached:
            fact.reached[status] = occurred_at
    for order_id, received, extracted, decided, decided_by in session.execute(
        select(
            DocumentLink.order_id,
            Document.received_at,
            Document.extracted_at,
            Document.decided_at,
            Document.decided_by,
        )
        .join(Document, Document.id == DocumentLink.document_id)
        .where(DocumentLink.order_id.in_(list(orders)))
    ):
        orders[order_id].follow_ups.append(FollowUp(received, extracted, decided, decided_by))
    return orders


def new_status(data: dict[str, Any] | None) -> str | None:
    """The status an order moved to, as the linking stage records it."""
    if not isinstance(data, dict):
        return None
    for key in ("to", "status", "new_status", "after", "new"):
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def load_open_tasks(session: Session, flt: KpiFilter) -> list[TaskFact]:
    rows = session.execute(
        select(
            ReviewTask.id,
            ReviewTask.document_id,
            ReviewTask.queue,
            ReviewTask.created_at,
            ReviewTask.due_at,
        )
        .join(Document, Document.id == ReviewTask.document_id)
        .where(ReviewTask.status != TaskStatus.DONE, *flt.document_conditions(with_period=False))
    ).all()
    return [TaskFact(*r) for r in rows]


def group_ids(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for key, doc_id in pairs:
        out[key].append(doc_id)
    return out


def load_workers(session: Session, now: dt.datetime, alive_after: dt.timedelta) -> dict[str, int]:
    """Workers alive now (beat recently, not stopped) and workers seen in the last day."""
    rows = session.execute(
        select(WorkerBeat.last_seen, WorkerBeat.stopped_at).where(
            WorkerBeat.last_seen >= now - dt.timedelta(days=1)
        )
    ).all()
    alive = sum(1 for seen, stopped in rows if stopped is None and now - seen <= alive_after)
    return {"alive": alive, "seen_today": len(rows)}
