"""A small world of documents and orders with known timings, corrections, checks and tasks,
built the way the pipeline leaves its rows, for the KPI, metrics and dashboard tests.

The hand-computed figures the tests compare against are derived in the comments here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from models.audit import record_event
from models.documents import Check, Document, DocumentLine, ExtractedField
from models.enums import DocStatus, OrderStatus, TaskStatus
from models.linking import Discrepancy
from models.orders import Order
from models.review import ReviewTask

NOW = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)
FROM, TO = "2026-03-01", "2026-03-07"


def at(day: int, hour: int, minute: int = 0, second: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, second, tzinfo=dt.UTC)


def timed_doc(
    session: Session,
    doc_type: str | None,
    channel: str,
    customer: str | None,
    received: dt.datetime,
    extracted: dt.datetime | None = None,
    decided: dt.datetime | None = None,
    decided_by: str | None = None,
    *,
    status: str = DocStatus.APPROVED,
    fields: dict[str, str] | None = None,
    corrected: tuple[str, ...] = (),
    lines: int = 0,
    lines_corrected_by: str | None = None,
    **extra: Any,
) -> Document:
    """A document with the timings the pipeline stamps on it (the name and hash come from
    ``received``: give each document its own second)."""
    doc = Document(
        sha256=f"{received.timestamp():064.0f}"[-64:],
        original_name=f"{doc_type}-{received:%d%H%M}.pdf",
        channel=channel,
        status=status,
        doc_type=doc_type,
        customer_name=customer,
        received_at=received,
        extracted_at=extracted,
        decided_at=decided,
        decided_by=decided_by,
        **extra,
    )
    for name, value in (fields or {}).items():
        field = ExtractedField(name=name, value=value, confidence=0.9, source="text")
        if name in corrected:
            field.machine_value, field.source = "wrong", "human"
            field.corrected_by, field.corrected_at = decided_by, decided
        doc.fields.append(field)
    for pos in range(1, lines + 1):
        doc.lines.append(
            DocumentLine(position=pos, quantity=Decimal(1), corrected_by=lines_corrected_by)
        )
    session.add(doc)
    session.flush()
    return doc


def _order(
    session: Session,
    doc: Document,
    *,
    created: dt.datetime,
    total: str,
    currency: str,
    delivery: dt.date | None,
    transitions: list[tuple[str, dt.datetime]],
) -> Order:
    order = Order(
        document_id=doc.id,
        order_number=f"PO-{doc.id}",
        customer_name=doc.customer_name,
        currency=currency,
        total_gross=Decimal(total),
        delivery_date=delivery,
        status=transitions[-1][0] if transitions else OrderStatus.APPROVED,
        created_at=created,
    )
    session.add(order)
    session.flush()
    previous = OrderStatus.APPROVED.value
    for status, when in transitions:
        event = record_event(
            session,
            actor="system:linking",
            action="status_changed",
            entity_type="order",
            entity_id=order.id,
            data={"from": previous, "to": status},
        )
        event.occurred_at = when  # a test world: the times are set, the chain is not verified
        previous = status
    return order


def _task(
    session: Session,
    doc: Document,
    queue: str,
    status: TaskStatus,
    created: dt.datetime,
    *,
    due: dt.datetime,
) -> None:
    """The document waits in a review queue since ``created``, due at ``due``."""
    session.add(
        ReviewTask(document_id=doc.id, queue=queue, status=status, created_at=created, due_at=due)
    )


def build_world(session: Session) -> dict[str, int]:
    """Returns the ids by name. Period 2026-03-01..07, 'now' 2026-03-20 12:00 UTC."""
    sys = "system:approvals"
    f2 = {"document_number": "N", "total_gross": "1"}
    PO, INV = "purchase_order", "invoice"
    # doc(type, channel, customer, received, extracted, decided, decided by, ...)
    doc = partial(timed_doc, session)
    feb = partial(at, month=2)
    TG = ("total_gross",)
    ids: dict[str, int] = {}
    # 1: touchless PO; machine 60 s, waiting 60 s
    d1 = doc(PO, "folder", "Acme", at(1, 11, 58), at(1, 11, 59), at(1, 12), sys, fields=f2, lines=1)
    # 2: PO whose total a clerk corrected; machine 600 s, waiting 6600 s
    d2 = doc(
        PO, "mail", "Acme", at(2, 8), at(2, 8, 10), at(2, 10), "alice", fields=f2, corrected=TG
    )
    # 3: touchless invoice with a warning; machine 300 s, waiting 0 s
    d3 = doc(INV, "folder", "Bolt SA", at(3, 9), at(3, 9, 5), at(3, 9, 5), sys, fields=f2, lines=1)
    session.add(Check(document_id=d3.id, rule="price_check", outcome="warn", message="x"))
    session.add(Check(document_id=d3.id, rule="mandatory", outcome="pass", message="ok"))
    # 4: invoice whose lines a clerk edited; machine 120 s, waiting 3600 s; a failing check
    d4 = doc(
        INV,
        "mail",
        "Bolt SA",
        at(3, 10),
        at(3, 10, 2),
        at(3, 11, 2),
        "bob",
        fields={"document_number": "N"},
        lines=2,
        lines_corrected_by="bob",
    )
    session.add(Check(document_id=d4.id, rule="arithmetic", outcome="fail", message="x"))
    session.add(Discrepancy(document_id=d4.id, kind="price_mismatch", message="x"))
    session.add(
        Discrepancy(document_id=d3.id, kind="price_mismatch", message="x", status="resolved")
    )
    # 5: PO waiting in review, overdue
    d5 = doc(PO, "upload", "ACME", at(4, 10), at(4, 10, 1), status=DocStatus.IN_REVIEW, fields=f2)
    session.add(Check(document_id=d5.id, rule="unknown_customer", outcome="fail", message="x"))
    _task(session, d5, "needs_review", TaskStatus.OPEN, at(4, 10, 1), due=at(5, 10, 1))
    # 6: duplicate of 1; 7: quarantined
    d6 = doc(None, "folder", None, at(5, 10), status=DocStatus.DUPLICATE, duplicate_of_id=d1.id)
    d7 = doc(
        None,
        "folder",
        None,
        at(5, 11),
        status=DocStatus.QUARANTINED,
        error="not a PDF",
        error_code="unreadable",
    )
    # a batch scan split into documents: counts as its pieces only (none here), never itself
    doc(None, "folder", None, at(5, 12), status=DocStatus.SPLIT)
    # 8: outside the period (February), touchless: must not count
    d8 = doc(PO, "folder", "Acme", feb(20, 9), feb(20, 9, 1), feb(20, 9, 1), sys, fields=f2)
    # 9: invoice in the price-check queue, due later than 'now'
    d9 = doc(INV, "upload", "Bolt SA", at(6, 10), at(6, 10, 5), status=DocStatus.IN_REVIEW)
    _task(session, d9, "price_check", TaskStatus.CLAIMED, at(6, 10, 5), due=at(25, 10))
    # 10: touchless PO of another customer, in USD; machine 60 s, waiting 0 s
    d10 = doc(PO, "folder", "Cargo Ltd", at(7, 9), at(7, 9, 1), at(7, 9, 1), sys, fields=f2)
    # orders: 1 delivered late and paid 10 days after invoicing; 2 not delivered, overdue;
    # 10 delivered on its day; 8 outside the period
    _order(
        session,
        d1,
        created=at(1, 12),
        total="100.00",
        currency="EUR",
        delivery=dt.date(2026, 3, 5),
        transitions=[
            ("confirmed", at(2, 12)),
            ("delivered", at(6, 12)),
            ("invoiced", at(7, 12)),
            ("paid", at(17, 12)),
        ],
    )
    _order(
        session,
        d2,
        created=at(2, 10),
        total="50.50",
        currency="EUR",
        delivery=dt.date(2026, 3, 8),
        transitions=[],
    )
    _order(
        session,
        d10,
        created=at(7, 9, 1),
        total="200.00",
        currency="USD",
        delivery=dt.date(2026, 3, 9),
        transitions=[("delivered", at(9, 15)), ("invoiced", at(9, 16))],
    )
    _order(
        session,
        d8,
        created=at(20, 9, 1, month=2),
        total="999.00",
        currency="EUR",
        delivery=None,
        transitions=[("paid", at(25, 9, month=2))],
    )
    for name, d in (
        ("d1", d1),
        ("d2", d2),
        ("d3", d3),
        ("d4", d4),
        ("d5", d5),
        ("d6", d6),
        ("d7", d7),
        ("d8", d8),
        ("d9", d9),
        ("d10", d10),
    ):
        ids[name] = d.id
    session.commit()
    return ids
