"""4-eyes holds against the person who would sign: the threshold is judged on what the document
says as read (never on a value just typed), per currency, and a change to an amount needs a
second person; an order whose totals contradict each other is approved only by an explicit,
audited approver override, and nothing is ever sent to the customer from it."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.documents import Check, Document
from models.enums import DocStatus, Role
from models.settings import Settings
from tests.api.helpers import add_user, bearer
from tests.approvals.factory import (
    MASTER,
    load_master,
    make_po,
    overridden_po,
    po_lines,
    routed_po,
)
from tests.outbound.test_approved_orders import run_job

# 900 boxes of screws and 30 reams: 10 965.00 net, 2 193.00 VAT, 13 158.00 gross
BIG_LINES = po_lines("900", "30")
BIG = {"total_net": "10965.00", "total_tax": "2193.00", "total_gross": "13158.00"}


def big_order(session: Session, settings: Settings, **fields: str) -> Document:
    doc = make_po(session, fields={**BIG, **fields}, lines=copy.deepcopy(BIG_LINES))
    review.route(session, doc, settings=settings)
    session.commit()
    return doc


def approve(api: TestClient, doc_id: int, token: str | None, body: dict[str, Any]) -> Response:
    """An approval over REST, as the token's user."""
    return api.post(f"/api/documents/{doc_id}/approve", json=body, headers=bearer(token))


def correct(api: TestClient, doc_id: int, token: str | None, body: dict[str, Any]) -> Response:
    """A correction over REST (its fields and/or lines), as the token's user."""
    return api.patch(f"/api/documents/{doc_id}", json=body, headers=bearer(token))


def events(session: Session, doc_id: int, action: str) -> list[AuditEvent]:
    session.expire_all()
    rows = list(
        session.execute(
            select(AuditEvent).where(
                AuditEvent.entity_id == str(doc_id), AuditEvent.action == action
            )
        ).scalars()
    )
    session.commit()  # SQLite: a reader holds the write lock until its transaction ends
    return rows


def status(session: Session, doc_id: int) -> str:
    session.expire_all()
    doc = session.get(Document, doc_id)
    assert doc is not None
    session.commit()
    return doc.status


def test_a_clerk_cannot_lower_the_total_below_the_threshold_and_approve_alone(
    settings: Settings, session: Session
) -> None:
    load_master(session)
    doc = big_order(session, settings)
    clerk = add_user(session, "clara", Role.CLERK, token=True)
    with TestClient(create_app(settings)) as api:
        r = correct(api, doc.id, clerk, {"fields": {"total_gross": "9000.00"}})
        assert r.status_code == 200, r.text
        r = approve(api, doc.id, clerk, {"reason": "ok"})
        assert r.status_code == 403, r.text
        assert "approver" in r.json()["detail"]
    assert status(session, doc.id) == DocStatus.IN_REVIEW


def test_the_threshold_is_judged_on_the_lines_as_read(settings: Settings, session: Session) -> None:
    """The machine misread the gross (1 315.80 for 13 158.00); the lines as read say more."""
    load_master(session)
    doc = big_order(session, settings, total_gross="1315.80")
    clerk = add_user(session, "clara", Role.CLERK, token=True)
    with TestClient(create_app(settings)) as api:
        r = approve(api, doc.id, clerk, {"reason": "ok"})
        assert r.status_code == 403, r.text
        assert "needs an approver" in r.json()["detail"]
    assert status(session, doc.id) == DocStatus.IN_REVIEW


def test_changing_an_amount_needs_a_second_person_with_the_approver_role(
    settings: Settings, session: Session
) -> None:
    doc = routed_po(session, settings)  # 238.80, far below the threshold
    clara = add_user(session, "clara", Role.CLERK, token=True)
    anna = add_user(session, "anna", Role.APPROVER, token=True)
    lines: list[dict[str, Any]] = [
        {"sku": "VIS-100", "description": "Vis inox", "quantity": "10", "unit": "box",
         "unit_price": "12.00", "line_total": "120.00", "tax_rate": "20"},
        {"sku": "PAP-200", "description": "Ramette papier A4", "quantity": "10",
         "unit": "ramette", "unit_price": "5.50", "line_total": "55.00", "tax_rate": "20"},
    ]  # fmt: skip
    with TestClient(create_app(settings)) as api:
        r = correct(api, doc.id, anna, {"lines": lines})
        assert r.status_code == 200, r.text
        api.post(f"/api/documents/{doc.id}/release", headers=bearer(anna))
        # the approver who changed an amount may not sign it off herself
        r = approve(api, doc.id, anna, {"reason": "ok"})
        assert r.status_code == 403 and "you changed an amount" in r.json()["detail"], r.text
        # nor may a clerk who changed nothing
        r = approve(api, doc.id, clara, {"reason": "ok"})
        assert r.status_code == 403 and "approver" in r.json()["detail"], r.text
    # another approver signs it
    review.approve(
        session,
        review.get_document(session, doc.id),
        actor="bert",
        role=Role.APPROVER,
        reason="checked the new quantity with the customer",
        settings=settings,
    )
    assert status(session, doc.id) == DocStatus.APPROVED


