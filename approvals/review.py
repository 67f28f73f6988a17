"""Review actions on a document: route it to a queue, correct it, approve or reject it.

Each action records who did what (before and after) as an audit event in the same
transaction, so the trail and the data can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import claims, duplicates, four_eyes
from approvals.errors import InvalidInput, InvalidState, NotAllowed, NotFound
from approvals.four_eyes import amount_changers
from approvals.masterdata import remember_customer_alias, remember_product_code
from approvals.normalize import company_key
from approvals.routing import assess, due_at, failing, needing_reason
from models.amounts import (
    TOTALS,
    Amounts,
    as_read_contract,
    current_amounts,
    disagreements,
    document_totals,
    line_total,
)
from models.audit import AuditEvent, document_event
from models.base import utcnow
from models.documents import Check, Document, DocumentLine, ExtractedField
from models.enums import CheckOutcome, DocStatus, OrderStatus, Role, TaskStatus
from models.masterdata import Customer, DocumentMatch, Product, match_of, matched_customer
from models.order_shape import OrderLineShape
from models.orders import Order, OrderLine
from models.parsing import date_or_none, date_or_refuse, decimal_or_refuse
from models.review import ReviewTask
from models.settings import Settings
from models.settings.approvals import ApprovalSettings

DEFAULT_QUEUE = "needs_review"
TOUCHLESS_ACTOR = "system:touchless"
APPROVER_ROLES = (Role.APPROVER, Role.ADMIN)
REVIEWABLE = (DocStatus.EXTRACTED, DocStatus.IN_REVIEW)
LINE_FIELDS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
DECIMAL_LINE_FIELDS = ("quantity", "unit_price", "line_total", "tax_rate")


def get_document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"document {document_id} does not exist")
    return doc


@dataclass
class RouteResult:
    queue: str | None  # None when nobody needs to look
    decided: bool  # approved without a human: the caller runs what follows a decision
    order: Order | None = None


def _approval_settings(settings: Settings | ApprovalSettings | None) -> ApprovalSettings:
    if settings is None:
        return ApprovalSettings()
    return settings if isinstance(settings, ApprovalSettings) else settings.approvals


def route(
    session: Session,
    doc: Document,
    *,
    settings: Settings | ApprovalSettings | None = None,
    queue: str | None = None,
    reason: str = "",
    today: dt.date | None = None,
) -> RouteResult:
    """Check an extracted document and put it in front of the right people, or approve it
    untouched when every check passes and every value is sure (the pipeline calls this)."""
    cfg = _approval_settings(settings)
    if doc.extraction is None:  # keep what the machine read, before anybody changes it
        doc.extraction = as_read_contract(doc)
    assessment = assess(session, doc, cfg, today=today)
    chosen = queue or assessment.queue
    if (
        chosen is None
        and cfg.touchless
        and doc.status in REVIEWABLE
        and not totals_problems(doc, cfg)
    ):
        order = approve(
            session, doc, actor=TOUCHLESS_ACTOR, reason="every check passed", settings=cfg
        )
        document_event(
            session,
            doc.id,
            actor=TOUCHLESS_ACTOR,
            action="touchless",
            data={"checks": len(assessment.verdicts)},
        )
        return RouteResult(None, True, order)
    chosen = chosen or DEFAULT_QUEUE
    reasons = [v.message for v in assessment.verdicts if v.outcome != "pass"]
    reason = reason or " ".join(reasons[:3])
    _queue_task(session, doc, chosen, reason, cfg)
    doc.status = DocStatus.IN_REVIEW
    document_event(
        session,
        doc.id,
        actor="system:approvals",
        action="routed",
        data={"queue": chosen, "reason": reason},
    )
    return RouteResult(chosen, False)


def _queue_task(
    session: Session, doc: Document, queue: str, reason: str, cfg: ApprovalSettings
) -> ReviewTask:
    now = utcnow()
    task = _open_task(session, doc.id)
    if task is None:
        task = ReviewTask(document_id=doc.id, queue=queue, created_at=now)
        session.add(task)
    if task.queue != queue or task.due_at is None:
        task.queue, task.due_at = queue, due_at(queue, cfg, now)
    task.reason = reason or None
    return task


def reassess(
    session: Session, doc: Document, *, settings: Settings | ApprovalSettings | None = None
) -> str | None:
    """After a change: run the rules again and move the open task to the queue they ask for
    (a claim stays with its clerk). Returns the queue."""
    cfg = _approval_settings(settings)
    assessment = assess(session, doc, cfg)
    if doc.status not in REVIEWABLE:
        return assessment.queue
    queue = assessment.queue or DEFAULT_QUEUE
    reasons = " ".join(v.message for v in assessment.verdicts if v.outcome != "pass")
    _queue_task(session, doc, queue, reasons[:1000], cfg)
    return queue


def correct(
    session: Session,
    doc: Document,
    *,
    actor: str,
    fields: dict[str, str | None] | None = None,
    lines: list[dict[str, Any]] | None = None,
    settings: Settings | ApprovalSettings | None = None,
) -> list[dict[str, Any]]:
    """Apply a clerk's corrections (claiming the document first); returns the changes made
    (field, before, after) and runs the rules again."""
    _require_reviewable(doc)
    cfg = _approval_settings(settings)
    claims.ensure_claim(session, doc, actor=actor, minutes=cfg.claim_minutes)
    changes: list[dict[str, Any]] = []
    now = utcnow()
    for name, value in (fields or {}).items():
        change = _set_field(session, doc, name, value, actor=actor, now=now)
        if change is not None:
            changes.append(change)
    if lines is not None:
        before = current_amounts(doc)
        line_changes = _replace_lines(doc, lines, actor)
        changes.extend(line_changes)
        if any(
            four_eyes.line_amounts(c["before"]) != four_eyes.line_amounts(c["after"])
            for c in line_changes
        ):
            typed = set(fields or {})
            changes.extend(_recompute_totals(session, doc, before, typed, actor=actor, now=now))
    if changes:
        document_event(session, doc.id, actor=actor, action="corrected", data={"changes": changes})
        _learn_customer_name(session, doc, changes, actor)
        reassess(session, doc, settings=cfg)
    return changes


def _set_field(
    session: Session,
    doc: Document,
    name: str,
    value: str | None,
    *,
    actor: str,
    now: dt.datetime,
) -> dict[str, Any] | None:
    """A person's value for a field; the machine's stays beside it (``machine_value``)."""
    value = value.strip() if isinstance(value, str) else value
    current = doc.field(name)
    before = current.value if current else None
    if before == (value or None):
        return None
    if current is None:
        current = ExtractedField(
            document=doc, name=name, value=None, confidence=1.0, source="human"
        )
        session.add(current)
    if current.machine_value is None and current.source != "human":
        current.machine_value = current.value
    current.value = value or None
    current.source = "human"
    current.confidence = 1.0
    current.corrected_by = actor
    current.corrected_at = now
    _mirror_header(doc, name, value or None)
    return {"field": name, "before": before, "after": value or None}


def _recompute_totals(
    session: Session,
    doc: Document,
    before: Amounts,
    typed: set[str],
    *,
    actor: str,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    """After a person changed the lines' amounts: net, VAT and gross follow the lines (a
    total the person typed in the same save is kept). The printed values stay as evidence:
    in ``extraction``, as each field's ``machine_value`` and in the audit trail."""
    computed = document_totals(list(doc.lines), before)
    if computed is None:
        return []
    out = []
    for name, value in zip(TOTALS, computed, strict=True):
        if name in typed or value is None:
            continue
        field = doc.field(name)
        if field is not None and parse_decimal(field.value, name) == value:
            continue
        change = _set_field(session, doc, name, str(value), actor=actor, now=now)
        if change is not None:
            out.append(change | {"recomputed": True})
    return out


