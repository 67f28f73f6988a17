"""French lifecycle statuses of e-invoices, between the database and ``outbound.lifecycle``.

Sent: each decision on an e-invoice of a French seller (from the audit trail: approved,
rejected, a clerk's dispute or suspension) and each payment advice naming one becomes one
status (a ``LifecycleStatus`` row, keyed by what caused it so a retry never sends twice).
Its CDAR is built, checked against the schema and the BR-FR-CDV rules, archived beside the
invoice, written to the outbox and then delivered by the signed webhook. A status that fails
its checks is recorded as such and never sent.

Received: a platform's CDAR is taken in like any document; ``take_received`` attaches each
status it carries to its invoice (invoice number, then the seller's SIREN or the invoice
date), or keeps it waiting until that invoice comes in. The CDAR document itself is filed
(archived), never queued for review.

Whose invoice: with ``ORDERDESK_EINVOICING__COMPANY_SIREN`` set, our SIREN on the invoice
says whether we are its buyer or its seller. Without it, an invoice a clerk decides on is one
we received (decisions are the buyer's statuses), and a payment advice pays one of our own
invoices (212, collected), unless we already sent statuses for that invoice as its buyer
(then we paid it: 211).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypedDict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from einvoice.cdar import CdarMessage, siren_of, status_label, summary
from einvoice.model import EDocument, Validation
from jobs.queue import enqueue_document
from models.archive import ArchiveObject
from models.audit import AuditEvent, document_event
from models.base import utcnow
from models.documents import Check, Document
from models.enums import CheckOutcome, DocStatus
from models.errors import Conflict, InvalidInput, NotFound, Unavailable
from models.jobs import ARCHIVE_JOB
from models.lifecycle import LifecycleStatus
from models.numbers import contains_key, find_invoice, invoice_key, numbered_invoices
from models.parsing import decimal_or_none
from models.retention import retain_until
from models.settings import Settings
from models.settings.einvoicing import outbox_path
from models.storage import ObjectStore, StoredObject
from outbound import decisions, outbox
from outbound import lifecycle as lc

log = logging.getLogger("orderdesk.lifecycle")

ACTOR = "system:lifecycle"
LIFECYCLE_JOB = "lifecycle_status"
WEBHOOK_JOB = "lifecycle_webhook"
SENT_PART = "lifecycle_sent"  # archive object kinds, beside the invoice
RECEIVED_PART = "lifecycle_received"
INVOICE_TYPES = ("invoice", "credit_note")
DECIDED_ACTION = "lifecycle_decided"  # a clerk's choice of status (api/routes/invoice_statuses)
NOT_MATCHABLE = (DocStatus.QUARANTINED, DocStatus.DUPLICATE, DocStatus.SPLIT)


def einvoice_of(doc: Document) -> EDocument | None:
    data = (doc.extraction or {}).get("einvoice")
    if not data or doc.doc_type not in INVOICE_TYPES:
        return None
    return EDocument.model_validate(data)


def in_scope(edoc: EDocument | None) -> bool:
    """French statuses are for e-invoices of French sellers (identified by a SIREN)."""
    return edoc is not None and siren_of(edoc.party("seller")) is not None


def our_role(edoc: EDocument, settings: Settings) -> lc.Role | None:
    ours = settings.einvoicing.company_siren
    if not ours:
        return "buyer"
    ours = ours.replace(" ", "")
    if siren_of(edoc.party("seller")) == ours:
        return "seller"
    if siren_of(edoc.party("buyer")) == ours:
        return "buyer"
    return None


def _payment_role(session: Session, invoice: Document, edoc: EDocument, s: Settings) -> lc.Role:
    if s.einvoicing.company_siren:
        return our_role(edoc, s) or "seller"
    as_buyer = session.execute(
        select(LifecycleStatus.id).where(
            LifecycleStatus.document_id == invoice.id,
            LifecycleStatus.direction == "sent",
            LifecycleStatus.role == "BY",
        )
    ).first()
    return "buyer" if as_buyer else "seller"


# --- what to send ----------------------------------------------------------------------------


@dataclass
class Planned:
    trigger: str
    invoice: Document
    role: lc.Role
    request: lc.StatusRequest
    reason_source: str | None = None
    source_document_id: int | None = None
    facts: lc.InvoiceFacts | None = None
    error: str | None = None  # why it cannot be written: recorded, never sent


def plan(session: Session, doc: Document, settings: Settings) -> list[Planned]:
    """The statuses ``doc`` (an e-invoice, or a payment advice) calls for and that were not
    sent yet."""
    if doc.doc_type in INVOICE_TYPES:
        planned = _plan_decisions(session, doc, settings)
    elif doc.doc_type == "payment_advice" and doc.status in (
        DocStatus.APPROVED,
        DocStatus.ARCHIVED,
    ):
        planned = _plan_payments(session, doc, settings)
    else:
        return []
    done = set(
        session.execute(
            select(LifecycleStatus.trigger).where(
                LifecycleStatus.trigger.in_([p.trigger for p in planned])
            )
        ).scalars()
    )
    return [p for p in planned if p.trigger not in done]


def _facts(planned: Planned, edoc: EDocument) -> Planned:
    try:
        planned.facts = lc.invoice_facts(edoc, planned.invoice.received_at)
    except lc.LifecycleError as exc:
        planned.error = str(exc)
    return planned


def _plan_decisions(session: Session, doc: Document, settings: Settings) -> list[Planned]:
    edoc = einvoice_of(doc)
    if edoc is None or not in_scope(edoc) or our_role(edoc, settings) != "buyer":
        return []  # not a French e-invoice we received: its decisions are ours alone
    events = session.execute(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == "document",
            AuditEvent.entity_id == str(doc.id),
            AuditEvent.action.in_(("approved", "rejected", DECIDED_ACTION)),
        )
        .order_by(AuditEvent.seq)
    ).scalars()
    out: list[Planned] = []
    chosen: dict[str, Any] | None = None  # the clerk's words for the decision that follows
    for event in events:
        data, at = dict(event.data or {}), event.occurred_at
        trigger = f"event:{event.seq}"
        if event.action == DECIDED_ACTION:
            if data.get("status") in ("207", "208"):
                out.append(Planned(trigger, doc, "buyer", _chosen(data, at), "clerk"))
            else:
                chosen = data
            continue
        if event.action == "approved":
            if chosen and chosen.get("status") in ("205", "206"):
                out.append(Planned(trigger, doc, "buyer", _chosen(chosen, at), "clerk"))
            else:
                out.append(Planned(trigger, doc, "buyer", *_approval(doc, edoc, at)))
        else:
            if chosen and chosen.get("status") == "210":
                out.append(Planned(trigger, doc, "buyer", _chosen(chosen, at), "clerk"))
            else:
                failing = _failing_rules(session, doc.id)
                code, source = decisions.refusal_reason(data.get("reason"), failing)
                request = lc.StatusRequest(
                    code="210", set_at=at, reason_code=code, reason=data.get("reason") or None
                )
                out.append(Planned(trigger, doc, "buyer", request, source))
        chosen = None
    return [_facts(p, edoc) for p in out]


def _chosen(data: dict[str, Any], at: dt.datetime) -> lc.StatusRequest:
    return lc.StatusRequest(
        code=str(data["status"]),
        set_at=at,
        reason_code=data.get("reason_code") or None,
        reason=data.get("reason") or None,
        action_code=data.get("action_code") or None,
        note=data.get("note") or None,
    )


def _approval(
    doc: Document, edoc: EDocument, at: dt.datetime
) -> tuple[lc.StatusRequest, str | None]:
    """205, or 206 when the clerk approved other lines than the invoice's."""
    invoiced = list((doc.extraction or {}).get("lines") or [])
    approved = list((doc.approved_data or {}).get("lines") or [])
    changes = decisions.line_changes(invoiced, approved, [li.line_id for li in edoc.lines])
    if not changes:
        return lc.StatusRequest(code="205", set_at=at), None
    code, words, chars = decisions.partial_approval(changes)
    request = lc.StatusRequest(
        code="206",
        set_at=at,
        reason_code=code,
        reason=lc.REASONS[code],
        note=words,
        characteristics=tuple(chars),
    )
    return request, "inferred"


