"""What the order screens count and list beside the orders themselves: orders per status,
open discrepancies per order, of one document, or all of them (sorted, by kind)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import of_document
from models.enums import OrderStatus
from models.linking import Discrepancy
from models.orders import Order

OPEN = "open"
MAX_LISTED = 500
# the open discrepancies' sortable columns (``-name`` reverses); oldest first by default
DISCREPANCY_SORTS: dict[str, tuple[Any, ...]] = {
    "age": (Discrepancy.created_at, Discrepancy.id),
    "kind": (Discrepancy.kind, Discrepancy.id),
    "order": (Discrepancy.order_id, Discrepancy.id),
    "document": (Discrepancy.document_id, Discrepancy.id),
}


def order_status_counts(session: Session) -> list[tuple[str, int]]:
    """How many orders are in each status, every status listed (0 when none)."""
    counts = dict(session.execute(select(Order.status, func.count()).group_by(Order.status)).all())
    return [(s.value, counts.get(s.value, 0)) for s in OrderStatus]


def open_counts_by_order(session: Session, order_ids: list[int]) -> dict[int, int]:
    """How many discrepancies are open on each of ``order_ids`` (absent: none)."""
    if not order_ids:
        return {}
    rows = session.execute(
        select(Discrepancy.order_id, func.count())
        .where(Discrepancy.status == OPEN, Discrepancy.order_id.in_(order_ids))
        .group_by(Discrepancy.order_id)
    ).all()
    return {order_id: count for order_id, count in rows if order_id is not None}


def open_of_document(session: Session, document_id: int) -> list[Discrepancy]:
    """The open discrepancies a document raised, oldest first."""
    return of_document(session, Discrepancy, document_id, Discrepancy.status == OPEN)


def open_discrepancies(
    session: Session, *, kind: str = "", sort: str = "age", limit: int = MAX_LISTED
) -> list[Discrepancy]:
    """Open discrepancies (of one kind, when given) in the order asked for."""
    desc = sort.startswith("-")
    columns = DISCREPANCY_SORTS.get(sort.lstrip("-"), DISCREPANCY_SORTS["age"])
    query = select(Discrepancy).where(Discrepancy.status == OPEN)
    if kind:
        query = query.where(Discrepancy.kind == kind)
    rows = session.execute(
        query.order_by(*[c.desc() if desc else c for c in columns]).limit(limit)
    ).scalars()
    return list(rows)


def open_kinds(session: Session) -> list[str]:
    """The kinds of discrepancy open now, for the list's filter."""
    rows = session.execute(select(Discrepancy.kind).where(Discrepancy.status == OPEN)).scalars()
    return sorted(set(rows))