def _learn_customer_name(
    session: Session, doc: Document, changes: list[dict[str, Any]], actor: str
) -> None:
    """A clerk who retypes a customer's name as the master data has it teaches us the
    printed name: it becomes an alias of that customer."""
    for change in changes:
        if change["field"] != "customer_name" or not change["before"] or not change["after"]:
            continue
        key = company_key(change["after"])
        for cust in session.execute(select(Customer).where(Customer.active.is_(True))).scalars():
            if company_key(cust.name) == key:
                remember_customer_alias(session, cust, change["before"], actor)
                break


def set_customer(
    session: Session,
    doc: Document,
    *,
    actor: str,
    customer_number: str,
    settings: Settings | ApprovalSettings | None = None,
) -> Customer:
    """A clerk picks the customer; the printed name is remembered as an alias."""
    _require_reviewable(doc)
    cfg = _approval_settings(settings)
    claims.ensure_claim(session, doc, actor=actor, minutes=cfg.claim_minutes)
    cust = session.execute(
        select(Customer).where(Customer.number == customer_number.strip())
    ).scalar_one_or_none()
    if cust is None:
        raise InvalidInput(f"customer {customer_number!r} is not in the master data")
    printed = doc.field("customer_name")
    name = printed.value if printed else None
    learnt = bool(name) and remember_customer_alias(session, cust, name or "", actor)
    row = match_of(session, doc.id)
    if row is None:
        row = DocumentMatch(document_id=doc.id, lines=[])
        session.add(row)
    before = row.customer_id
    row.customer_id, row.customer_method, row.customer_score = cust.id, "human", 100.0
    document_event(
        session,
        doc.id,
        actor=actor,
        action="customer_matched",
        data={"before": before, "after": cust.id, "number": cust.number, "alias_learnt": learnt},
    )
    correct(session, doc, actor=actor, fields={"customer_number": cust.number}, settings=cfg)
    reassess(session, doc, settings=cfg)
    return cust


