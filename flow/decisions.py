"""Decisions on a document, with what follows them: each is ``approvals.review``'s action,
then ``flow.table.follow_decision`` in the same transaction. Routes, pages, the extract job
and lifecycle statuses decide through here, so none can forget what follows."""

from __future__ import annotations

from typing import Any, Unpack

from sqlalchemy.orm import Session

from approvals import bulk, review
from jobs.queue import enqueue_document
from models.documents import Document
from models.enums import Role
from models.orders import Order
from models.settings import Settings
from outbound import invoice_statuses as statuses


def _follow(session: Session, doc: Document, settings: Settings) -> None:
    # imported here: the table names the extract job, which decides through this module
    from flow.table import follow_decision

    follow_decision(session, doc.id, settings)


def route(session: Session, doc: Document, settings: Settings) -> review.RouteResult:
    """Just extracted: run the rules and queue it for review, or approve it touchlessly."""
    routed = review.route(session, doc, settings=settings)
    if routed.decided:
        _follow(session, doc, settings)
    return routed


def approve(
    session: Session,
    doc: Document,
    *,
    actor: str,
    settings: Settings,
    reason: str | None = None,
    role: Role | str | None = None,
    override: bool = False,
) -> Order | None:
    order = review.approve(
        session, doc, actor=actor, reason=reason, role=role, override=override, settings=settings
    )
    _follow(session, doc, settings)
    return order


def approve_eligible(
    session: Session, ids: list[int], *, actor: str, role: Role | str, settings: Settings
) -> list[bulk.Outcome]:
    """The queue's bulk approve (``approvals.bulk``): each selected document that needs no
    judgement, approved as it would be one by one, and what follows each approval."""
    outcomes = bulk.approve_eligible(session, ids, actor=actor, role=role, settings=settings)
    from flow.table import follow_decision

    for outcome in outcomes:
        if outcome.done:
            follow_decision(session, outcome.document_id, settings)
    return outcomes


def reject(session: Session, doc: Document, *, actor: str, reason: str, settings: Settings) -> None:
    review.reject(session, doc, actor=actor, reason=reason)
    _follow(session, doc, settings)


def mark_duplicate(
    session: Session, doc: Document, *, actor: str, reason: str | None, settings: Settings
) -> None:
    review.mark_duplicate(session, doc, actor=actor, reason=reason)
    _follow(session, doc, settings)


def mark_not_duplicate(
    session: Session, doc: Document, *, actor: str, reason: str | None, settings: Settings
) -> review.RouteResult:
    """Not a duplicate after all: it goes on as any other document, which may decide it."""
    routed = review.mark_not_duplicate(session, doc, actor=actor, reason=reason, settings=settings)
    if routed.decided:
        _follow(session, doc, settings)
    return routed


# the decisions a clerk takes on the review screen, by the name its buttons post; a
# rejection and either duplicate verdict are taken on the document as it is (the clerk's
# unsaved edits are not recorded), the others after the edits are saved
SCREEN_DECISIONS = ("approve", "reject", "hold", "duplicate", "not_duplicate")
WITHOUT_EDITS = ("reject", "duplicate", "not_duplicate")


def decide(
    session: Session,
    doc: Document,
    decision: str,
    *,
    actor: str,
    role: Role | str,
    reason: str | None,
    override: bool,
    settings: Settings,
) -> None:
    """One of ``SCREEN_DECISIONS`` by its name (any other name decides nothing)."""
    if decision == "approve":
        approve(
            session,
            doc,
            actor=actor,
            reason=reason,
            role=role,
            override=override,
            settings=settings,
        )
    elif decision == "reject":
        reject(session, doc, actor=actor, reason=reason or "", settings=settings)
    elif decision == "hold":
        review.hold(session, doc, actor=actor, reason=reason or "", settings=settings)
    elif decision == "duplicate":
        mark_duplicate(session, doc, actor=actor, reason=reason, settings=settings)
    elif decision == "not_duplicate":
        mark_not_duplicate(session, doc, actor=actor, reason=reason, settings=settings)


def choose_status(
    session: Session,
    doc: Document,
    *,
    actor: str,
    role: Any,
    code: str,
    settings: Settings,
    **words: Unpack[statuses.StatusWords],
) -> None:
    """A clerk's lifecycle status on a received e-invoice (``outbound.invoice_statuses``):
    205/206 approve it, 210 refuses it, 207 (dispute) and 208 (suspension) keep it open (on
    hold while in review); the status itself follows from the audit trail."""
    choice = statuses.choose(session, doc, actor=actor, code=code, settings=settings, **words)
    if choice.decision == "approve":
        approve(session, doc, actor=actor, reason=choice.reason, role=role, settings=settings)
    elif choice.decision == "reject":
        reject(session, doc, actor=actor, reason=choice.words, settings=settings)
    else:
        if doc.status in review.REVIEWABLE:
            review.hold(session, doc, actor=actor, reason=choice.words, settings=settings)
        enqueue_document(session, statuses.LIFECYCLE_JOB, doc.id, settings)
