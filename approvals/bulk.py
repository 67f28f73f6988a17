"""Bulk actions of the queue: approve the selected documents that need no judgement, hold
them, or give them to a person. Each document goes through the same function a single one
would (``review.approve``, ``review.hold``), with the same 4-eyes, role and claim checks and
its own audit event; one refused document never stops or undoes the others (a savepoint each).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import claims, review
from approvals.errors import InvalidInput, ReviewError
from approvals.routing import failing
from models.audit import document_event
from models.enums import Role
from models.settings import Settings
from models.users import User

ASSIGNABLE = (Role.CLERK.value, Role.APPROVER.value, Role.ADMIN.value)


@dataclass
class Outcome:
    document_id: int
    done: bool
    message: str


def not_eligible(
    session: Session, document_id: int, *, actor: str, role: Role | str, settings: Settings
) -> str | None:
    """Why the document needs a person's judgement (None: it may be approved in bulk): a
    check that did not pass, totals that do not add up, or anything that blocks ``actor``."""
    doc = review.get_document(session, document_id)
    problems = [c.message for c in failing(session, doc.id)]
    if problems:
        return problems[0]
    totals = review.totals_problems(doc, settings)
    if totals:
        return "the totals do not add up"
    blockers = review.approval_blockers(session, doc, actor=actor, role=role, settings=settings)
    return blockers[0] if blockers else None


def approve_eligible(
    session: Session, ids: list[int], *, actor: str, role: Role | str, settings: Settings
) -> list[Outcome]:
    out = []
    for doc_id in ids:
        why = None
        try:
            why = not_eligible(session, doc_id, actor=actor, role=role, settings=settings)
            if why is None:
                with session.begin_nested():
                    doc = review.get_document(session, doc_id)
                    review.approve(session, doc, actor=actor, role=role, settings=settings)
        except ReviewError as exc:
            why = str(exc)
        out.append(Outcome(doc_id, why is None, why or "approved"))
    return out


def hold_all(
    session: Session, ids: list[int], *, actor: str, reason: str, settings: Settings
) -> list[Outcome]:
    if not reason.strip():
        raise InvalidInput("say why the documents are on hold")
    out = []
    for doc_id in ids:
        try:
            with session.begin_nested():
                doc = review.get_document(session, doc_id)
                review.hold(session, doc, actor=actor, reason=reason, settings=settings)
            out.append(Outcome(doc_id, True, "on hold"))
        except ReviewError as exc:
            out.append(Outcome(doc_id, False, str(exc)))
    return out


def assign(session: Session, ids: list[int], *, actor: str, assignee: str) -> list[Outcome]:
    """Give the documents' open tasks to ``assignee`` (empty: to nobody); a claim someone
    holds is left alone, as is their work."""
    assignee = assignee.strip()
    if assignee:
        user = session.execute(
            select(User).where(User.name == assignee, User.active.is_(True))
        ).scalar_one_or_none()
        if user is None or user.role not in ASSIGNABLE:
            raise InvalidInput(f"{assignee} is not an active clerk or approver")
    out = []
    for doc_id in ids:
        task = claims.open_task(session, doc_id)
        if task is None:
            out.append(Outcome(doc_id, False, "nothing waits on it"))
            continue
        before, task.assigned_to = task.assigned_to, assignee or None
        document_event(
            session,
            doc_id,
            actor=actor,
            action="assigned",
            data={"before": before, "after": task.assigned_to, "queue": task.queue},
        )
        out.append(Outcome(doc_id, True, f"assigned to {assignee}" if assignee else "unassigned"))
    return out