def set_line_product(
    session: Session,
    doc: Document,
    *,
    actor: str,
    position: int,
    sku: str,
    settings: Settings | ApprovalSettings | None = None,
) -> Product:
    """A clerk picks a line's product; the printed part number or wording is remembered."""
    _require_reviewable(doc)
    cfg = _approval_settings(settings)
    line = next((li for li in doc.lines if li.position == position), None)
    if line is None:
        raise InvalidInput(f"document {doc.id} has no line {position}")
    product = session.execute(select(Product).where(Product.sku == sku.strip())).scalar()
    if product is None:
        raise InvalidInput(f"product {sku!r} is not in the master data")
    match = match_of(session, doc.id)
    customer_id = match.customer_id if match else None
    remember_product_code(
        session,
        product,
        customer_id=customer_id,
        part_number=line.sku,
        description=line.description,
        actor=actor,
    )
    rows = [{k: _plain(getattr(li, k)) for k in LINE_FIELDS} for li in doc.lines]
    rows[doc.lines.index(line)]["sku"] = product.sku
    correct(session, doc, actor=actor, lines=rows, settings=cfg)
    return product


def hold(
    session: Session,
    doc: Document,
    *,
    actor: str,
    reason: str,
    settings: Settings | ApprovalSettings | None = None,
) -> None:
    """Park a document (waiting for the customer, say): it stays in review, claim released."""
    _require_reviewable(doc)
    if not reason.strip():
        raise InvalidInput("say why the document is on hold")
    task = _open_task(session, doc.id)
    if task is not None:
        other = claims.holder(task)
        if other not in (None, actor):
            raise InvalidState(f"{other} is working on document {doc.id}")
        task.queue, task.reason = "on_hold", reason.strip()
        task.claimed_by, task.claimed_until, task.status = None, None, TaskStatus.OPEN
        task.due_at = due_at("on_hold", _approval_settings(settings), utcnow())
    document_event(session, doc.id, actor=actor, action="held", data={"reason": reason.strip()})


def correctors(session: Session, document_id: int) -> set[str]:
    """Everyone who changed the document (from the audit trail, which cannot be edited)."""
    return set(
        session.execute(
            select(AuditEvent.actor).where(
                AuditEvent.entity_type == "document",
                AuditEvent.entity_id == str(document_id),
                AuditEvent.action.in_(("corrected", "customer_matched")),
            )
        ).scalars()
    )


def totals_problems(
    doc: Document, settings: Settings | ApprovalSettings | None = None
) -> list[str]:
    """How an order's totals contradict each other (net + VAT against gross, the lines
    against net): such an order is approved only by an approver's explicit override."""
    if not four_eyes.is_order(doc):
        return []
    cfg = _approval_settings(settings)
    return disagreements(current_amounts(doc), cfg.amount_tolerance)


