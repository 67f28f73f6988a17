"""Queues for integrations and dashboards: what waits where, and what is overdue."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import func, select

from api.auth import CurrentActor
from api.deps import DbSession
from api.schemas import Page
from api.web.pages.queue import queue_counts, queue_query
from models.base import utcnow
from models.review import ReviewTask

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
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    """The queue's documents, overdue first, then by due time."""
    query = queue_query(queue=queue, overdue=overdue)
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    now = utcnow()
    rows = session.execute(
        query.order_by(ReviewTask.due_at.is_(None), ReviewTask.due_at, ReviewTask.id)
        .limit(limit)
        .offset(offset)
    ).all()
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
                "overdue": bool(task.due_at and task.due_at < now),
                "claimed_by": task.claimed_by
                if task.claimed_until and task.claimed_until > now
                else None,
            }
            for doc, task in rows
        ],
        total=total,
    )
