"""The entry points of linking: link a document (the ``link`` job), link one by hand,
resolve a discrepancy, cancel an order. Each runs inside the caller's transaction and
leaves links, discrepancies, tasks and order statuses consistent with each other.

Linking is idempotent: running it again for a document replaces what it found before
(a person's manual link is kept), so a retried job or a re-approved document gives the
same result.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from linking import tasks
from linking.errors import InvalidInput, InvalidState, NotAllowed, NotFound
from linking.facts import FOLLOW_UPS, LINE_KIND, DocFacts, read
from linking.finder import customer_score, find_order
from linking.lifecycle import apply_status, record_status_change
from linking.lines import line_amount, match_lines
from linking.payments import balance, early_discount
from linking.reconcile import picture
from linking.rules import ORDER_KINDS, no_order, order_findings, payment_findings, unknown_invoice
from models.audit import document_event
from models.base import utcnow
from models.db import of_document
from models.documents import Document
from models.enums import DECIDED_OK, OrderStatus, Role, TaskStatus
from models.linking import (
    Discrepancy,
    DocumentLink,
    LineLink,
    LinkCandidate,
    PaymentAllocation,
)
from models.numbers import find_invoice, invoice_key, order_key
from models.orders import Order
from models.review import ReviewTask
from models.settings.linking import LinkingSettings

SYSTEM = tasks.SYSTEM
ZERO = Decimal(0)
DOC_KINDS = ("no_order", "unknown_invoice")
# what a clerk alone may not do (see ``cancel_order`` and ``link_manually``): an approver may
APPROVER_ROLES = (Role.APPROVER, Role.ADMIN)
SAME_CUSTOMER = 0.85  # the finder's bar for "the same customer" (number, or a near-same name)
MOVED_BY = ("delivery_note", "invoice", "credit_note", "payment_advice")


LINKING_LOCK = 0x6F72646C696E6B  # "ordlink": the advisory lock linking transactions share
_Row = TypeVar("_Row", Document, Order, Discrepancy)


def _existing(session: Session, model: type[_Row], row_id: int, what: str) -> _Row:
    """The row a clerk's action names, or NotFound saying which ``what`` is missing."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} {row_id} does not exist")
    return row


def serialise(session: Session) -> None:
    """Take the linking lock first: taking it before any order or invoice row lock gives all
    linking transactions one lock order, so two workers can never deadlock. Not the audit
    head: that is taken only while committing (``models.audit.chain_pending``), and holding
    it here would make every other writer wait for this whole transaction. (SQLite already
    runs one writer at a time.)"""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LINKING_LOCK})


# --- the link job ---------------------------------------------------------------------------


def link_document(
    session: Session, document_id: int, settings: LinkingSettings, *, actor: str = SYSTEM
) -> None:
    """Link one decided document to its order(s) and bring the orders up to date."""
    serialise(session)
    doc = session.get(Document, document_id)
    if doc is None:
        return
    if doc.status not in DECIDED_OK:  # rejected, or back in review: it proves nothing
        _forget(session, doc, settings, actor)
        return
    if doc.doc_type == "purchase_order":
        order = session.execute(
            select(Order).where(Order.document_id == doc.id)
        ).scalar_one_or_none()
        if order is not None:
            refresh_order(session, order, settings, actor=actor, because={"document_id": doc.id})
            _adopt_orphans(session, order, settings)
        return
    if doc.doc_type == "payment_advice":
        _link_payment(session, doc, settings, actor)
        return
    if doc.doc_type in FOLLOW_UPS:
        _link_follow_up(session, doc, settings, actor)
        if doc.doc_type == "invoice":
            _adopt_payments(session, doc, settings)


def _links_of(session: Session, document_id: int) -> list[DocumentLink]:
    return of_document(session, DocumentLink, document_id)


def _candidate_orders(session: Session, document_id: int) -> set[int]:
    """Orders offered for a document in link review (none of them closes meanwhile)."""
    return set(
        session.execute(
            select(LinkCandidate.order_id).where(LinkCandidate.document_id == document_id)
        ).scalars()
    )


