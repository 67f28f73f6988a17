"""The review queues as the desk sees them: open tasks with their documents (filtered), and
how much waits in each queue and how much of it is overdue. REST (``/api/queues``) and the
queue page list the same tasks from here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from approvals.claims import holder
from models.base import utcnow
from models.db import count_of
from models.documents import Document
from models.enums import TaskStatus
from models.review import ReviewTask
from models.users import User


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


# the queue's sortable columns (``-name`` reverses); overdue first (``due``) is the default
SORTS: dict[str, tuple[Any, ...]] = {
    "due": (ReviewTask.due_at.is_(None), ReviewTask.due_at),
    "waiting": (ReviewTask.created_at,),
    "total": (Document.total_gross.is_(None), Document.total_gross),
    "customer": (Document.customer_name.is_(None), Document.customer_name),
    "number": (Document.document_number,),
    "queue": (ReviewTask.queue,),
}


def _order_by(sort: str) -> list[Any]:
    """The columns to sort by; a leading "is empty" key keeps empties last either way."""
    desc = sort.startswith("-")
    columns = SORTS.get(sort.lstrip("-"), SORTS["due"])
    keys = [
        c if i == 0 and len(columns) > 1 else (c.desc() if desc else c)
        for i, c in enumerate(columns)
    ]
    return [*keys, ReviewTask.id]


def is_overdue(task: ReviewTask, now: dt.datetime) -> bool:
    """Past its queue's deadline: the rule ``queue_query(overdue=True)`` filters by."""
    return task.due_at is not None and task.due_at < now


@dataclass(frozen=True)
class QueueRow:
    """One open task as every surface lists it: its document, its task, whether it is past
    its deadline and who holds its claim, both read at the same instant ``now``."""

    doc: Document
    task: ReviewTask
    now: dt.datetime
    overdue: bool
    claimed_by: str | None

    def summary(self) -> dict[str, Any]:
        """The row's facts by name (what ``/api/queues/{queue}`` returns for it)."""
        doc, task = self.doc, self.task
        return {
            "document_id": doc.id,
            "document_number": doc.document_number,
            "customer_name": doc.customer_name,
            "total_gross": doc.total_gross,
            "currency": doc.currency,
            "queue": task.queue,
            "reason": task.reason,
            "created_at": task.created_at,
            "due_at": task.due_at,
            "overdue": self.overdue,
            "claimed_by": self.claimed_by,
        }


def queue_rows(
    session: Session,
    query: Select[Document, ReviewTask],
    *,
    sort: str = "due",
    limit: int,
    offset: int,
) -> tuple[list[QueueRow], int]:
    """One page of open tasks in the order asked for (by default overdue first), each with the
    queue rules applied (overdue, claim holder); and the total. REST and the queue page both
    list from here, so a rule changes in one place. Undated tasks come last."""
    pairs = session.execute(query.order_by(*_order_by(sort)).limit(limit).offset(offset)).all()
    now = utcnow()
    rows = [
        QueueRow(doc, task, now, overdue=is_overdue(task, now), claimed_by=holder(task, now))
        for doc, task in pairs
    ]
    return rows, count_of(session, query)


def next_document(session: Session, actor: str, *, after: int) -> int | None:
    """The document a reviewer goes on to after deciding ``after``: the open task due first
    that nobody else holds."""
    now = utcnow()
    return session.execute(
        select(ReviewTask.document_id)
        .where(
            ReviewTask.status != TaskStatus.DONE,
            ReviewTask.document_id != after,
            (ReviewTask.claimed_until.is_(None))
            | (ReviewTask.claimed_until < now)
            | (ReviewTask.claimed_by == actor),
        )
        .order_by(ReviewTask.due_at.is_(None), ReviewTask.due_at, ReviewTask.id)
        .limit(1)
    ).scalar()


def assignable_users(session: Session) -> list[str]:
    """Who a task may be assigned to: active users who review (auditors do not)."""
    return list(
        session.execute(
            select(User.name)
            .where(User.active.is_(True), User.role.in_(("clerk", "approver", "admin")))
            .order_by(User.name)
        ).scalars()
    )


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
