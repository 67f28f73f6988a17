"""What a clerk alone may not do to orders: cancel one that has deliveries or invoices, or
link a document by hand to an order of another customer or in another currency. An approver
may (and the audit trail says what was crossed)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from models.audit import AuditEvent
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.linking.story import follow_up, order_of, purchase_order, submit


def _tokens(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    clerk = add_user(session, "clara", Role.CLERK, token=True)
    approver = add_user(session, "arno", Role.APPROVER, token=True)
    return {"Authorization": f"Bearer {clerk}"}, {"Authorization": f"Bearer {approver}"}


def test_cancelling_an_invoiced_or_delivered_order_needs_an_approver(
    settings: Settings, session: Session
) -> None:
    po = purchase_order(611, "fr", n_lines=1)
    invoiced = order_of(settings, submit(settings, po))
    submit(settings, follow_up(po, "invoice", "F-611", days=3))
    other = purchase_order(612, "fr", n_lines=1)
    delivered = order_of(settings, submit(settings, other))
    submit(settings, follow_up(other, "delivery_note", "BL-612", days=2))
    untouched = order_of(settings, submit(settings, purchase_order(613, "fr", n_lines=1)))
    clerk, approver = _tokens(session)
    with TestClient(create_app(settings)) as api:
        for order in (invoiced, delivered):
            r = api.post(
                f"/api/orders/{order.id}/cancel", json={"reason": "withdrawn"}, headers=clerk
            )
            assert r.status_code == 403, r.text
            assert "approver" in r.json()["detail"]
            assert api.get(f"/api/orders/{order.id}", headers=clerk).json()["status"] != "cancelled"
        r = api.post(
            f"/api/orders/{invoiced.id}/cancel", json={"reason": "withdrawn"}, headers=approver
        )
        assert r.status_code == 200 and r.json()["status"] == "cancelled"
        # an order nothing has happened to yet: the clerk may
        r = api.post(
            f"/api/orders/{untouched.id}/cancel", json={"reason": "withdrawn"}, headers=clerk
        )
        assert r.status_code == 200 and r.json()["status"] == "cancelled"


def test_linking_across_customers_or_currencies_needs_an_approver(
    settings: Settings, session: Session
) -> None:
    mine = purchase_order(621, "fr", n_lines=1)
    theirs = purchase_order(622, "fr", n_lines=1)
    assert mine.counterpart != theirs.counterpart or mine.issuer != theirs.issuer
    order = order_of(settings, submit(settings, mine))
    other = order_of(settings, submit(settings, theirs))
    invoice = submit(settings, follow_up(theirs, "invoice", "F-622", days=3))
    same = submit(settings, follow_up(mine, "invoice", "F-621", days=3), order_number=None)
    clerk, approver = _tokens(session)
    with TestClient(create_app(settings)) as api:
        # the invoice of another customer, onto this order: not alone
        r = api.post(f"/api/documents/{invoice}/link", json={"order_id": order.id}, headers=clerk)
        assert r.status_code == 403, r.text
        assert "another customer" in r.json()["detail"] and "approver" in r.json()["detail"]
        links = api.get(f"/api/documents/{invoice}/links", headers=clerk).json()
        assert [x["order_id"] for x in links if x["kind"] == "order"] == [other.id]
        # the same customer's invoice: the clerk links it
        r = api.post(f"/api/documents/{same}/link", json={"order_id": order.id}, headers=clerk)
        assert r.status_code == 200, r.text
        # in another currency: not alone either
        with session_scope(settings.db_url) as s:
            from models.orders import Order

            row = s.get(Order, order.id)
            assert row is not None
            row.currency = "GBP" if (row.currency or "EUR") != "GBP" else "EUR"
        r = api.post(f"/api/documents/{same}/link", json={"order_id": order.id}, headers=clerk)
        assert r.status_code == 403 and "currency" in r.json()["detail"], r.text
        # an approver may, and the trail says what was crossed
        r = api.post(
            f"/api/documents/{invoice}/link", json={"order_id": order.id}, headers=approver
        )
        assert r.status_code == 200, r.text
    session.expire_all()
    linked = session.execute(
        select(AuditEvent).where(
            AuditEvent.entity_id == str(invoice),
            AuditEvent.action == "linked",
            AuditEvent.actor == "arno",
        )
    ).scalar_one()
    assert any(c.startswith("customer") for c in linked.data["crossed"])
    session.commit()