def _remove_links(session: Session, links: Iterable[DocumentLink]) -> None:
    for link in links:
        session.delete(link)
    session.flush()


def _doc_scope(document_id: int, kinds: tuple[str, ...] = DOC_KINDS) -> Any:
    return (Discrepancy.document_id == document_id) & Discrepancy.kind.in_(kinds)


def _link_follow_up(session: Session, doc: Document, settings: LinkingSettings, actor: str) -> None:
    facts = read(doc)
    existing = _links_of(session, doc.id)
    affected = {link.order_id for link in existing}
    was_candidate = _candidate_orders(session, doc.id)
    manual = next((link for link in existing if link.method == "manual"), None)
    findings = []
    if manual is not None:  # a person decided: keep the order, only re-match the lines
        order = session.get(Order, manual.order_id)
        _remove_links(session, existing)
        if order is not None:
            _attach(
                session,
                doc,
                facts,
                order,
                method="manual",
                score=None,
                actor=manual.linked_by,
                announce=False,
                related=manual.related_document_id,  # the invoice a person tied a credit to
            )
    else:
        outcome = find_order(session, facts, settings)
        _remove_links(session, existing)
        if outcome.order is not None:
            tasks.clear_link_review(session, doc.id)
            _attach(
                session,
                doc,
                facts,
                outcome.order,
                method=outcome.method,
                score=outcome.score,
                actor=actor,
                announce=outcome.order.id not in affected,
            )
            affected.add(outcome.order.id)
        elif outcome.candidates:
            tasks.open_link_review(session, doc.id, outcome.candidates, outcome.why)
        else:
            tasks.clear_link_review(session, doc.id)
            findings.append(no_order(facts, outcome.why))
    touched = tasks.sync(session, _doc_scope(doc.id), findings)
    tasks.sync_tasks(session, touched)
    # orders it was or is now a candidate for: a document waiting on them keeps them open
    affected |= was_candidate | _candidate_orders(session, doc.id)
    _refresh_ids(session, affected, settings, actor, {"document_id": doc.id})


def _attach(
    session: Session,
    doc: Document,
    facts: DocFacts,
    order: Order,
    *,
    method: str,
    score: float | None,
    actor: str,
    announce: bool = True,
    related: int | None = None,
    crossed: list[str] | None = None,
) -> DocumentLink:
    link = DocumentLink(
        document_id=doc.id,
        order_id=order.id,
        role=facts.doc_type,
        method=method,
        score=score,
        reference=facts.order_ref,
        linked_by=actor,
        related_document_id=related,
    )
    kind = LINE_KIND[facts.doc_type]
    for m in match_lines(facts.lines, list(order.lines)):
        link.lines.append(
            LineLink(
                document_line_id=m.line.id,
                order_line_id=m.order_line.id if m.order_line else None,
                kind=kind,
                quantity=m.line.quantity,
                unit_price=m.line.unit_price,
                amount=line_amount(m.line),
                match=m.how,
            )
        )
    session.add(link)
    session.flush()
    if announce:
        document_event(
            session,
            doc.id,
            actor=actor,
            action="linked",
            data={
                "order_id": order.id,
                "order_number": order.order_number,
                "method": method,
                "score": score,
            }
            | ({"crossed": crossed} if crossed else {}),
        )
    return link


def _credited_invoice(
    session: Session, facts: DocFacts, order: Order, credited_lines: set[int]
) -> int | None:
    """The invoice a credit note corrects: the one it names; else the order's only invoice
    that billed every order line the credit note credits (the only invoice at all when its
    lines match none). None while that is not clear (its invoice has not come yet, or
    several fit): it is assigned once it is, on the order's next refresh."""
    for ref in facts.references:
        if ref.doc_type == "invoice":
            inv = find_invoice(session, ref.number, facts.customer_name)
            if inv is not None:
                return inv.id
    invoices = list(
        session.execute(
            select(DocumentLink)
            .where(DocumentLink.order_id == order.id, DocumentLink.role == "invoice")
            .order_by(DocumentLink.document_id)
        ).scalars()
    )
    if credited_lines:  # the invoices that billed what is credited
        invoices = [
            link
            for link in invoices
            if credited_lines
            <= {ll.order_line_id for ll in link.lines if ll.kind == "invoiced" and ll.order_line_id}
        ]
    return invoices[0].document_id if len(invoices) == 1 else None


