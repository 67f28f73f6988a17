"""The review queues as the desk sees them: open tasks with their documents (filtered), and
how much waits in each queue and how much of it is overdue. REST (``/api/queues``) and the
queue page list the same tasks from here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.db import count_of
from models.documents import Document
from models.enums import TaskStatus
from models.review import ReviewTask


def queue_query(
    *,
    queue: str | None = None,
    doc_type: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    mine: str | None = None,
    assigned: str | None = None,
) -> Select[Document, ReviewTask]:
    """Open tasks and their documents: in a queue, of a type, matching words (number,
    customer, file name), overdue, claimed by someone now, or assigned to someone."""
    now = utcnow()
    query = (
        select(Document, ReviewTask)
        .join(ReviewTask, ReviewTask.document_id == Document.id)
        .where(ReviewTask.status != TaskStatus.DONE)
    )
    if queue:
        query = query.where(ReviewTask.queue == queue)
    if doc_type:
        query = query.where(Document.doc_type == doc_type)
    if q:
        like = f"%{q.strip()}%"
        query = query.where(
            or_(
                Document.document_number.ilike(like),
                Document.customer_name.ilike(like),
                Document.original_name.ilike(like),
            )
        )
    if overdue:
        query = query.where(ReviewTask.due_at < now)
    if mine:
        query = query.where(ReviewTask.claimed_by == mine, ReviewTask.claimed_until > now)
    if assigned:
        query = query.where(ReviewTask.assigned_to == assigned)
    return query


def queue_counts(session: Session) -> list[dict[str, Any]]:
    """Open tasks per queue, and how many of them are overdue."""
    now = utcnow()
    rows = session.execute(
        select(
            ReviewTask.queue,
            func.count(),
            func.sum(case((ReviewTask.due_at < now, 1), else_=0)),
        )
        .where(ReviewTask.status != TaskStatus.DONE)
        .group_by(ReviewTask.queue)
        .order_by(ReviewTask.queue)
    ).all()
    return [{"queue": r[0], "count": r[1], "overdue": int(r[2] or 0)} for r in rows]


def due_first(
    session: Session, query: Select[Document, ReviewTask], limit: int, offset: int
) -> tuple[list[tuple[Document, ReviewTask]], int]:
    """One page of open tasks, overdue first, then by due time (undated last); and the total."""
    rows = session.execute(
        query.order_by(ReviewTask.due_at.is_(None), ReviewTask.due_at, ReviewTask.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return [(doc, task) for doc, task in rows], count_of(session, query)


def documents_with_queue(
    session: Session,
    *,
    status: str | None,
    doc_type: str | None,
    queue: str | None,
    limit: int,
    offset: int,
) -> tuple[list[tuple[Document, str | None]], int]:
    """Documents, newest first, each with the queue of its open review task (if any)."""
    query = select(Document, ReviewTask.queue).outerjoin(
        ReviewTask,
        (ReviewTask.document_id == Document.id) & (ReviewTask.status != TaskStatus.DONE),
    )
    if status:
        query = query.where(Document.status == status)
    if doc_type:
        query = query.where(Document.doc_type == doc_type)
    if queue:
        query = query.where(ReviewTask.queue == queue)
    rows = session.execute(query.order_by(Document.id.desc()).limit(limit).offset(offset)).all()
    return [(doc, q) for doc, q in rows], count_of(session, query)
