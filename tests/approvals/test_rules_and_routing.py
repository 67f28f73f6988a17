"""Rules give clerk-readable verdicts; routing picks queues; touchless, claims and 4-eyes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import claims, review
from approvals.errors import InvalidInput, InvalidState, NotAllowed
from models.audit import AuditEvent
from models.documents import Check, Document
from models.enums import DocStatus, Role
from models.orders import Order
from models.review import ReviewTask
from models.settings import Settings
from tests.approvals.factory import future, load_master, make_po, po_lines


def checks(session: Session, doc_id: int) -> dict[str, list[Check]]:
    out: dict[str, list[Check]] = {}
    for c in session.execute(select(Check).where(Check.document_id == doc_id)).scalars():
        out.setdefault(c.rule, []).append(c)
    return out


def routed_to(session: Session, doc: Document, settings: Settings, queue: str, rule: str) -> str:
    """Route ``doc``, check it waits in ``queue``, and give what ``rule`` said of it."""
    assert review.route(session, doc, settings=settings).queue == queue
    return checks(session, doc.id)[rule][0].message


def task_of(session: Session, doc_id: int) -> ReviewTask:
    return session.execute(select(ReviewTask).where(ReviewTask.document_id == doc_id)).scalar_one()


def test_clean_order_is_approved_touchless(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session)
    result = review.route(session, doc, settings=settings)
    assert result.decided and result.order is not None
    assert doc.status == DocStatus.APPROVED and doc.decided_by == "system:touchless"
    assert result.order.customer_number == "C-100"
    assert all(c.outcome == "pass" for cs in checks(session, doc.id).values() for c in cs)
    actions = session.execute(
        select(AuditEvent.action).where(AuditEvent.entity_id == str(doc.id))
    ).scalars()
    assert "touchless" in set(actions)


def test_touchless_can_be_switched_off(session: Session, settings: Settings) -> None:
    load_master(session)
    settings.approvals.touchless = False
    doc = make_po(session)
    result = review.route(session, doc, settings=settings)
    assert not result.decided and doc.status == DocStatus.IN_REVIEW


def test_arithmetic_and_mandatory_sentences(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, fields={"total_gross": "250.00", "currency": ""})
    doc.lines[0].line_total = Decimal("140.00")
    result = review.route(session, doc, settings=settings)
    assert result.queue == "needs_review"
    found = checks(session, doc.id)
    messages = " | ".join(c.message for c in found["arithmetic"])
    assert "Line 1: 12 × 12.00 makes 144.00" in messages
    assert "the gross total says 250.00" in messages
    assert any("currency is missing" in c.message for c in found["mandatory_fields"])


def test_unknown_customer_goes_to_its_queue_with_a_hint(
    session: Session, settings: Settings
) -> None:
    load_master(session)
    doc = make_po(session, fields={"customer_name": "Ateliers Dupont", "vat_id": ""})
    msg = routed_to(session, doc, settings, "unknown_customer", "unknown_customer")
    assert "Ateliers Dupont" in msg and "closest is C-100" in msg


def _off_list_po(session: Session) -> Document:
    """The clean order with its paper at 7.00 a ream where the list says 5.50."""
    totals = {"total_net": "214.00", "total_tax": "42.80", "total_gross": "256.80"}
    return make_po(session, fields=totals, lines=po_lines(ream_price="7.00"))


def test_price_off_list_goes_to_price_check(session: Session, settings: Settings) -> None:
    load_master(session)
    msg = routed_to(session, _off_list_po(session), settings, "price_check", "price_list")
    assert "27.3% above the list price 5.50 of PAP-200" in msg


def test_rules_can_be_switched_off(session: Session, settings: Settings) -> None:
    load_master(session)
    settings.approvals.rules.price_list.enabled = False
    doc = _off_list_po(session)
    assert review.route(session, doc, settings=settings).decided
    assert "price_list" not in checks(session, doc.id)


def test_duplicate_order_detected(session: Session, settings: Settings) -> None:
    load_master(session)
    first = make_po(session, name="a.pdf")
    review.route(session, first, settings=settings)
    second = make_po(session, name="b.pdf")
    assert f"document {first.id}" in routed_to(session, second, settings, "duplicate", "duplicate")


def test_credit_limit_counts_open_orders(session: Session, settings: Settings) -> None:
    load_master(session)
    session.add(
        Order(
            document_id=make_po(
                session,
                name="old.pdf",
                status=DocStatus.APPROVED,
                fields={"document_number": "OLD", "document_date": "2025-11-03"},
            ).id,
            order_number="OLD",
            customer_number="C-100",
            total_gross=Decimal("49900"),
        )
    )
    doc = make_po(session, fields={"document_number": "PO-NEW"})
    msg = routed_to(session, doc, settings, "credit_check", "credit_limit")
    assert "over Ateliers Durand SARL's credit limit of 50,000.00 EUR" in msg


def test_delivery_date_in_past_and_inside_lead_time(session: Session, settings: Settings) -> None:
    load_master(session)
    past = make_po(session, fields={"delivery_date": "2020-01-01"}, name="p.pdf")
    review.route(session, past, settings=settings)
    assert checks(session, past.id)["delivery_date"][0].outcome == "fail"
    # tomorrow, not today: today turns into the past when midnight (UTC) passes between the
    # order's making and its routing; tomorrow is inside the 2 working days' lead time either way
    soon = make_po(
        session, fields={"delivery_date": future(1), "document_number": "X2"}, name="s.pdf"
    )
    review.route(session, soon, settings=settings)
    verdict = checks(session, soon.id)["delivery_date"][0]
    assert verdict.outcome == "warn" and "lead time" in verdict.message


def test_low_confidence_needs_review(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    assert review.route(session, doc, settings=settings).queue == "needs_review"
    assert "Not sure of the reading of" in checks(session, doc.id)["confidence"][0].message


def test_approve_with_warnings_needs_reason(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    with pytest.raises(InvalidInput, match="give a reason"):
        review.approve(session, doc, actor="alice", role=Role.CLERK, settings=settings)
    order = review.approve(
        session, doc, actor="alice", role=Role.CLERK, reason="checked", settings=settings
    )
    assert order is not None and doc.decision_reason == "checked"


def test_claims_keep_two_clerks_apart_and_expire(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    claims.claim(session, doc, actor="alice", minutes=30)
    with pytest.raises(InvalidState, match="alice is working on"):
        review.correct(session, doc, actor="bob", fields={"currency": "USD"}, settings=settings)
    with pytest.raises(NotAllowed, match="alice is working on it"):
        review.approve(session, doc, actor="bob", role=Role.CLERK, reason="x", settings=settings)
    task = task_of(session, doc.id)
    from models.base import utcnow

    task.claimed_until = utcnow().replace(year=2000)
    review.correct(session, doc, actor="bob", fields={"currency": "EUR "}, settings=settings)
    assert task_of(session, doc.id).claimed_by == "bob"


def test_four_eyes_on_high_value_orders(session: Session, settings: Settings) -> None:
    load_master(session)
    settings.approvals.high_value = Decimal("100")
    doc = make_po(session, fields={"total_gross": "238.90"})  # does not add up: needs a look
    assert review.route(session, doc, settings=settings).queue == "needs_review"
    review.correct(session, doc, actor="carol", fields={"total_gross": "238.80"}, settings=settings)
    assert task_of(session, doc.id).queue == "high_value"
    claims.release(session, doc, actor="carol")
    with pytest.raises(NotAllowed, match="needs an approver"):
        review.approve(session, doc, actor="dave", role=Role.CLERK, reason="ok", settings=settings)
    review.correct(
        session, doc, actor="erin", fields={"delivery_date": future(40)}, settings=settings
    )
    claims.release(session, doc, actor="erin")
    with pytest.raises(NotAllowed, match="4-eyes"):
        review.approve(
            session, doc, actor="erin", role=Role.APPROVER, reason="ok", settings=settings
        )
    order = review.approve(
        session, doc, actor="frank", role=Role.APPROVER, reason="high value", settings=settings
    )
    assert order is not None and order.approved_by == "frank"


def test_clerk_match_is_remembered_as_alias(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, fields={"customer_name": "ADSL Lyon", "vat_id": ""})
    assert review.route(session, doc, settings=settings).queue == "unknown_customer"
    review.set_customer(session, doc, actor="alice", customer_number="C-100", settings=settings)
    assert checks(session, doc.id)["unknown_customer"][0].outcome == "pass"
    again = make_po(
        session,
        # another order (another day: the same amount and day would make it a duplicate)
        fields={
            "customer_name": "ADSL Lyon",
            "vat_id": "",
            "document_number": "PO-2",
            "document_date": future(-1),
        },
        name="again.pdf",
    )
    review.route(session, again, settings=settings)
    assert again.status == DocStatus.APPROVED  # the alias matched by itself


def test_hold_parks_the_document(session: Session, settings: Settings) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    review.hold(session, doc, actor="alice", reason="asked the customer")
    task = task_of(session, doc.id)
    assert task.queue == "on_hold" and task.claimed_by is None


def test_line_edits_keep_provenance_of_untouched_lines(
    session: Session, settings: Settings
) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    _first, second = doc.lines
    box = second.bbox
    rows = [
        {"sku": "VIS-100", "description": "Vis inox", "quantity": "12.00", "unit": "box",
         "unit_price": "12", "line_total": "144", "tax_rate": "20.0"},
        {"sku": "PAP-200", "description": "Ramette papier A4", "quantity": "11", "unit": "ramette",
         "unit_price": "5.50", "line_total": "60.50", "tax_rate": "20"},
    ]  # fmt: skip
    changes = review.correct(session, doc, actor="alice", lines=rows, settings=settings)
    # the totals follow the edited line (recomputed)
    assert [c["field"] for c in changes] == ["lines", "total_net", "total_tax", "total_gross"]
    kept, edited = doc.lines
    assert kept.source == "text" and kept.confidence == 0.5  # same values: still the machine's
    assert edited.source == "human" and edited.bbox == box and edited.corrected_by == "alice"
    assert review.correct(session, doc, actor="alice", lines=rows, settings=settings) == []