def _failing_rules(session: Session, document_id: int) -> list[str]:
    return list(
        session.execute(
            select(Check.rule).where(
                Check.document_id == document_id, Check.outcome != CheckOutcome.PASS
            )
        ).scalars()
    )


def _plan_payments(session: Session, advice: Document, settings: Settings) -> list[Planned]:
    refs = [
        r
        for r in (advice.extraction or {}).get("references") or []
        if r.get("doc_type") == "invoice" and r.get("number")
    ]
    out: list[Planned] = []
    for ref in refs:
        invoice = find_invoice(session, str(ref["number"]), advice.customer_name)
        edoc = einvoice_of(invoice) if invoice is not None else None
        if invoice is None or edoc is None or not in_scope(edoc):
            continue
        role = _payment_role(session, invoice, edoc, settings)
        amount = decimal_or_none(ref.get("amount"))
        if amount is None and len(refs) == 1:
            amount = advice.total_gross
        request = lc.StatusRequest(
            code="211" if role == "buyer" else "212",
            set_at=advice.decided_at or utcnow(),
            amount=amount,
        )
        trigger = f"payment:{advice.id}:{invoice.id}"
        out.append(_facts(Planned(trigger, invoice, role, request, None, advice.id), edoc))
    return out


# --- writing and recording -----------------------------------------------------------------


