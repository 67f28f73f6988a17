"""Discrepancies and link reviews kept in step with the review queues.

Rule findings are compared with the stored discrepancies of the same scope: new ones are
raised, changed ones updated, vanished ones cleared (the condition no longer holds), and
ones a person accepted stay accepted while nothing changes. Each document with open
discrepancies has one open task in the ``discrepancy`` queue whose reason lists them; a
document the machine could not link has one in ``link_review`` with ranked candidates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from linking.finder import Candidate
from linking.overview import open_of_document
from linking.rules import Finding
from models.audit import document_event
from models.base import utcnow
from models.enums import TaskStatus
from models.linking import Discrepancy, LinkCandidate
from models.review import ReviewTask

LINK_REVIEW = "link_review"
DISCREPANCY = "discrepancy"
QUEUES = (LINK_REVIEW, DISCREPANCY)
SYSTEM = "system:linking"


def _key(d: Discrepancy) -> tuple[str, int, int | None, int | None, str]:
    return (d.kind, d.document_id, d.order_line_id, d.invoice_document_id, d.subject)


def sync(session: Session, scope: ColumnElement[bool], findings: Iterable[Finding]) -> set[int]:
    """Make the stored discrepancies of ``scope`` agree with ``findings``; returns the ids of
    the documents whose discrepancies changed (their tasks need a look)."""
    existing = list(session.execute(select(Discrepancy).where(scope)).scalars())
    by_key: dict[tuple[Any, ...], list[Discrepancy]] = {}
    for row in existing:
        by_key.setdefault(_key(row), []).append(row)
    kept: set[int] = set()
    touched: set[int] = set()
    for f in findings:
        rows = by_key.get(f.key, [])
        current = next((r for r in rows if r.status == "open"), None)
        if current is not None:
            if (current.message, current.expected, current.actual) != (
                f.message,
                f.expected,
                f.actual,
            ):
                current.message, current.expected, current.actual = f.message, f.expected, f.actual
                touched.add(f.document_id)
            current.order_id = f.order_id
            kept.add(current.id)
            continue
        decided = next(
            (
                r
                for r in rows
                if r.resolution in ("accepted", "written_off")
                and r.expected == f.expected
                and r.actual == f.actual
            ),
            None,
        )
        if decided is not None:
            kept.add(decided.id)
            continue
        row = Discrepancy(
            order_id=f.order_id,
            document_id=f.document_id,
            order_line_id=f.order_line_id,
            invoice_document_id=f.invoice_document_id,
            subject=f.subject,
            kind=f.kind,
            message=f.message,
            expected=f.expected,
            actual=f.actual,
            status="open",
        )
        session.add(row)
        session.flush()
        kept.add(row.id)
        touched.add(f.document_id)
        _job_event(
            session,
            f.document_id,
            "discrepancy_raised",
            {
                "discrepancy": row.id,
                "kind": f.kind,
                "order_id": f.order_id,
                "message": f.message,
            },
        )
    now = utcnow()
    for row in existing:
        if row.status == "open" and row.id not in kept:
            row.status, row.resolution = "resolved", "cleared"
            row.resolved_by, row.resolved_at = SYSTEM, now
            touched.add(row.document_id)
            _job_event(
                session,
                row.document_id,
                "discrepancy_cleared",
                {"discrepancy": row.id, "kind": row.kind},
            )
    return touched


def open_tasks(session: Session, document_id: int) -> list[ReviewTask]:
    return list(
        session.execute(
            select(ReviewTask).where(
                ReviewTask.document_id == document_id, ReviewTask.status != TaskStatus.DONE
            )
        ).scalars()
    )


def _close(task: ReviewTask) -> None:
    task.status, task.closed_at = TaskStatus.DONE, utcnow()


def sync_tasks(session: Session, document_ids: Iterable[int]) -> None:
    """One open ``discrepancy`` task per document with open discrepancies, none otherwise.

    A document already waiting in another queue keeps that task (one open task per
    document); its discrepancies still show on the order and the document.
    """
    for doc_id in sorted(set(document_ids)):
        rows = open_of_document(session, doc_id)
        tasks = open_tasks(session, doc_id)
        mine = next((t for t in tasks if t.queue == DISCREPANCY), None)
        if not rows:
            if mine is not None:
                _close(mine)
            continue
        reason = "\n".join(r.message for r in rows)
        if mine is None:
            if tasks:  # waiting elsewhere (link review, an approval queue): do not pile up
                continue
            mine = ReviewTask(document_id=doc_id, queue=DISCREPANCY, reason=reason)
            session.add(mine)
            session.flush()
        mine.reason = reason
        for r in rows:
            r.review_task_id = mine.id


def open_link_review(
    session: Session, document_id: int, candidates: list[Candidate], why: str
) -> ReviewTask:
    clear_link_review(session, document_id, close=False)
    tasks = open_tasks(session, document_id)
    task = next((t for t in tasks if t.queue == LINK_REVIEW), None)
    for t in tasks:
        if t.queue == DISCREPANCY:
            _close(t)
    listed = "; ".join(f"{c.order.order_number} ({c.score:.2f})" for c in candidates)
    reason = f"Which order? {why}. Candidates: {listed}."
    if task is None:
        task = ReviewTask(document_id=document_id, queue=LINK_REVIEW, reason=reason)
        session.add(task)
        session.flush()
    task.reason = reason
    for rank, c in enumerate(candidates, 1):
        session.add(
            LinkCandidate(
                document_id=document_id,
                order_id=c.order.id,
                rank=rank,
                score=c.score,
                reasons=c.reasons,
                review_task_id=task.id,
            )
        )
    _job_event(
        session,
        document_id,
        "link_review",
        {"why": why, "candidates": [[c.order.id, c.score] for c in candidates]},
    )
    return task


def clear_link_review(session: Session, document_id: int, *, close: bool = True) -> None:
    session.execute(delete(LinkCandidate).where(LinkCandidate.document_id == document_id))
    if close:
        for t in open_tasks(session, document_id):
            if t.queue == LINK_REVIEW:
                _close(t)


def _job_event(session: Session, document_id: int, action: str, data: dict[str, Any]) -> None:
    """What the link job did to a document, in its audit trail: always as the system."""
    document_event(session, document_id, actor=SYSTEM, action=action, data=data)
