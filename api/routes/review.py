"""Queues for integrations and dashboards: what waits where, and what is overdue."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.auth import CurrentActor
from api.deps import DbSession, Pages
from api.schemas import Page
from approvals.claims import holder
from approvals.queues import due_first, is_overdue, queue_counts, queue_query
from models.base import utcnow

router = APIRouter(prefix="/api/queues", tags=["review"])


@router.get("")
def list_queues(_actor: CurrentActor, session: DbSession) -> dict[str, Any]:
    """Open work per queue, with how much of it is overdue."""
    return {"queues": queue_counts(session)}


@router.get("/{queue}", response_model=Page)
def queue_items(
    *,
    queue: str,
    overdue: bool = False,
    paging: Pages,
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    """The queue's documents, overdue first, then by due time."""
    rows, total = due_first(
        session, queue_query(queue=queue, overdue=overdue), paging.limit, paging.offset
    )
    now = utcnow()
    return Page(
        items=[
            {
                "document_id": doc.id,
                "document_number": doc.document_number,
                "customer_name": doc.customer_name,
                "total_gross": doc.total_gross,
                "currency": doc.currency,
                "queue": task.queue,
                "reason": task.reason,
                "created_at": task.created_at,
                "due_at": task.due_at,
                "overdue": is_overdue(task, now),
                "claimed_by": holder(task, now),
            }
            for doc, task in rows
        ],
        total=total,
    )