@dataclass
class Prepared:
    planned: Planned
    message: CdarMessage | None = None
    xml: bytes | None = None
    validation: Validation | None = None
    stored: StoredObject | None = None
    outbox_file: str | None = None
    retain: dt.datetime | None = None


class NotCheckedError(Unavailable):
    """The rules could not run (engine down, timeout): retried, never sent unchecked."""

    code = "lifecycle_not_checked"


def prepare(planned: Planned, settings: Settings, store: ObjectStore) -> Prepared:
    """Build, check, archive and write to the outbox (outside any transaction: the bytes
    depend only on the decision, so a retry writes the same object and the same file)."""
    from einvoice.validation.cdar import validate_cdar
    from einvoice.xmlread import parse

    out = Prepared(planned)
    if planned.error is not None or planned.facts is None:
        return out
    req = planned.request
    suffix = hashlib.sha256(planned.trigger.encode()).hexdigest()[:8]
    try:
        out.message = lc.status_message(
            planned.facts,
            req,
            role=planned.role,
            message_id=lc.message_id(planned.facts.number, req.code, req.set_at, suffix),
            now=req.set_at,
        )
    except lc.LifecycleError as exc:
        planned.error = str(exc)
        return out
    out.xml = lc.build_cdar(out.message)
    out.validation = validate_cdar(
        parse(out.xml), timeout=settings.extraction.xml_validation_timeout_seconds
    )
    if not out.validation.complete:
        raise NotCheckedError(
            "the lifecycle status could not be checked: "
            + "; ".join(f.message for f in out.validation.findings if f.family == "runtime")
        )
    if not out.validation.passed:
        return out
    invoice = planned.invoice
    out.retain = retain_until(
        settings.archive, invoice.doc_type, invoice.document_date, invoice.received_at
    )
    digest = hashlib.sha256(out.xml).hexdigest()
    key = f"documents/{invoice.id}/lifecycle-{req.code}-{digest[:16]}.xml"
    out.stored = store.put(key, out.xml, retain_until=out.retain)
    name = lc.outbox_name(out.message)
    outbox.write(
        outbox_path(settings.einvoicing, settings.data_dir), outbox.LIFECYCLE, name, out.xml
    )
    out.outbox_file = f"{outbox.LIFECYCLE}/{name}"
    return out