def approval_blockers(
    session: Session,
    doc: Document,
    *,
    actor: str,
    role: Role | str | None,
    settings: Settings | ApprovalSettings | None = None,
    include_totals: bool = True,
) -> list[str]:
    """Why ``actor`` may not approve ``doc`` (empty: they may). Shown on screen, enforced in
    ``approve``. The review screen leaves out totals that do not add up: its form may
    correct them in the same submission, and ``approve`` checks them after the edits."""
    cfg = _approval_settings(settings)
    out: list[str] = []
    if doc.status not in REVIEWABLE:
        out.append(f"the document is {doc.status}")
    task = _open_task(session, doc.id)
    other = claims.holder(task)
    if other is not None and other != actor:
        out.append(f"{other} is working on it")
    pending = pending_duplicate(session, doc)
    if pending is not None:
        out.append(
            f"it may be the same as document {pending}: mark it a duplicate or not a "
            "duplicate first"
        )
    if actor == TOUCHLESS_ACTOR:
        return out
    approver = role in APPROVER_ROLES
    changed = amount_changers(session, doc.id) if cfg.four_eyes_on_amount_change else {}
    if actor in changed:
        out.append(
            f"you changed an amount ({', '.join(changed[actor])}); another person with the "
            "approver role must approve it (4-eyes)"
        )
    elif changed and not approver:
        who = ", ".join(sorted(changed))
        out.append(f"{who} changed an amount, so it needs an approver (4-eyes)")
    if four_eyes.high_value_reasons(doc, cfg):
        if not approver:
            out.append("an order of this value needs an approver")
        elif actor in correctors(session, doc.id) and actor not in changed:
            out.append("you corrected this order; another approver must sign it off (4-eyes)")
    problems = totals_problems(doc, cfg) if include_totals else []
    if problems and not approver:
        out.append(
            "the totals do not add up (" + "; ".join(problems) + "): correct them, or ask an "
            "approver to override"
        )
    return out


def approve(
    session: Session,
    doc: Document,
    *,
    actor: str,
    reason: str | None = None,
    role: Role | str | None = None,
    override: bool = False,
    settings: Settings | ApprovalSettings | None = None,
) -> Order | None:
    """Approve; a purchase order becomes an Order. Returns the order, if one was made.

    Refused when someone else holds the claim, when a high-value order or one whose amounts
    were changed is approved by someone who is not an approver or who changed it (4-eyes),
    when an order's totals do not add up and no approver overrides it with a reason, and
    when checks did not pass and no reason is given."""
    _require_reviewable(doc)
    blockers = approval_blockers(session, doc, actor=actor, role=role, settings=settings)
    if blockers:
        raise NotAllowed("cannot approve: " + "; ".join(blockers))
    reason = reason.strip() if reason else None
    problems = totals_problems(doc, settings)
    if problems:
        if not override:
            raise InvalidInput(
                "the totals do not add up (" + "; ".join(problems) + "); correct them, or "
                "approve with an override and say why"
            )
        if not reason:
            raise InvalidInput("an override of totals that do not add up needs a reason")
        document_event(
            session,
            doc.id,
            actor=actor,
            action="totals_overridden",
            data={"reason": reason, "problems": problems},
        )
    open_checks = needing_reason(failing(session, doc.id))
    if open_checks and not reason and actor != TOUCHLESS_ACTOR:
        raise InvalidInput(
            f"{len(open_checks)} check(s) did not pass; give a reason to approve with warnings"
        )
    now = utcnow()
    doc.status = DocStatus.APPROVED
    doc.decided_by, doc.decided_at, doc.decision_reason = actor, now, reason
    doc.approved_data = snapshot(doc)
    _close_tasks(session, doc.id, now)
    order = None
    if doc.doc_type in (None, "purchase_order"):
        order = _make_order(session, doc, actor)
    document_event(
        session,
        doc.id,
        actor=actor,
        action="approved",
        data={
            "reason": reason,
            "order_id": order.id if order else None,
            "warnings": [c.rule for c in open_checks],
        }
        | ({"override": problems} if problems else {}),
    )
    return order


def reject(session: Session, doc: Document, *, actor: str, reason: str) -> None:
    _require_reviewable(doc)
    _require_free(session, doc, actor, "reject")
    if not reason or not reason.strip():
        raise InvalidInput("a rejection needs a reason")
    now = utcnow()
    doc.status = DocStatus.REJECTED
    doc.decided_by, doc.decided_at, doc.decision_reason = actor, now, reason.strip()
    _close_tasks(session, doc.id, now)
    document_event(session, doc.id, actor=actor, action="rejected", data={"reason": reason.strip()})


def pending_duplicate(session: Session, doc: Document) -> int | None:
    """The document this one may repeat, while nobody has decided (else None)."""
    if doc.status not in REVIEWABLE:
        return None
    flagged = session.execute(
        select(Check.id).where(
            Check.document_id == doc.id,
            Check.rule == duplicates.RULE,
            Check.outcome != CheckOutcome.PASS,
        )
    ).first()
    return doc.duplicate_of_id if flagged is not None else None