def test_a_clerk_still_approves_alone_what_needs_no_second_look(
    settings: Settings, session: Session
) -> None:
    doc = routed_po(session, settings)
    clara = add_user(session, "clara", Role.CLERK, token=True)
    with TestClient(create_app(settings)) as api:
        r = correct(api, doc.id, clara, {"fields": {"delivery_date": "2099-01-31"}})
        assert r.status_code == 200
        r = approve(api, doc.id, clara, {"reason": "read it"})
        assert r.status_code == 200, r.text


def test_an_order_that_does_not_add_up_needs_an_audited_approver_override(
    settings: Settings, session: Session
) -> None:
    load_master(session)
    doc = make_po(session, fields={"total_gross": "200.00"})  # 199.00 + 39.80 is not 200.00
    review.route(session, doc, settings=settings)
    session.commit()
    clara = add_user(session, "clara", Role.CLERK, token=True)
    anna = add_user(session, "anna", Role.APPROVER, token=True)
    with TestClient(create_app(settings)) as api:
        r = approve(api, doc.id, clara, {"reason": "fine"})
        assert r.status_code == 403 and "do not add up" in r.json()["detail"], r.text
        r = approve(api, doc.id, anna, {"reason": "fine"})
        assert r.status_code == 422 and "override" in r.json()["detail"], r.text
        r = approve(api, doc.id, anna, {"override": True})
        assert r.status_code == 422 and "reason" in r.json()["detail"], r.text
        assert status(session, doc.id) == DocStatus.IN_REVIEW
        r = approve(
            api,
            doc.id,
            anna,
            {"override": True, "reason": "the customer's total is wrong; lines agreed"},
        )
        assert r.status_code == 200, r.text
    (override,) = events(session, doc.id, "totals_overridden")
    assert override.actor == "anna" and "lines agreed" in override.data["reason"]
    assert "200.00" in " ".join(override.data["problems"])


def test_no_confirmation_is_generated_from_an_order_that_contradicts_itself(
    settings: Settings, session: Session
) -> None:
    doc = overridden_po(session, settings)
    run_job(settings, session, "confirmation", doc.id)
    confirmations = session.execute(
        select(ArchiveObject.id).where(ArchiveObject.kind == "confirmation")
    ).all()
    assert confirmations == []
    (withheld,) = events(session, doc.id, "confirmation_withheld")
    assert "199.00" in " ".join(withheld.data["problems"])
    run_job(settings, session, "confirmation", doc.id)  # a retry records it once
    assert len(events(session, doc.id, "confirmation_withheld")) == 1


def _gbp_master() -> dict[str, Any]:
    data = copy.deepcopy(MASTER)
    for product in data["products"]:
        product["prices"].append(
            {"unit_price": product["prices"][-1]["unit_price"], "currency": "GBP"}
        )
    return data


def _gbp_order(session: Session, number: str = "NW-1", days_ago: int = 0) -> Document:
    day = (dt.date.today() - dt.timedelta(days=days_ago)).isoformat()
    return make_po(
        session,
        name=f"{number}.pdf",
        fields={"customer_name": "Northwind Traders Ltd", "vat_id": "GB123456782",
                "currency": "GBP", "document_number": number, "document_date": day},
    )  # fmt: skip


def _high_value_check(session: Session, doc: Document) -> Check:
    return session.execute(
        select(Check).where(Check.document_id == doc.id, Check.rule == "high_value")
    ).scalar_one()


def test_a_currency_without_a_threshold_needs_an_approver(
    settings: Settings, session: Session
) -> None:
    load_master(session, _gbp_master())
    doc = _gbp_order(session)
    result = review.route(session, doc, settings=settings)
    assert not result.decided and result.queue == "high_value"
    check = _high_value_check(session, doc)
    assert check.outcome == "warn" and "no approval threshold" in check.message
    assert "GBP" in check.message
    blockers = review.approval_blockers(
        session, doc, actor="clara", role=Role.CLERK, settings=settings
    )
    assert any("needs an approver" in b for b in blockers)


def test_thresholds_per_currency_or_by_a_configured_rate(
    settings: Settings, session: Session
) -> None:
    load_master(session, _gbp_master())
    settings.approvals.high_value_by_currency = {"GBP": Decimal("200")}
    doc = _gbp_order(session)  # 238.80 GBP: above the 200 GBP threshold
    assert review.route(session, doc, settings=settings).queue == "high_value"
    eur = make_po(session, name="eur.pdf", fields={"document_number": "PO-EUR"})
    assert review.route(session, eur, settings=settings).decided  # 238.80 EUR, below 10 000

    settings.approvals.high_value_by_currency = {}
    settings.approvals.currency_rates = {"GBP": Decimal("1.20")}  # 10 000 EUR = 8 333.33 GBP
    small = _gbp_order(session, "NW-2", days_ago=1)
    assert review.route(session, small, settings=settings).decided
    settings.approvals.high_value = Decimal("240")  # 240 EUR = 200 GBP
    again = _gbp_order(session, "NW-3", days_ago=2)
    assert review.route(session, again, settings=settings).queue == "high_value"
    assert "200.00 GBP" in _high_value_check(session, again).message