def _assign_credits(session: Session, order: Order) -> set[int]:
    """Credit notes of ``order`` not yet tied to an invoice, tied now if it has become clear
    (the invoice arrived after the credit note). Returns the invoices whose balance moved."""
    moved: set[int] = set()
    credits = session.execute(
        select(DocumentLink).where(
            DocumentLink.order_id == order.id,
            DocumentLink.role == "credit_note",
            DocumentLink.related_document_id.is_(None),
        )
    ).scalars()
    for link in list(credits):
        doc = session.get(Document, link.document_id)
        if doc is None:
            continue
        lines = {ll.order_line_id for ll in link.lines if ll.order_line_id}
        invoice_id = _credited_invoice(session, read(doc), order, lines)
        if invoice_id is not None:
            link.related_document_id = invoice_id
            moved.add(invoice_id)
    session.flush()
    return moved


# --- payments -------------------------------------------------------------------------------


def _link_payment(session: Session, doc: Document, settings: LinkingSettings, actor: str) -> None:
    facts = read(doc)
    old = list(
        session.execute(
            select(PaymentAllocation).where(PaymentAllocation.payment_document_id == doc.id)
        ).scalars()
    )
    kept = {a.invoice_document_id: (a.written_off, a.reason) for a in old if a.written_off}
    invoice_ids = {a.invoice_document_id for a in old if a.invoice_document_id}
    for a in old:
        session.delete(a)
    existing = _links_of(session, doc.id)
    affected = {link.order_id for link in existing}
    _remove_links(session, existing)
    findings = []
    paid_on = facts.payment_date or facts.date
    refs = [r for r in facts.references if r.doc_type != "purchase_order"]
    if not refs:
        findings.append(unknown_invoice(facts, "(none named)", facts.total_gross))
    for ref in refs:
        amount = ref.amount if ref.amount is not None else ZERO
        inv = find_invoice(session, ref.number, facts.customer_name)
        if inv is None:
            session.add(
                PaymentAllocation(
                    payment_document_id=doc.id,
                    invoice_number=ref.number,
                    amount=amount,
                    reason=ref.reason,
                    payment_date=paid_on,
                )
            )
            findings.append(unknown_invoice(facts, ref.number, ref.amount))
            continue
        session.execute(select(Document.id).where(Document.id == inv.id).with_for_update())
        bal = balance(session, inv)
        written_off, reason = kept.get(inv.id, (ZERO, None))
        discount = early_discount(
            read(inv),
            bal.open - written_off,
            amount,
            paid_on,
            stated=ref.discount,
            max_pct=settings.max_discount_pct,
            tolerance=settings.amount_tolerance,
        )
        session.add(
            PaymentAllocation(
                payment_document_id=doc.id,
                invoice_document_id=inv.id,
                invoice_number=ref.number,
                amount=amount,
                discount=discount,
                written_off=written_off,
                reason=ref.reason or reason,
                payment_date=paid_on,
            )
        )
        session.flush()
        invoice_ids.add(inv.id)
    session.flush()
    for order_id, invoice_id in _orders_of_invoices(session, invoice_ids).items():
        session.add(
            DocumentLink(
                document_id=doc.id,
                order_id=order_id,
                role="payment_advice",
                method="via_invoice",
                related_document_id=invoice_id,
                linked_by=actor,
            )
        )
        affected.add(order_id)
    session.flush()
    touched = tasks.sync(session, _doc_scope(doc.id, ("unknown_invoice",)), findings)
    for invoice_id in sorted(invoice_ids):
        touched |= _sync_invoice_payments(session, invoice_id, settings)
    tasks.sync_tasks(session, touched)
    document_event(
        session,
        doc.id,
        actor=actor,
        action="payment_allocated",
        data={"invoices": sorted(invoice_ids), "unknown": [f.subject for f in findings]},
    )
    _refresh_ids(session, affected, settings, actor, {"document_id": doc.id})