def mark_duplicate(session: Session, doc: Document, *, actor: str, reason: str | None) -> None:
    """A clerk confirms the document repeats an earlier one: it is kept and archived as a
    duplicate, never linked (the caller runs what follows a decision)."""
    _require_reviewable(doc)
    _require_free(session, doc, actor, "mark it")
    original = pending_duplicate(session, doc)
    if not original:
        raise InvalidState(
            f"document {doc.id} is not waiting as a possible duplicate; reject it if it is "
            "not wanted"
        )
    now = utcnow()
    reason = (reason or "").strip() or None
    doc.status = DocStatus.DUPLICATE
    doc.duplicate_of_id = original
    doc.decided_by, doc.decided_at, doc.decision_reason = actor, now, reason
    doc.meta = {**(doc.meta or {}), "business_duplicate_of": original}
    _close_tasks(session, doc.id, now)
    document_event(
        session,
        doc.id,
        actor=actor,
        action="marked_duplicate",
        data={"duplicate_of": original, "reason": reason},
    )


def mark_not_duplicate(
    session: Session,
    doc: Document,
    *,
    actor: str,
    reason: str | None,
    settings: Settings | ApprovalSettings | None = None,
) -> RouteResult:
    """A clerk says the document only looks like an earlier one: the decision is kept (the
    pair is not raised again) and the document goes on as any other (``route``)."""
    _require_reviewable(doc)
    _require_free(session, doc, actor, "decide on it")
    if not pending_duplicate(session, doc):
        raise InvalidState(f"document {doc.id} is not waiting as a possible duplicate")
    cfg = _approval_settings(settings)
    match = match_of(session, doc.id)
    others = [
        d.earlier.id
        for d in duplicates.find_duplicates(
            session, doc, customer_id=match.customer_id if match else None
        )
    ]
    kept = list((doc.meta or {}).get(duplicates.NOT_DUPLICATE_KEY) or [])
    doc.meta = {**(doc.meta or {}), duplicates.NOT_DUPLICATE_KEY: sorted({*kept, *others})}
    reason = (reason or "").strip() or None
    document_event(
        session,
        doc.id,
        actor=actor,
        action="not_duplicate",
        data={"not_duplicate_of": others, "reason": reason},
    )
    task = _open_task(session, doc.id)
    if task is not None and task.claimed_by == actor:  # it goes on as any other document
        task.claimed_by, task.claimed_until, task.status = None, None, TaskStatus.OPEN
    return route(session, doc, settings=cfg)


def _require_free(session: Session, doc: Document, actor: str, what: str) -> None:
    other = claims.holder(_open_task(session, doc.id))
    if other is not None and other != actor:
        raise NotAllowed(f"cannot {what}: {other} is working on it")


def snapshot(doc: Document) -> dict[str, Any]:
    """The document's data as approved, in the extract contract's shape."""
    return {
        "doc_type": doc.doc_type,
        "language": doc.language,
        "fields": {
            f.name: {"value": f.value, "source": f.source, "confidence": f.confidence}
            for f in doc.fields
            if f.value is not None
        },
        "lines": [{k: _plain(getattr(line, k)) for k in LINE_FIELDS} for line in doc.lines],
    }


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _require_reviewable(doc: Document) -> None:
    if doc.status not in REVIEWABLE:
        raise InvalidState(
            f"document {doc.id} is {doc.status}; only documents in review can change"
        )


def _open_task(session: Session, document_id: int) -> ReviewTask | None:
    return claims.open_task(session, document_id)


def _close_tasks(session: Session, document_id: int, now: dt.datetime) -> None:
    for task in session.execute(
        select(ReviewTask).where(
            ReviewTask.document_id == document_id, ReviewTask.status != TaskStatus.DONE
        )
    ).scalars():
        task.status, task.closed_at = TaskStatus.DONE, now


HEADER_MIRROR = {"document_number", "customer_name", "currency"}


def _mirror_header(doc: Document, name: str, value: str | None) -> None:
    """Keep the document's list columns in step with its fields."""
    if name in HEADER_MIRROR:
        setattr(doc, name, value)
    elif name == "document_date":
        doc.document_date = parse_date(value) if value else None
    elif name == "total_gross":
        doc.total_gross = parse_decimal(value, name) if value else None


def parse_date(value: str, name: str = "document_date") -> dt.date | None:
    """A date a clerk typed (``models.parsing``), refused as review's own ``InvalidInput``."""
    return date_or_refuse(value, name, error=InvalidInput)


