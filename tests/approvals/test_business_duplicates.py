"""Business duplicates: the same document sent again as another file. One rule (approvals)
judges them, for every kind of document: same type, issuer and number, or same type,
issuer, amount and date. A duplicate waits in the duplicate queue for a clerk, is never
approved touchless nor linked until decided; marked a duplicate it is archived as such and
stays unlinked, marked not a duplicate it goes on as usual."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from archive.job import ARCHIVE_JOB
from flow.table import follow_decision
from linking import views
from models.db import session_scope
from models.documents import Check, Document, ExtractedField
from models.enums import DocStatus, Role, TaskStatus
from models.linking import DocumentLink
from models.orders import Order
from models.review import ReviewTask
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po
from tests.linking.story import follow_up, order_of, purchase_order, run_jobs, store, submit


def _doc(
    session: Session, sha: str, number: str, customer: str, doc_type: str = "purchase_order"
) -> Document:
    doc = Document(
        sha256=sha,
        original_name=f"{sha[:8]}.pdf",
        status=DocStatus.EXTRACTED,
        doc_type=doc_type,
        document_number=number,
        customer_name=customer,
        meta={},
    )
    # the issuer: the customer on an order, the supplier on what the supplier sends
    party = "customer_name" if doc_type == "purchase_order" else "supplier_name"
    doc.fields = [
        ExtractedField(name="document_number", value=number, source="text", confidence=0.99),
        ExtractedField(name=party, value=customer, source="text", confidence=0.99),
    ]
    session.add(doc)
    session.flush()
    return doc


def _queue(session: Session, doc_id: int) -> str | None:
    return session.execute(
        select(ReviewTask.queue).where(
            ReviewTask.document_id == doc_id, ReviewTask.status != TaskStatus.DONE
        )
    ).scalar_one_or_none()


def _duplicate_check(session: Session, doc_id: int) -> Check | None:
    return session.execute(
        select(Check).where(
            Check.document_id == doc_id, Check.rule == "duplicate", Check.outcome != "pass"
        )
    ).scalar_one_or_none()


def test_same_number_from_the_same_issuer_is_a_duplicate_of_any_kind(
    session: Session, settings: Settings
) -> None:
    first = _doc(session, "a" * 64, "PO-2026-0042", "ACME SARL")
    review.route(session, first, settings=settings)
    other_customer = _doc(session, "b" * 64, "PO-2026-0042", "Globex")
    other_type = _doc(session, "c" * 64, "PO-2026-0042", "ACME SARL", "delivery_note")
    for doc in (other_customer, other_type):
        review.route(session, doc, settings=settings)
        assert _duplicate_check(session, doc.id) is None
    again = _doc(session, "d" * 64, "po 2026 0042", "Acme sarl")  # re-scan, OCR spacing
    assert review.route(session, again, settings=settings).queue == "duplicate"
    check = _duplicate_check(session, again.id)
    assert check is not None and f"document {first.id}" in check.message
    assert again.duplicate_of_id == first.id and again.status == DocStatus.IN_REVIEW
    assert _duplicate_check(session, first.id) is None  # the first one is not flagged
    note = _doc(session, "e" * 64, "BL-7", "ACME SARL", "delivery_note")
    review.route(session, note, settings=settings)
    resent = _doc(session, "f" * 64, "BL-7", "ACME SARL", "delivery_note")
    assert review.route(session, resent, settings=settings).queue == "duplicate"


def test_same_amount_date_and_issuer_under_another_number_is_a_duplicate(
    session: Session, settings: Settings
) -> None:
    load_master(session)
    first = make_po(session, name="a.pdf")
    assert review.route(session, first, settings=settings).decided
    renumbered = make_po(session, name="b.pdf", fields={"document_number": "PO-2026-0042-B"})
    result = review.route(session, renumbered, settings=settings)
    assert not result.decided and result.queue == "duplicate"  # never touchless
    check = _duplicate_check(session, renumbered.id)
    assert check is not None and "same amount" in check.message
    other_day = make_po(
        session,
        name="c.pdf",
        fields={
            "document_number": "PO-2026-0043",
            "document_date": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
        },
    )
    assert review.route(session, other_day, settings=settings).decided
    blockers = review.approval_blockers(
        session, renumbered, actor="anna", role=Role.APPROVER, settings=settings
    )
    assert any("duplicate" in b for b in blockers)


def _route_like_the_pipeline(settings: Settings, doc_id: int) -> bool:
    with session_scope(settings.db_url) as session:
        doc = review.get_document(session, doc_id)
        result = review.route(session, doc, settings=settings)
        if result.decided:
            follow_decision(session, doc.id, settings)
    run_jobs(settings, "link")
    return result.decided


def _invoices(settings: Settings, order_id: int) -> list[int]:
    with session_scope(settings.db_url) as session:
        order = session.get(Order, order_id)
        assert order is not None
        return [i["document_id"] for i in views.order_view(session, order)["invoices"]]


def test_a_resent_invoice_waits_for_a_clerk_and_is_never_counted_twice(
    settings: Settings, session: Session
) -> None:
    po = purchase_order(77, "fr", n_lines=2)
    order = order_of(settings, submit(settings, po))
    invoice = follow_up(po, "invoice", "F2026-0077", days=5)
    first = store(settings, invoice.truth())
    assert _route_like_the_pipeline(settings, first)  # touchless, linked
    assert _invoices(settings, order.id) == [first]

    resent = store(settings, invoice.truth())  # the same invoice, one byte different
    assert not _route_like_the_pipeline(settings, resent)
    assert _invoices(settings, order.id) == [first]  # not linked, not counted
    assert _queue(session, resent) == "duplicate"
    session.commit()

    clerk = add_user(session, "clara", Role.CLERK, token=True)
    auth = {"Authorization": f"Bearer {clerk}"}
    with TestClient(create_app(settings)) as api:
        detail = api.get(f"/api/documents/{resent}", headers=auth).json()
        assert detail["queue"] == "duplicate" and detail["duplicate_of"] == first
        r = api.post(f"/api/documents/{resent}/approve", json={"reason": "x"}, headers=auth)
        assert r.status_code == 403 and "duplicate" in r.json()["detail"], r.text
        kpi = api.get("/api/kpis", headers=auth).json()["kpis"]["duplicates"]
        assert kpi["business"] == 1  # what the dashboard says is now true
        r = api.post(
            f"/api/documents/{resent}/duplicate",
            json={"duplicate": True, "reason": "sent again by the supplier's dunning run"},
            headers=auth,
        )
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "duplicate" and r.json()["duplicate_of"] == first
    run_jobs(settings, "link", ARCHIVE_JOB)
    assert _invoices(settings, order.id) == [first]
    with session_scope(settings.db_url) as s:
        doc = s.get(Document, resent)
        assert doc is not None and doc.status == DocStatus.DUPLICATE
        assert doc.archived_at is not None  # archived as a duplicate
        links = s.execute(select(DocumentLink).where(DocumentLink.document_id == resent)).all()
        assert links == []

    # a second invoice that only looks the same: the clerk says so, and it goes on as usual
    second = store(settings, dataclasses.replace(invoice, number="F2026-0077").truth())
    assert not _route_like_the_pipeline(settings, second)
    with TestClient(create_app(settings)) as api:
        r = api.post(
            f"/api/documents/{second}/duplicate",
            json={"duplicate": False, "reason": "a second delivery, invoiced again"},
            headers=auth,
        )
        assert r.status_code == 200, r.text
    run_jobs(settings, "link")
    with session_scope(settings.db_url) as s:
        doc = s.get(Document, second)
        assert doc is not None and doc.status == DocStatus.APPROVED
    assert sorted(_invoices(settings, order.id)) == [first, second]
