"""What waits for an approver: documents only someone with the approver role may sign off
(a high value, an amount a clerk changed, totals that need an override), and, for one
approver, those they may approve themselves (4-eyes: not what they changed).

The same judgement as ``review.approval_blockers``, so the list never offers a document the
approve button would then refuse. Also what was announced and escalated: both are audit
events on the review task, so a restart never mails twice and the trail shows who was told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import four_eyes, review
from models.audit import AuditEvent, record_event
from models.base import utcnow
from models.documents import Document
from models.enums import Role, TaskStatus
from models.review import ReviewTask
from models.settings.approvals import ApprovalSettings
from models.users import User

NOTIFIED = "approval_requested"
ESCALATED = "escalated"
TASK_ENTITY = "review_task"
MAX_SCANNED = 2000  # open tasks judged per call; a desk with more has other problems


@dataclass
class Waiting:
    doc: Document
    task: ReviewTask
    why: list[str]


def approver_reasons(session: Session, doc: Document, cfg: ApprovalSettings) -> list[str]:
    """Why only an approver may sign this document off (empty: a clerk may)."""
    out = list(four_eyes.high_value_reasons(doc, cfg))
    changed = four_eyes.amount_changers(session, doc.id) if cfg.four_eyes_on_amount_change else {}
    if changed:
        out.append(f"{', '.join(sorted(changed))} changed an amount")
    problems = review.totals_problems(doc, cfg)
    if problems:
        out.append("the totals need an override: " + "; ".join(problems))
    return out


def _open_tasks(session: Session) -> list[tuple[Document, ReviewTask]]:
    rows = session.execute(
        select(Document, ReviewTask)
        .join(ReviewTask, ReviewTask.document_id == Document.id)
        .where(ReviewTask.status != TaskStatus.DONE, Document.status.in_(review.REVIEWABLE))
        .order_by(ReviewTask.due_at.is_(None), ReviewTask.due_at, ReviewTask.id)
        .limit(MAX_SCANNED)
    ).all()
    return [(d, t) for d, t in rows]


def needing_approver(session: Session, cfg: ApprovalSettings) -> list[Waiting]:
    out = []
    for doc, task in _open_tasks(session):
        if task.queue == "on_hold":
            continue
        why = approver_reasons(session, doc, cfg)
        if why:
            out.append(Waiting(doc, task, why))
    return out


def awaiting(
    session: Session, actor: str, role: Role | str, cfg: ApprovalSettings
) -> list[Waiting]:
    """What ``actor`` may approve and only an approver may: their own approval queue."""
    if role not in review.APPROVER_ROLES:
        return []
    return [
        w
        for w in needing_approver(session, cfg)
        if not review.approval_blockers(session, w.doc, actor=actor, role=role, settings=cfg)
    ]


def approvers(session: Session) -> list[User]:
    return list(
        session.execute(
            select(User).where(
                User.active.is_(True), User.role.in_([Role.APPROVER.value, Role.ADMIN.value])
            )
        ).scalars()
    )


def _task_events(session: Session, action: str) -> set[str]:
    rows = session.execute(
        select(AuditEvent.entity_id).where(
            AuditEvent.entity_type == TASK_ENTITY, AuditEvent.action == action
        )
    ).scalars()
    return {row for row in rows if row is not None}


def to_announce(session: Session, cfg: ApprovalSettings) -> list[Waiting]:
    """Documents that started waiting for an approver and nobody was told yet."""
    told = _task_events(session, NOTIFIED)
    return [w for w in needing_approver(session, cfg) if str(w.task.id) not in told]


def to_escalate(
    session: Session, now: dt.datetime | None = None
) -> list[tuple[Document, ReviewTask]]:
    """Open tasks past their queue's deadline that were not escalated yet."""
    now = now or utcnow()
    done = _task_events(session, ESCALATED)
    return [
        (d, t)
        for d, t in _open_tasks(session)
        if t.due_at is not None and t.due_at < now and str(t.id) not in done
    ]


def record_told(session: Session, task: ReviewTask, action: str, to: list[str]) -> None:
    record_event(
        session,
        actor="system:notify",
        action=action,
        entity_type=TASK_ENTITY,
        entity_id=task.id,
        data={"document_id": task.document_id, "queue": task.queue, "to": sorted(to)},
    )


def last_digest(session: Session) -> dt.datetime | None:
    return session.execute(
        select(AuditEvent.occurred_at)
        .where(AuditEvent.entity_type == TASK_ENTITY, AuditEvent.action == NOTIFIED)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).scalar()


def escalated_tasks(session: Session) -> set[int]:
    return {int(x) for x in _task_events(session, ESCALATED) if x.isdigit()}