def _orders_of_invoices(session: Session, invoice_ids: Iterable[int]) -> dict[int, int]:
    ids = [i for i in invoice_ids if i]
    if not ids:
        return {}
    rows = session.execute(
        select(DocumentLink.order_id, DocumentLink.document_id)
        .where(DocumentLink.document_id.in_(ids), DocumentLink.role == "invoice")
        .order_by(DocumentLink.document_id)
    ).all()
    out: dict[int, int] = {}
    for order_id, invoice_id in rows:
        out.setdefault(order_id, invoice_id)
    return out


def _sync_invoice_payments(
    session: Session, invoice_id: int, settings: LinkingSettings
) -> set[int]:
    inv = session.get(Document, invoice_id)
    scope = (Discrepancy.kind == "payment_mismatch") & (
        Discrepancy.invoice_document_id == invoice_id
    )
    if inv is None:
        return tasks.sync(session, scope, [])
    order_id = next(iter(_orders_of_invoices(session, [invoice_id])), None)
    findings = payment_findings(session, inv, balance(session, inv), settings, order_id)
    return tasks.sync(session, scope, findings)


def _adopt_payments(session: Session, invoice: Document, settings: LinkingSettings) -> None:
    """Payment advices that arrived before this invoice was approved now find it."""
    key = invoice_key(invoice.document_number)
    if not key:
        return
    waiting = session.execute(
        select(PaymentAllocation.payment_document_id, PaymentAllocation.invoice_number).where(
            PaymentAllocation.invoice_document_id.is_(None)
        )
    ).all()
    for payment_id in sorted({pid for pid, number in waiting if invoice_key(number) == key}):
        link_document(session, payment_id, settings)


# --- orders ---------------------------------------------------------------------------------