def record(session: Session, prepared: Prepared, settings: Settings) -> LifecycleStatus | None:
    """The status's row, its archive object and its audit event, in the caller's
    transaction; None when it was recorded already (a retry)."""
    p = prepared.planned
    exists = session.execute(
        select(LifecycleStatus.id).where(LifecycleStatus.trigger == p.trigger)
    ).first()
    if exists:
        return None
    req, facts = p.request, p.facts
    findings: list[dict[str, Any]] = []
    if p.error is not None:
        findings = [{"rule": "orderdesk", "flag": "fatal", "message": p.error}]
    elif prepared.validation is not None:
        findings = [f.model_dump(mode="json") for f in prepared.validation.fatal]
    sent = prepared.stored is not None
    them = None if facts is None else (facts.seller if p.role == "buyer" else facts.buyer)
    row = LifecycleStatus(
        document_id=p.invoice.id,
        direction="sent",
        state="sent" if sent else "invalid",
        code=req.code,
        label=status_label(req.code),
        reason_code=req.reason_code,
        reason=(prepared.message.references[0].reason if prepared.message else req.reason),
        reason_source=p.reason_source,
        action_code=req.action_code,
        amount=req.amount,
        currency=facts.currency if facts else p.invoice.currency,
        invoice_number=facts.number if facts else p.invoice.document_number,
        invoice_date=facts.issue_date if facts else p.invoice.document_date,
        seller_siren=facts.seller.id_for(lc.SIREN_SCHEME) if facts else None,
        role="BY" if p.role == "buyer" else "SE",
        counterpart=them.name if them else None,
        message_id=prepared.message.message_id if prepared.message else None,
        trigger=p.trigger,
        source_document_id=p.source_document_id,
        archive_key=prepared.stored.key if prepared.stored else None,
        archive_sha256=prepared.stored.sha256 if prepared.stored else None,
        outbox_file=prepared.outbox_file,
        findings=findings,
        set_at=req.set_at,
    )
    session.add(row)
    session.flush()
    stored = prepared.stored
    if stored is not None:
        session.add(
            ArchiveObject.of(
                stored,
                document_id=p.invoice.id,
                kind=SENT_PART,
                retain_until=prepared.retain,
            )
        )
    ref_words = (
        summary(prepared.message.references[0]) if prepared.message else f"{req.code} {row.label}"
    )
    document_event(
        session,
        p.invoice.id,
        actor=ACTOR,
        action="lifecycle_status_sent" if sent else "lifecycle_status_not_sent",
        data={
            "status_id": row.id,
            "status": req.code,
            "label": row.label,
            "reason_code": req.reason_code,
            "reason_source": p.reason_source,
            "reason": ref_words
            if sent
            else f"{ref_words}: not sent: "
            + "; ".join(str(f.get("message")) for f in findings)[:500],
            "message_id": row.message_id,
            "key": row.archive_key,
            "sha256": row.archive_sha256,
            "outbox": row.outbox_file,
            "trigger": p.trigger,
            "checked": prepared.validation.checked if prepared.validation else [],
        },
    )
    if sent:
        _after_change(session, p.invoice.id, settings)
    else:
        log.error(
            "lifecycle status %s of document %s not sent: %s", req.code, p.invoice.id, findings
        )
    return row


def _after_change(session: Session, invoice_id: int, settings: Settings) -> None:
    enqueue_document(session, ARCHIVE_JOB, invoice_id, settings)
    if settings.approvals.outbound.webhook_url:
        enqueue_document(session, WEBHOOK_JOB, invoice_id, settings)


# --- received --------------------------------------------------------------------------------


def take_received(session: Session, doc: Document, result: Any, settings: Settings) -> bool:
    """After extraction: a platform's status is attached to its invoice and filed (True: it
    is not for review); an invoice adopts the statuses that came before it (False)."""
    message = getattr(result, "lifecycle", None)
    if message is None:
        if doc.doc_type in INVOICE_TYPES:
            adopt_waiting(session, doc, settings)
        return False
    original = session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == doc.id, ArchiveObject.kind == "original"
        )
    ).scalar_one()
    validation = getattr(result, "validation", None)
    findings = [f.model_dump(mode="json") for f in validation.fatal] if validation else []
    issuer = message.issuer
    words: list[str] = []
    waiting = False
    for i, ref in enumerate(message.references):
        trigger = f"received:{doc.id}:{i}"
        if session.execute(
            select(LifecycleStatus.id).where(LifecycleStatus.trigger == trigger)
        ).first():
            continue
        row = LifecycleStatus(
            document_id=None,
            direction="received",
            state="waiting",
            code=ref.status_code or "?",
            label=ref.status or status_label(ref.status_code),
            reason_code=ref.reason_code,
            reason=ref.reason,
            reason_source="platform",
            action_code=next((d.action_code for d in ref.details if d.action_code), None),
            amount=_paid(ref),
            currency=next(
                (c.currency for d in ref.details for c in d.characteristics if c.currency), None
            ),
            invoice_number=ref.invoice_number,
            invoice_date=ref.issue_date,
            seller_siren=ref.seller.id_for(lc.SIREN_SCHEME) if ref.seller else None,
            role=issuer.role if issuer else None,
            counterpart=(issuer.name or issuer.id_for(lc.SIREN_SCHEME)) if issuer else None,
            message_id=message.message_id,
            trigger=trigger,
            source_document_id=doc.id,
            archive_key=original.key,
            archive_sha256=original.sha256,
            findings=findings,
            set_at=message.set_at or message.issued_at or doc.received_at,
        )
        session.add(row)
        session.flush()
        parties = {
            i.value for p in (message.issuer, *message.recipients) if p for i in p.ids if i.value
        }
        invoice = match_invoice(
            session, ref.invoice_number, row.seller_siren, ref.issue_date, parties
        )
        if invoice is not None:
            attach(session, row, invoice, settings)  # delivered with the invoice's statuses
        else:
            waiting = True
        words.append(summary(ref) + (f" → document {invoice.id}" if invoice else " (waiting)"))
    doc.status = DocStatus.ARCHIVED
    doc.decided_by, doc.decided_at = ACTOR, utcnow()
    doc.decision_reason = "lifecycle status: " + "; ".join(words)
    document_event(
        session,
        doc.id,
        actor=ACTOR,
        action="lifecycle_status_filed",
        data={
            "reason": doc.decision_reason[:500],
            "message_id": message.message_id,
            "valid": not findings,
        },
    )
    enqueue_document(session, ARCHIVE_JOB, doc.id, settings)
    if waiting and settings.approvals.outbound.webhook_url:
        enqueue_document(session, WEBHOOK_JOB, doc.id, settings)
    return True