def parse_decimal(value: Any, name: str) -> Decimal | None:
    """A number a clerk typed, read as every stage reads amounts (``models.parsing``: "1 234,50"
    too); refused as review's own ``InvalidInput``, naming the field."""
    return decimal_or_refuse(value, name, error=InvalidInput)


def _replace_lines(doc: Document, lines: list[dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """Replace the lines by the clerk's; a line kept as it was keeps its provenance, an edited
    one keeps where it was printed (page, box) and becomes the clerk's."""
    new_lines, before, after = build_lines(doc, lines, actor)
    if after == before:
        return []
    doc.lines = new_lines
    return [{"field": "lines", "before": before, "after": after}]


def build_lines(
    doc: Document, lines: list[dict[str, Any]], actor: str
) -> tuple[list[DocumentLine], list[dict[str, Any]], list[dict[str, Any]]]:
    """The lines a clerk's rows make (not attached to the document: a preview may look at
    them without changing anything), with the rows before and after, to compare."""
    old_lines = list(doc.lines)
    before = [_row(li) for li in old_lines]
    new_lines = []
    unused = list(range(len(old_lines)))
    for pos, raw in enumerate(lines, 1):
        unknown = set(raw) - set(LINE_FIELDS) - {"confidence", "page", "bbox", "source"}
        if unknown:
            raise InvalidInput(f"line {pos}: unknown columns {sorted(unknown)}")
        values = {
            k: parse_decimal(raw.get(k), f"line {pos} {k}")
            if k in DECIMAL_LINE_FIELDS
            else (raw.get(k) or None)
            for k in LINE_FIELDS
        }
        row = {k: _cell(v) for k, v in values.items()}
        same = next((i for i in unused if before[i] == row), None)
        if same is not None:
            unused.remove(same)
            old = old_lines[same]
            new_lines.append(
                DocumentLine(
                    position=pos,
                    confidence=old.confidence,
                    source=old.source,
                    corrected_by=old.corrected_by,
                    page=old.page,
                    bbox=old.bbox,
                    **values,
                )
            )
            continue
        near = next(
            (
                i
                for i in unused
                if (row["sku"] and before[i]["sku"] == row["sku"])
                or (row["description"] and before[i]["description"] == row["description"])
            ),
            None,
        )
        where: dict[str, Any] = {}
        if near is not None:
            unused.remove(near)
            where = {"page": old_lines[near].page, "bbox": old_lines[near].bbox}
        _follow_quantity_and_price(values, old_lines[near] if near is not None else None)
        new_lines.append(
            DocumentLine(
                position=pos, confidence=1.0, source="human", corrected_by=actor, **where, **values
            )
        )
    return new_lines, before, [_row(li) for li in new_lines]


def _follow_quantity_and_price(values: dict[str, Any], old: DocumentLine | None) -> None:
    """An edited quantity or price carries its line's total along, unless the person typed
    a new total too; a new line without a total gets one."""
    left_as_was = values["line_total"] is None or (
        old is not None and values["line_total"] == old.line_total
    )
    moved = old is None or (values["quantity"], values["unit_price"]) != (
        old.quantity,
        old.unit_price,
    )
    if left_as_was and moved:
        computed = line_total(values["quantity"], values["unit_price"])
        if computed is not None:
            values["line_total"] = computed


def _row(line: DocumentLine) -> dict[str, Any]:
    return {k: _cell(getattr(line, k)) for k in LINE_FIELDS}


def _cell(value: Any) -> Any:
    """Numbers compared by value: 12, 12.0 and 12.00 are the same quantity."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def _make_order(session: Session, doc: Document, actor: str) -> Order:
    values = {f.name: f.value for f in doc.fields}
    customer = matched_customer(session, doc.id)
    order = Order(
        document_id=doc.id,
        order_number=values.get("document_number") or f"DOC-{doc.id}",
        customer_name=values.get("customer_name"),
        customer_number=customer.number if customer else values.get("customer_number"),
        currency=values.get("currency"),
        order_date=doc.document_date,
        delivery_date=date_or_none(values.get("delivery_date")),
        total_net=parse_decimal(values.get("total_net"), "total_net"),
        total_tax=parse_decimal(values.get("total_tax"), "total_tax"),
        total_gross=parse_decimal(values.get("total_gross"), "total_gross"),
        status=OrderStatus.APPROVED,
        approved_by=actor,
        # the document's lines in the one order line shape: a column added there comes along
        lines=[OrderLine(**OrderLineShape.model_validate(li).model_dump()) for li in doc.lines],
    )
    session.add(order)
    session.flush()
    return order
