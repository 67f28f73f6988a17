"""Approved e-orders are answered in their own syntax, line by line: Order-X for Order-X
(bare or in its PDF), a Peppol BIS 3 Order Response for a UBL order; accepted, changed
(quantity, price, date) or rejected (deleted) from what the clerk approved; checked against
the schema (and the Order-X rules, in the schematron process), archived beside the
confirmation PDF, written to the outbox. Pipeline tests on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from archive.store import open_store
from einvoice.reader import read_xml
from extraction.pipeline import extract_bytes
from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.db import session_scope
from models.settings import Settings
from models.settings.extraction import ExtractionSettings
from outbound import order_response as orr
from outbound.approved_orders import CONFIRMATION_JOB
from outbound.order_response_job import ORDER_RESPONSE_JOB
from samples.einvoices import Doc, facturx_pdf, orderx, ubl_order
from tests.api.helpers import bearer
from tests.linking.story import run_jobs
from tests.outbound.flow import approve_changed_lines, clerk_and_approver, receive

ISSUED = datetime(2026, 9, 16, 8, 30, tzinfo=UTC)
COLUMNS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")


def _read(xml: bytes) -> tuple[Any, list[dict[str, Any]]]:
    result = extract_bytes(xml, settings=ExtractionSettings(validate_xml=False))
    return result.einvoice, [li.model_dump() for li in result.lines]


def _respond(xml: bytes, approved: list[dict[str, Any]], when: date | None = None) -> bytes:
    order, ordered = _read(xml)
    result = orr.answer(order, ordered, approved, delivery_date=when)
    if order.syntax == "order-x":
        return orr.orderx_response(xml, result, response_id="RSP-1", issued_at=ISSUED)
    return orr.ubl_order_response(order, result, response_id="RSP-1", issued_at=ISSUED)


def _checked(xml: bytes) -> Any:
    check = orr.check(xml)
    assert check.complete and check.passed, [f.message for f in check.findings]
    return read_xml(xml)[1]


@pytest.mark.parametrize("make", [orderx, ubl_order], ids=["order-x", "ubl"])
def test_changed_and_deleted_lines_are_answered_line_by_line(make: Any) -> None:
    xml = make(Doc())
    _, ordered = _read(xml)
    approved = [dict(ordered[0], quantity="1"), dict(ordered[2], unit_price="20.00")]
    response = _checked(_respond(xml, approved))
    assert response.kind == "order_response"
    assert response.response_code == ("30" if make is orderx else "CA")
    assert response.refs("order")[0].id == "FA-2026-0117"
    by_id = {li.line_id: li for li in response.lines}
    assert {k: li.status_code for k, li in by_id.items()} == {"1": "3", "2": "7", "3": "3"}
    assert by_id["1"].quantity == Decimal(1)
    assert by_id["3"].net_price == Decimal("20.00")
    if make is orderx:  # the agreed totals follow the agreed lines
        assert by_id["2"].quantity == Decimal(0)
        assert response.totals.line_total == Decimal("1250.00") + Decimal("200.00")
        # 1 711.00 for the lines, less the order's allowance 50 and charge 35 at 20 %: 18.00
        assert response.totals.grand_total == Decimal("1693.00")


@pytest.mark.parametrize("make", [orderx, ubl_order], ids=["order-x", "ubl"])
def test_an_order_approved_as_sent_is_accepted(make: Any) -> None:
    xml = make(Doc())
    _, ordered = _read(xml)
    response = _checked(_respond(xml, ordered))
    if make is orderx:  # Order-X lists every line, accepted (1229: 5)
        assert response.response_code == "29"
        assert {li.status_code for li in response.lines} == {"5"}
    else:  # Peppol T76: AP carries no lines (rule R008)
        assert response.response_code == "AP" and response.lines == []


def test_a_new_delivery_date_changes_every_line() -> None:
    xml = ubl_order(Doc())
    _, ordered = _read(xml)
    response = _checked(_respond(xml, ordered, date(2026, 9, 30)))
    assert response.response_code == "CA"
    assert {li.status_code for li in response.lines} == {"3"}
    ox = _checked(_respond(orderx(Doc()), _read(orderx(Doc()))[1], date(2026, 9, 30)))
    assert ox.delivery_date == date(2026, 9, 30) and ox.response_code == "30"


def test_every_line_deleted_is_a_rejection() -> None:
    for make, code in ((orderx, "27"), (ubl_order, "RE")):
        response = _checked(_respond(make(Doc()), []))
        assert response.response_code == code
        if make is ubl_order:
            assert response.lines == []  # Peppol T76 rule R009


@pytest.fixture
def po_settings(settings: Settings) -> Settings:
    settings.approvals.touchless = False
    return settings


def _approve(
    settings: Settings, doc_id: int, lines: list[dict[str, Any]] | None = None
) -> dict[str, str]:
    """Approve as sent, or after a clerk changed the lines: a changed amount is signed off by
    another person, an approver, who overrides the printed totals the lines no longer make."""
    with TestClient(create_app(settings)) as api:
        if lines is None:
            r = api.post(
                f"/api/documents/{doc_id}/approve", json={"reason": "checked with the customer"}
            )
            assert r.status_code == 200, r.text
            return {}
        people = clerk_and_approver(settings)
        approve_changed_lines(api, doc_id, lines, people, "checked with the customer")
        return bearer(people[1])  # users exist now: the open mode is over


def _event(settings: Settings, doc_id: int) -> dict[str, Any]:
    with session_scope(settings.db_url) as session:
        (data,) = session.execute(
            select(AuditEvent.data).where(
                AuditEvent.entity_id == str(doc_id), AuditEvent.action == "order_response_written"
            )
        ).one()
        return dict(data)


def test_an_approved_order_x_order_is_answered_beside_its_confirmation(
    po_settings: Settings,
) -> None:
    settings = po_settings
    doc_id = receive(settings, orderx(Doc(number="PO-88231")), "commande.xml")
    with TestClient(create_app(settings)) as api:
        lines = api.get(f"/api/documents/{doc_id}").json()["lines"]
    kept = [{k: li.get(k) for k in COLUMNS} for li in (lines[0], lines[2])]
    kept[0]["quantity"] = "1"
    auth = _approve(settings, doc_id, kept)
    run_jobs(settings, CONFIRMATION_JOB, ORDER_RESPONSE_JOB)
    run_jobs(settings, ORDER_RESPONSE_JOB)  # answered once
    with session_scope(settings.db_url) as session:
        parts = dict(
            session.execute(
                select(ArchiveObject.kind, ArchiveObject.key).where(
                    ArchiveObject.document_id == doc_id
                )
            ).all()
        )
        count = len(
            session.execute(
                select(ArchiveObject.id).where(ArchiveObject.kind == "order_response")
            ).all()
        )
    assert {"confirmation", "order_response"} <= set(parts) and count == 1
    archived = open_store(settings).get(parts["order_response"])
    event = _event(settings, doc_id)
    assert event["syntax"] == "order-x" and event["response_code"] == "30"
    assert event["lines"] == {"1": "changed", "2": "rejected", "3": "accepted"}
    assert (settings.data_dir / "outbox" / event["outbox"]).read_bytes() == archived
    response = _checked(archived)
    assert {li.line_id: li.status_code for li in response.lines} == {"1": "3", "2": "7", "3": "5"}
    with TestClient(create_app(settings)) as api:
        assert api.get(f"/api/documents/{doc_id}/order-response", headers=auth).content == archived
        page = api.get(f"/documents/{doc_id}", headers=auth).text
        assert "Order response" in page and "line 2: rejected" in page


def test_a_ubl_order_gets_a_peppol_order_response(po_settings: Settings) -> None:
    settings = po_settings
    doc_id = receive(settings, ubl_order(Doc(number="PO-77120")), "order.xml")
    with TestClient(create_app(settings)) as api:
        lines = api.get(f"/api/documents/{doc_id}").json()["lines"]
    changed = [{k: li.get(k) for k in COLUMNS} for li in lines]
    changed[1]["unit_price"] = "70.00"
    auth = _approve(settings, doc_id, changed)
    run_jobs(settings, ORDER_RESPONSE_JOB)
    event = _event(settings, doc_id)
    assert (event["syntax"], event["response_code"]) == ("ubl", "CA")
    assert event["lines"] == {"1": "accepted", "2": "changed", "3": "accepted"}
    with TestClient(create_app(settings)) as api:
        xml = api.get(f"/api/documents/{doc_id}/order-response", headers=auth).content
    response = _checked(xml)
    assert response.root == "OrderResponse" and response.refs("order")[0].id == "PO-77120"
    assert {li.line_id: li.status_code for li in response.lines} == {"1": "5", "2": "3", "3": "5"}


def test_an_order_x_pdf_approved_as_sent_is_accepted(po_settings: Settings) -> None:
    settings = po_settings
    pdf = facturx_pdf(orderx(Doc(number="PO-55001")), flavor="order-x")
    doc_id = receive(settings, pdf, "commande.pdf")
    _approve(settings, doc_id)
    run_jobs(settings, ORDER_RESPONSE_JOB)
    event = _event(settings, doc_id)
    assert event["response_code"] == "29" and set(event["lines"].values()) == {"accepted"}


def test_a_paper_order_gets_no_structured_response(po_settings: Settings) -> None:
    from models.jobs import Job
    from samples.einvoices import blank_pdf

    settings = po_settings
    doc_id = receive(settings, blank_pdf("Bon de commande PO-1"), "po.pdf")
    with TestClient(create_app(settings)) as api:
        assert api.get(f"/api/documents/{doc_id}").json()["doc_type"] == "purchase_order"
    _approve(settings, doc_id)
    with session_scope(settings.db_url) as session:
        assert session.execute(
            select(Job.id).where(Job.document_id == doc_id, Job.kind == ORDER_RESPONSE_JOB)
        ).first()
    run_jobs(settings, ORDER_RESPONSE_JOB)
    with session_scope(settings.db_url) as session:
        assert not session.execute(
            select(ArchiveObject.id).where(ArchiveObject.kind == "order_response")
        ).first()
        assert not session.execute(
            select(AuditEvent.id).where(AuditEvent.action.like("order_response%"))
        ).first()