def _paid(ref: Any) -> Decimal | None:
    amounts = [
        c.amount
        for d in ref.details
        for c in d.characteristics
        if c.type_code in ("MEN", "MPA") and c.amount is not None
    ]
    return sum(amounts, Decimal(0)) if amounts else None


def match_invoice(
    session: Session,
    number: str | None,
    seller_siren: str | None,
    issue_date: dt.date | None,
    party_ids: set[str],
) -> Document | None:
    """The one invoice a status is about: same number, and the seller's SIREN when both say
    it (else the invoice date, else a party of the message on the invoice); None when no
    invoice, or more than one, fits."""
    key = invoice_key(number or "")
    if not key:
        return None
    fits = []
    for doc in numbered_invoices(
        session,
        key,
        Document.doc_type.in_(INVOICE_TYPES),
        Document.status.not_in([str(s) for s in NOT_MATCHABLE]),
    ):
        edoc = einvoice_of(doc)
        seller = siren_of(edoc.party("seller")) if edoc else None
        if seller_siren and seller:
            ok = seller == seller_siren
        elif issue_date and doc.document_date:
            ok = doc.document_date == issue_date
        else:
            ours = {siren_of(p) for p in (edoc.parties if edoc else [])} - {None}
            ok = bool(ours & party_ids) if ours and party_ids else False
        if ok:
            fits.append(doc)
    if len(fits) > 1 and issue_date:
        fits = [d for d in fits if d.document_date == issue_date] or fits
    return fits[0] if len(fits) == 1 else None


def attach(session: Session, row: LifecycleStatus, invoice: Document, settings: Settings) -> None:
    original = session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == row.source_document_id, ArchiveObject.kind == "original"
        )
    ).scalar_one()
    row.document_id, row.state = invoice.id, "attached"
    session.add(
        ArchiveObject.of(  # the platform's CDAR, listed among the invoice's archived parts
            original,
            document_id=invoice.id,
            kind=RECEIVED_PART,
            retain_until=original.retain_until,
        )
    )
    words = f"{row.code} {row.label}" + (
        f" ({': '.join(p for p in (row.reason_code, row.reason) if p)})"
        if row.reason_code or row.reason
        else ""
    )
    document_event(
        session,
        invoice.id,
        actor=ACTOR,
        action="lifecycle_status_received",
        data={
            "status_id": row.id,
            "status": row.code,
            "label": row.label,
            "reason_code": row.reason_code,
            "reason": f"{words} from {row.counterpart or 'the platform'}",
            "message_id": row.message_id,
            "cdar_document_id": row.source_document_id,
            "sha256": row.archive_sha256,
            "valid": not row.findings,
        },
    )
    _after_change(session, invoice.id, settings)


def adopt_waiting(session: Session, invoice: Document, settings: Settings) -> int:
    """Statuses that came before their invoice, attached now that it is here."""
    key = invoice_key(invoice.document_number or "")
    if not key:
        return 0
    waiting = session.execute(
        select(LifecycleStatus).where(
            LifecycleStatus.direction == "received",
            LifecycleStatus.document_id.is_(None),
            contains_key(LifecycleStatus.invoice_number, key),
        )
    ).scalars()
    n = 0
    for row in waiting:
        parties = {row.seller_siren} if row.seller_siren else set()
        found = match_invoice(
            session, row.invoice_number, row.seller_siren, row.invoice_date, parties
        )
        if found is not None and found.id == invoice.id:
            attach(session, row, invoice, settings)
            n += 1
    return n


