"""One clerk at a time: a document is claimed before it is edited. A claim lasts a few idle
minutes (``claim_minutes``) and the review page renews it while its holder works; it ends
when the holder leaves the page; an approver can take it over (audited), so nobody blocks
the queue by walking away."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals.errors import InvalidState, NotAllowed
from models.audit import document_event
from models.base import utcnow
from models.documents import Document
from models.enums import Role, TaskStatus
from models.review import ReviewTask


def open_task(session: Session, document_id: int, *, lock: bool = False) -> ReviewTask | None:
    query = select(ReviewTask).where(
        ReviewTask.document_id == document_id, ReviewTask.status != TaskStatus.DONE
    )
    if lock:
        query = query.with_for_update()
    return session.execute(query.order_by(ReviewTask.id.desc()).limit(1)).scalar_one_or_none()


def _waiting_task(session: Session, doc: Document) -> ReviewTask:
    """The document's open task, locked for the claim; refused when it waits in no queue."""
    task = open_task(session, doc.id, lock=True)
    if task is None:
        raise InvalidState(f"document {doc.id} is not waiting in a queue ({doc.status})")
    return task


def holder(task: ReviewTask | None, now: dt.datetime | None = None) -> str | None:
    """Who holds the claim right now (None when free or expired)."""
    if task is None or task.claimed_by is None or task.claimed_until is None:
        return None
    return task.claimed_by if task.claimed_until > (now or utcnow()) else None


def claim(session: Session, doc: Document, *, actor: str, minutes: int) -> ReviewTask:
    """Claim (or extend one's own claim on) a document; refused while someone else holds it."""
    task = _waiting_task(session, doc)
    now = utcnow()
    other = holder(task, now)
    if other is not None and other != actor:
        assert task.claimed_until is not None
        raise InvalidState(
            f"{other} is working on document {doc.id} until "
            f"{task.claimed_until:%H:%M} UTC; pick another one"
        )
    fresh = other is None
    task.claimed_by, task.claimed_until = actor, now + dt.timedelta(minutes=minutes)
    task.status = TaskStatus.CLAIMED
    if fresh:
        document_event(
            session,
            doc.id,
            actor=actor,
            action="claimed",
            data={"queue": task.queue, "until": task.claimed_until.isoformat()},
        )
    return task


# who may end a claim someone else still holds (anyone may end their own, or a lapsed one)
RELEASE_ANY_ROLES = (Role.ADMIN,)


def release(session: Session, doc: Document, *, actor: str, role: Role | str | None = None) -> None:
    """The claim ends: its holder lets it go, or an admin frees it; a live claim someone else
    holds is refused to anyone else."""
    task = open_task(session, doc.id, lock=True)
    if task is None or task.claimed_by is None:
        return
    if task.claimed_by != actor and holder(task) is not None and role not in RELEASE_ANY_ROLES:
        raise InvalidState(f"document {doc.id} is claimed by {task.claimed_by}, not by you")
    _free(session, task, doc, actor=actor, data={"was_claimed_by": task.claimed_by})


def _free(
    session: Session, task: ReviewTask, doc: Document, *, actor: str, data: dict[str, str]
) -> None:
    """The claim ends: the task is open again, and its history says who let it go."""
    task.claimed_by, task.claimed_until, task.status = None, None, TaskStatus.OPEN
    document_event(session, doc.id, actor=actor, action="released", data=data)


def ensure_claim(session: Session, doc: Document, *, actor: str, minutes: int) -> None:
    """Before a change: take the claim if free, refuse if someone else holds it."""
    if open_task(session, doc.id) is not None:
        claim(session, doc, actor=actor, minutes=minutes)


TAKE_OVER_ROLES = (Role.APPROVER, Role.ADMIN)


def may_take_over(task: ReviewTask | None, *, actor: str, role: Role | str | None) -> bool:
    """Whether ``take_over`` would take the document from someone else (the review screen
    offers it only then)."""
    return role in TAKE_OVER_ROLES and holder(task) not in (None, actor)


def take_over(
    session: Session, doc: Document, *, actor: str, role: Role | str | None, minutes: int
) -> ReviewTask:
    """An approver takes the document from whoever holds it (audited with who that was)."""
    if role not in TAKE_OVER_ROLES:
        raise NotAllowed("only an approver can take over someone else's claim")
    task = _waiting_task(session, doc)
    now = utcnow()
    previous = holder(task, now)
    if previous is None or previous == actor:
        return claim(session, doc, actor=actor, minutes=minutes)
    task.claimed_by, task.claimed_until = actor, now + dt.timedelta(minutes=minutes)
    task.status = TaskStatus.CLAIMED
    document_event(
        session,
        doc.id,
        actor=actor,
        action="claim_taken_over",
        data={"from": previous, "queue": task.queue, "until": task.claimed_until.isoformat()},
    )
    return task


def renew(session: Session, doc: Document, *, actor: str, minutes: int) -> ReviewTask | None:
    """Its holder is still at work: the claim runs another ``minutes`` (None: not theirs)."""
    task = open_task(session, doc.id, lock=True)
    now = utcnow()
    if task is None or holder(task, now) != actor:
        return None
    task.claimed_until = now + dt.timedelta(minutes=minutes)
    return task


def leave(session: Session, doc: Document, *, actor: str) -> bool:
    """Its holder left the page: the claim ends (nothing happens for anyone else)."""
    task = open_task(session, doc.id, lock=True)
    if task is None or holder(task) != actor:
        return False
    _free(session, task, doc, actor=actor, data={"was_claimed_by": actor, "why": "left the page"})
    return True
