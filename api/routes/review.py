"""Queues for integrations and dashboards: what waits where, and what is overdue."""

from __future__ import annotations

from fastapi import APIRouter

from api.acting import Listed
from api.auth import CurrentActor
from api.deps import DbSession
from api.schemas import QueueCounts, QueueItem, QueuePage
from approvals.queues import queue_counts, queue_query, queue_rows

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
    rows, total = queue_rows(
        on.session,
        queue_query(queue=queue, overdue=overdue),
        limit=on.paging.limit,
        offset=on.paging.offset,
    )
    return QueuePage(
        items=[QueueItem.model_validate(row.summary()) for row in rows],
        total=total,
    )
