"""Queues for integrations and dashboards: what waits where, and what is overdue."""

from __future__ import annotations

from fastapi import APIRouter

from api.acting import Listed
from api.auth import CurrentActor
from api.deps import DbSession
from api.schemas import QueueCounts, QueueItem, QueuePage
from approvals.claims import holder
from approvals.queues import due_first, is_overdue, queue_counts, queue_query
from models.base import utcnow

router = APIRouter(prefix="/api/queues", tags=["review"])


@router.get("")
def list_queues(_actor: CurrentActor, session: DbSession) -> QueueCounts:
    """Open work per queue, with how much of it is overdue."""
    return QueueCounts.model_validate({"queues": queue_counts(session)})


@router.get("/{queue}", response_model=QueuePage)
def queue_items(
    *,
    queue: str,
    overdue: bool = False,
    on: Listed,
) -> QueuePage:
    """The queue's documents, overdue first, then by due time."""
    rows, total = due_first(
        on.session, queue_query(queue=queue, overdue=overdue), on.paging.limit, on.paging.offset
    )
    now = utcnow()
    return QueuePage(
        items=[
            QueueItem.model_validate(
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
            )
            for doc, task in rows
        ],
        total=total,
    )