def archived_version(session: Session, key: str) -> str | None:
    """The version recorded for an archived key (S3 keeps versions; the local store none)."""
    return session.execute(
        select(ArchiveObject.version_id).where(ArchiveObject.key == key).order_by(ArchiveObject.id)
    ).scalar()


def read_status_xml(
    session: Session, store: ObjectStore, status_id: int, *, actor: str
) -> tuple[LifecycleStatus, bytes]:
    """A status's CDAR message as archived (sent, or as the platform sent it); reading it
    is a ``downloaded`` event in its invoice's history."""
    row = session.get(LifecycleStatus, status_id)
    if row is None or not row.archive_key:
        raise NotFound(f"lifecycle status {status_id} has no archived message")
    data = store.get(row.archive_key, archived_version(session, row.archive_key))
    document_event(
        session,
        row.document_id or row.source_document_id,
        actor=actor,
        action="downloaded",
        data={"kind": "lifecycle_status", "status_id": row.id},
    )
    return row, data


def statuses_of(session: Session, document_id: int) -> list[LifecycleStatus]:
    """Statuses about an invoice, or carried by a CDAR document / caused by an advice."""
    return list(
        session.execute(
            select(LifecycleStatus)
            .where(
                or_(
                    LifecycleStatus.document_id == document_id,
                    LifecycleStatus.source_document_id == document_id,
                )
            )
            .order_by(LifecycleStatus.set_at, LifecycleStatus.id)
        ).scalars()
    )


# --- a clerk's choice ----------------------------------------------------------------------


class StatusChoiceError(InvalidInput):
    """This status cannot be chosen for this document."""

    code = "lifecycle_status"


class StatusConflict(Conflict):
    """The document's state does not allow this status."""

    code = "lifecycle_status_state"


class StatusWords(TypedDict, total=False):
    """What a clerk may say with a status, beside its code (``choose``'s keywords)."""

    reason_code: str | None
    reason: str | None
    action_code: str | None
    note: str | None


@dataclass(frozen=True)
class StatusChoice:
    """What a clerk's status decides (``flow.decisions.choose_status`` carries it out)."""

    decision: str  # "approve" | "reject" | "hold"
    reason: str | None  # the clerk's words, if any
    words: str  # the reason, else the code's standard wording (a hold: led by its label)


def choose(
    session: Session,
    doc: Document,
    *,
    actor: str,
    code: str,
    settings: Settings,
    reason_code: str | None = None,
    reason: str | None = None,
    action_code: str | None = None,
    note: str | None = None,
) -> StatusChoice:
    """A clerk says in the platform's words what orderdesk decides on a received e-invoice:
    checked and recorded here; the decision it calls for is returned (205/206 approve, 210
    refuses, 207 and 208 hold)."""
    edoc = einvoice_of(doc)
    if not in_scope(edoc):
        raise StatusChoiceError(
            f"document {doc.id} is not an e-invoice of a French seller: it has no lifecycle "
            "statuses; approve or reject it as usual"
        )
    assert edoc is not None
    if our_role(edoc, settings) != "buyer":
        raise StatusConflict(
            f"invoice {doc.document_number} is not addressed to us (SIREN "
            f"{settings.einvoicing.company_siren}): only its buyer sets these statuses"
        )
    reason = (reason or "").strip() or None
    request = lc.StatusRequest(
        code=code, set_at=utcnow(), reason_code=reason_code or None, action_code=action_code
    )
    try:
        lc.check_request(request, "buyer")
    except lc.LifecycleError as exc:
        raise StatusChoiceError(str(exc)) from exc
    if code in ("207", "208") and doc.status == DocStatus.REJECTED:
        raise StatusConflict(f"invoice {doc.document_number} is refused already")
    document_event(
        session,
        doc.id,
        actor=actor,
        action=DECIDED_ACTION,
        data={
            "status": code,
            "label": status_label(code),
            "reason_code": reason_code,
            "reason": reason,
            "action_code": action_code,
            "note": note,
        },
    )
    words = reason or (lc.REASONS.get(reason_code or "") or status_label(code))
    if code in ("205", "206"):
        return StatusChoice("approve", reason, words)
    if code == "210":
        return StatusChoice("reject", reason, words)
    return StatusChoice("hold", reason, f"{status_label(code)}: {words}")