def refresh_order(
    session: Session,
    order: Order,
    settings: LinkingSettings,
    *,
    actor: str = SYSTEM,
    because: dict[str, Any] | None = None,
) -> OrderStatus:
    """Recompute an order's discrepancies and status from its links (under a row lock, so two
    documents of one order linked at once cannot both miss each other)."""
    session.execute(
        select(Order)
        .where(Order.id == order.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    _ensure_payment_links(session, order)
    _assign_credits(session, order)
    pic = picture(session, order, settings)
    scope = (Discrepancy.order_id == order.id) & Discrepancy.kind.in_(ORDER_KINDS)
    touched = tasks.sync(session, scope, order_findings(pic))
    for bal in pic.invoices:  # a credit note or a relinked invoice moves what is still owed
        touched |= _sync_invoice_payments(session, bal.invoice_id, settings)
    tasks.sync_tasks(session, touched)
    session.flush()
    return apply_status(session, pic, actor=actor, because=because or {})


def _refresh_ids(
    session: Session,
    order_ids: Iterable[int],
    settings: LinkingSettings,
    actor: str,
    because: dict[str, Any],
) -> None:
    for order_id in sorted(set(order_ids)):
        order = session.get(Order, order_id)
        if order is not None:
            refresh_order(session, order, settings, actor=actor, because=because)


def _linked_ids(session: Session, order: Order, role: str) -> list[int]:
    """The documents linked to the order in one role (its invoices, its payment advices)."""
    return list(
        session.execute(
            select(DocumentLink.document_id).where(
                DocumentLink.order_id == order.id, DocumentLink.role == role
            )
        ).scalars()
    )


def _ensure_payment_links(session: Session, order: Order) -> None:
    invoice_ids = _linked_ids(session, order, "invoice")
    if not invoice_ids:
        return
    linked = set(_linked_ids(session, order, "payment_advice"))
    rows = session.execute(
        select(PaymentAllocation.payment_document_id, PaymentAllocation.invoice_document_id)
        .where(PaymentAllocation.invoice_document_id.in_(invoice_ids))
        .order_by(PaymentAllocation.id)
    ).all()
    for payment_id, invoice_id in rows:
        if payment_id not in linked:
            linked.add(payment_id)
            session.add(
                DocumentLink(
                    document_id=payment_id,
                    order_id=order.id,
                    role="payment_advice",
                    method="via_invoice",
                    related_document_id=invoice_id,
                    linked_by=SYSTEM,
                )
            )
    session.flush()


def _adopt_orphans(session: Session, order: Order, settings: LinkingSettings) -> None:
    """Documents that came before their order (no order, or in link review) try again."""
    key = order_key(order.order_number)
    waiting = set(
        session.execute(
            select(Discrepancy.document_id).where(
                Discrepancy.kind == "no_order", Discrepancy.status == "open"
            )
        ).scalars()
    ) | set(
        session.execute(
            select(ReviewTask.document_id).where(
                ReviewTask.queue == tasks.LINK_REVIEW, ReviewTask.status != TaskStatus.DONE
            )
        ).scalars()
    )
    for doc_id in sorted(waiting):
        doc = session.get(Document, doc_id)
        if doc is not None and order_key(read(doc).order_ref) == key:
            link_document(session, doc_id, settings)


def _forget(session: Session, doc: Document, settings: LinkingSettings, actor: str) -> None:
    """A rejected document takes its links, allocations and discrepancies with it."""
    existing = _links_of(session, doc.id)
    affected = {link.order_id for link in existing} | _candidate_orders(session, doc.id)
    invoice_ids: set[int] = set()
    for a in session.execute(
        select(PaymentAllocation).where(PaymentAllocation.payment_document_id == doc.id)
    ).scalars():
        if a.invoice_document_id:
            invoice_ids.add(a.invoice_document_id)
        session.delete(a)
    _remove_links(session, existing)
    tasks.clear_link_review(session, doc.id)
    touched = tasks.sync(session, Discrepancy.document_id == doc.id, [])
    for invoice_id in invoice_ids:
        touched |= _sync_invoice_payments(session, invoice_id, settings)
    tasks.sync_tasks(session, touched)
    _refresh_ids(session, affected, settings, actor, {"document_id": doc.id})


# --- people's decisions ---------------------------------------------------------------------


def crossings(facts: DocFacts, order: Order) -> list[str]:
    """What a link of this document to this order would cross: another customer (both sides
    name one, and they differ), another currency. Empty: nothing (or too little is known)."""
    out = []
    named = (facts.customer_name or facts.customer_number) and (
        order.customer_name or order.customer_number
    )
    if named and customer_score(facts, order) < SAME_CUSTOMER:
        out.append(
            f"customer: the document is from {facts.customer_name or facts.customer_number}, "
            f"the order of {order.customer_name or order.customer_number}"
        )
    mine, theirs = (facts.currency or "").strip().upper(), (order.currency or "").strip().upper()
    if mine and theirs and mine != theirs:
        out.append(f"currency: the document is in {mine}, the order in {theirs}")
    return out


def link_manually(
    session: Session,
    document_id: int,
    order_id: int,
    settings: LinkingSettings,
    *,
    actor: str,
    role: Role | str | None = Role.CLERK,
) -> DocumentLink:
    """A clerk says which order a document belongs to (from link review, or to correct one).

    A link to another customer's order or across currencies moves money between customers:
    a clerk alone may not make it, an approver may (audited with what was crossed)."""
    serialise(session)
    doc = _existing(session, Document, document_id, "document")
    if doc.doc_type not in FOLLOW_UPS:
        raise InvalidState(
            f"document {document_id} is a {doc.doc_type or 'document of unknown type'}; only "
            "confirmations, delivery notes, invoices and credit notes are linked to an order "
            "(payment advices follow the invoices they pay)"
        )
    if doc.status not in DECIDED_OK:
        raise InvalidState(f"document {document_id} is {doc.status}; approve it before linking it")
    order = _existing(session, Order, order_id, "order")
    facts = read(doc)
    crossed = crossings(facts, order)
    if crossed and role not in APPROVER_ROLES:
        what = "another customer" if crossed[0].startswith("customer") else "another currency"
        raise NotAllowed(
            f"order {order.order_number} is for {what} ({'; '.join(crossed)}): only an "
            "approver can link across customers or currencies; ask one"
        )
    existing = _links_of(session, doc.id)
    affected = {link.order_id for link in existing} | {order.id}
    affected |= _candidate_orders(session, doc.id)
    _remove_links(session, existing)
    tasks.clear_link_review(session, doc.id)
    link = _attach(
        session, doc, facts, order, method="manual", score=None, actor=actor, crossed=crossed
    )
    touched = tasks.sync(session, _doc_scope(doc.id), [])
    tasks.sync_tasks(session, touched | {doc.id})
    _refresh_ids(session, affected, settings, actor, {"document_id": doc.id})
    if doc.doc_type == "invoice":
        _adopt_payments(session, doc, settings)
    return link


def assign_credit(
    session: Session, credit_note_id: int, invoice_id: int, settings: LinkingSettings, *, actor: str
) -> DocumentLink:
    """A clerk says which invoice a credit note corrects (when it names none and several of
    its order's invoices fit). The choice is kept through later re-runs of the link job."""
    serialise(session)
    doc = _existing(session, Document, credit_note_id, "document")
    if doc.doc_type != "credit_note":
        raise InvalidState(f"document {credit_note_id} is a {doc.doc_type}, not a credit note")
    link = next(iter(_links_of(session, doc.id)), None)
    if link is None:
        raise InvalidState(
            f"credit note {doc.document_number or doc.id} is not linked to an order yet; "
            "link it to its order first"
        )
    invoice = session.execute(
        select(DocumentLink).where(
            DocumentLink.document_id == invoice_id,
            DocumentLink.order_id == link.order_id,
            DocumentLink.role == "invoice",
        )
    ).scalar_one_or_none()
    if invoice is None:
        raise InvalidInput(
            f"document {invoice_id} is not an invoice of the credit note's order; pick one of "
            "the order's invoices"
        )
    before = link.related_document_id
    link.related_document_id, link.method, link.linked_by = invoice_id, "manual", actor
    session.flush()
    document_event(
        session,
        doc.id,
        actor=actor,
        action="credit_assigned",
        data={"order_id": link.order_id, "invoice_before": before, "invoice": invoice_id},
    )
    order = session.get(Order, link.order_id)
    if order is not None:
        refresh_order(session, order, settings, actor=actor, because={"document_id": doc.id})
    if before is not None and before != invoice_id:
        touched = _sync_invoice_payments(session, before, settings)
        tasks.sync_tasks(session, touched)
    return link


RESOLUTIONS = {"accept": "accepted", "write_off": "written_off"}


def resolve_discrepancy(
    session: Session,
    discrepancy_id: int,
    settings: LinkingSettings,
    *,
    actor: str,
    action: str,
    note: str,
) -> Discrepancy:
    """``accept`` a discrepancy (with why), or ``write_off`` the open rest of a short payment."""
    serialise(session)
    row = _existing(session, Discrepancy, discrepancy_id, "discrepancy")
    if row.status != "open":
        raise InvalidState(f"discrepancy {discrepancy_id} is already {row.resolution}")
    if action not in RESOLUTIONS:
        raise InvalidInput(f"action must be one of {sorted(RESOLUTIONS)}, not {action!r}")
    note = (note or "").strip()
    if not note:
        raise InvalidInput("say why (the note is kept in the audit trail)")
    order_ids = {row.order_id} if row.order_id else set()
    if action == "write_off":
        if row.kind != "payment_mismatch" or row.invoice_document_id is None:
            raise InvalidInput("only a short payment can be written off; accept the others")
        inv = session.get(Document, row.invoice_document_id)
        bal = balance(session, inv) if inv else None
        if inv is None or bal is None or bal.open <= settings.amount_tolerance:
            raise InvalidInput("nothing is open on this invoice any more: accept it instead")
        alloc = (
            session.execute(
                select(PaymentAllocation)
                .where(
                    PaymentAllocation.invoice_document_id == inv.id,
                    PaymentAllocation.payment_document_id == row.document_id,
                )
                .order_by(PaymentAllocation.id.desc())
            )
            .scalars()
            .first()
        )
        if alloc is None:
            raise InvalidState("no payment of this advice is allocated to the invoice")
        alloc.written_off += bal.open
        alloc.reason = note
        order_ids |= set(_orders_of_invoices(session, [inv.id]))
    row.status, row.resolution = "resolved", RESOLUTIONS[action]
    row.resolved_by, row.resolved_at, row.note = actor, utcnow(), note
    session.flush()
    document_event(
        session,
        row.document_id,
        actor=actor,
        action="discrepancy_resolved",
        data={"discrepancy": row.id, "kind": row.kind, "resolution": row.resolution, "note": note},
    )
    touched = {row.document_id}
    if row.invoice_document_id:
        touched |= _sync_invoice_payments(session, row.invoice_document_id, settings)
    tasks.sync_tasks(session, touched)
    _refresh_ids(session, order_ids, settings, actor, {"discrepancy": row.id})
    return row


def cancel_order(
    session: Session,
    order_id: int,
    *,
    actor: str,
    reason: str,
    settings: LinkingSettings | None = None,
    role: Role | str | None = Role.CLERK,
) -> Order:
    """A person cancels an order (sticky: links never move it back). Documents already
    linked to it are checked again: each one is now for a cancelled order, a task.

    An order with deliveries, invoices, credit notes or payments has goods or money moving:
    a clerk alone may not cancel it, an approver may."""
    serialise(session)
    order = _existing(session, Order, order_id, "order")
    if not (reason or "").strip():
        raise InvalidInput("a cancellation needs a reason")
    if order.status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        raise InvalidState(f"order {order.order_number} is already {order.status}")
    moving = sorted(
        {
            str(r).replace("_", " ")
            for r in session.execute(
                select(DocumentLink.role).where(
                    DocumentLink.order_id == order.id, DocumentLink.role.in_(MOVED_BY)
                )
            ).scalars()
        }
    )
    if moving and role not in APPROVER_ROLES:
        raise NotAllowed(
            f"order {order.order_number} already has {', '.join(moving)}s linked: only an "
            "approver can cancel it; ask one"
        )
    why = {"reason": reason.strip()} | ({"with": moving} if moving else {})
    record_status_change(session, order, OrderStatus.CANCELLED, actor=actor, data=why)
    order.status = OrderStatus.CANCELLED
    session.flush()
    refresh_order(session, order, settings or LinkingSettings(), actor=actor)
    return order


def none_of_these(
    session: Session, document_id: int, settings: LinkingSettings, *, actor: str, reason: str
) -> None:
    """A clerk says none of the orders link review offered is the document's: the candidates
    go, the document waits as one that belongs to no known order (a discrepancy a person
    settles or a later order adopts), and the orders that were offered are looked at again."""
    serialise(session)
    doc = _existing(session, Document, document_id, "document")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why none of the orders fits (kept in the audit trail)")
    offered = _candidate_orders(session, doc.id)
    if not offered:
        raise InvalidState(f"document {document_id} is not waiting for an order to be picked")
    tasks.clear_link_review(session, doc.id)
    facts = read(doc)
    finding = no_order(facts, f"none of the orders offered fits ({actor}: {reason})")
    touched = tasks.sync(session, _doc_scope(doc.id), [finding])
    tasks.sync_tasks(session, touched | {doc.id})
    document_event(
        session,
        doc.id,
        actor=actor,
        action="link_candidates_refused",
        data={"orders": sorted(offered), "reason": reason},
    )
    _refresh_ids(session, offered, settings, actor, {"document_id": doc.id})
