"""From rule verdicts to a place in a queue: checks are stored on the document, the worst
problem picks the queue, and a document with nothing to look at needs no human (touchless)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from approvals.duplicates import RULE
from approvals.matching import Matches, match_document
from approvals.rules import RuleContext, Verdict, evaluate
from models.base import utcnow
from models.db import of_document
from models.documents import Check, Document
from models.enums import CheckOutcome, DocStatus
from models.masterdata import Customer, DocumentMatch, match_of
from models.settings.approvals import ApprovalSettings

# the first queue in this list that a failing or warning rule asks for wins: a duplicate or an
# unknown customer must be settled before prices or credit are worth looking at, and a
# high-value order reaches the approvers once nothing else is wrong
QUEUE_PRIORITY = (
    "duplicate",
    "unknown_customer",
    "needs_review",
    "price_check",
    "credit_check",
    "high_value",
)


@dataclass
class Assessment:
    verdicts: list[Verdict]
    matches: Matches
    queue: str | None  # None: nothing for a person to look at

    @property
    def clean(self) -> bool:
        return self.queue is None


def assess(
    session: Session,
    doc: Document,
    settings: ApprovalSettings,
    *,
    today: dt.date | None = None,
) -> Assessment:
    """Match, run the rules, store checks and matches (replacing earlier ones)."""
    session.flush()
    chosen = session.execute(
        select(DocumentMatch).where(
            DocumentMatch.document_id == doc.id, DocumentMatch.customer_method == "human"
        )
    ).scalar_one_or_none()
    customer = session.get(Customer, chosen.customer_id) if chosen and chosen.customer_id else None
    matches = match_document(session, doc, settings, chosen_customer=customer)
    ctx = RuleContext(session, doc, matches, settings, today or utcnow().date())
    verdicts = evaluate(ctx)
    session.execute(delete(Check).where(Check.document_id == doc.id))
    now = utcnow()
    for v in verdicts:
        session.add(
            Check(
                document_id=doc.id,
                rule=v.rule,
                outcome=v.outcome,
                message=v.message,
                field=v.field,
                created_at=now,
            )
        )
    _store_matches(session, doc, matches)
    if doc.status != DocStatus.DUPLICATE:  # a possible duplicate points at its original
        original = next(
            (v.refers_to for v in verdicts if v.rule == RULE and v.outcome != CheckOutcome.PASS),
            None,
        )
        doc.duplicate_of_id = original
    return Assessment(verdicts, matches, choose_queue(verdicts))


def choose_queue(verdicts: list[Verdict]) -> str | None:
    wanted = {v.queue or "needs_review" for v in verdicts if v.outcome != CheckOutcome.PASS}
    if not wanted:
        return None
    for queue in QUEUE_PRIORITY:
        if queue in wanted:
            return queue
    return sorted(wanted)[0]


def due_at(queue: str, settings: ApprovalSettings, start: dt.datetime) -> dt.datetime:
    hours = getattr(settings.queues, queue, None)
    if not isinstance(hours, float | int):
        hours = settings.queues.default
    return start + dt.timedelta(hours=float(hours))


def _store_matches(session: Session, doc: Document, matches: Matches) -> None:
    row = match_of(session, doc.id)
    if row is None:
        row = DocumentMatch(document_id=doc.id)
        session.add(row)
    cm = matches.customer
    row.customer_id = cm.customer.id if cm.customer else None
    row.customer_score = cm.score if cm.customer else None
    row.customer_method = cm.method
    row.lines = [m.as_json() for m in matches.lines]


def checks_of(session: Session, document_id: int) -> list[Check]:
    """The rule verdicts on a document, in the order they were judged."""
    return of_document(session, Check, document_id)


def failing(session: Session, document_id: int) -> list[Check]:
    return of_document(session, Check, document_id, Check.outcome != CheckOutcome.PASS)


def needing_reason(checks: list[Check]) -> list[Check]:
    """The failed checks an approval must give a reason for: the high-value warning asks for
    an approver instead (``approval_blockers`` makes sure of one)."""
    return [c for c in checks if c.outcome != CheckOutcome.PASS and c.rule != "high_value"]
