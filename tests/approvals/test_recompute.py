"""A line's quantity or price edited on save recomputes its total and the document's net, VAT
and gross; the difference to what the document printed is shown, and the printed values stay
as evidence (the machine's reading, the audit trail)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from models.audit import AuditEvent
from models.documents import Document
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po, routed_po


def rows(quantity: str = "12", price: str = "12.00", total: str = "144.00") -> list[dict[str, Any]]:
    return [
        {"sku": "VIS-100", "description": "Vis inox", "quantity": quantity, "unit": "box",
         "unit_price": price, "line_total": total, "tax_rate": "20"},
        {"sku": "PAP-200", "description": "Ramette papier A4", "quantity": "10",
         "unit": "ramette", "unit_price": "5.50", "line_total": "55.00", "tax_rate": "20"},
    ]  # fmt: skip


def test_a_changed_quantity_recomputes_the_line_and_the_totals_over_rest(
    settings: Settings, session: Session
) -> None:
    doc = routed_po(session, settings)  # 12 x 12.00 + 10 x 5.50 = 199.00, 39.80, 238.80
    token = add_user(session, "clara", Role.CLERK, token=True)
    with TestClient(create_app(settings)) as api:
        r = api.patch(
            f"/api/documents/{doc.id}",
            json={"lines": rows(quantity="10")},  # the total left as printed
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200, r.text
        body = r.json()
    assert Decimal(body["lines"][0]["line_total"]) == Decimal("120.00")
    fields = body["fields"]
    assert Decimal(fields["total_net"]["value"]) == Decimal("175.00")
    assert Decimal(fields["total_tax"]["value"]) == Decimal("35.00")
    assert Decimal(fields["total_gross"]["value"]) == Decimal("210.00")
    # the printed values stay beside the new ones, as evidence
    assert fields["total_gross"]["machine_value"] == "238.80"
    totals = {t["name"]: t for t in body["totals"]}
    assert Decimal(totals["total_gross"]["printed"]) == Decimal("238.80")
    assert Decimal(totals["total_gross"]["current"]) == Decimal("210.00")
    assert Decimal(totals["total_gross"]["difference"]) == Decimal("-28.80")
    assert Decimal(totals["total_net"]["difference"]) == Decimal("-24.00")
    assert not [c for c in body["checks"] if c["rule"] == "arithmetic" and c["outcome"] != "pass"]

    session.expire_all()
    stored = session.get(Document, doc.id)
    assert stored is not None and stored.extraction is not None
    assert stored.extraction["lines"][0]["quantity"] == "12"  # what the page printed
    assert stored.extraction["lines"][0]["line_total"] == "144.00"
    assert stored.extraction["fields"]["total_gross"]["value"] == "238.80"
    (event,) = session.execute(
        select(AuditEvent).where(
            AuditEvent.entity_id == str(doc.id), AuditEvent.action == "corrected"
        )
    ).scalars()
    changes = {c["field"]: c for c in event.data["changes"]}
    assert changes["total_gross"]["before"] == "238.80"
    assert changes["total_gross"]["after"] == "210.00"
    assert changes["total_gross"]["recomputed"] is True
    session.commit()


def test_a_total_typed_by_the_clerk_is_kept(settings: Settings, session: Session) -> None:
    """Recomputing never overrides what a person typed in the same save."""
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    review.correct(
        session,
        doc,
        actor="clara",
        fields={"total_gross": "240.00"},
        lines=rows(price="12.50"),  # a new price with its printed total: the total follows
        settings=settings,
    )
    assert doc.lines[0].line_total == Decimal("150.00")
    values = {f.name: f.value for f in doc.fields}
    assert values["total_net"] == "205.00" and values["total_tax"] == "41.00"
    assert values["total_gross"] == "240.00"  # typed by her: not recomputed


def test_a_new_line_without_a_total_gets_one(settings: Settings, session: Session) -> None:
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    extra = {"sku": "PAP-200", "description": "Ramette couleur", "quantity": "2",
             "unit": "ramette", "unit_price": "5.50", "line_total": None,
             "tax_rate": "20"}  # fmt: skip
    review.correct(session, doc, actor="clara", lines=[*rows(), extra], settings=settings)
    assert doc.lines[2].line_total == Decimal("11.00")
    values = {f.name: f.value for f in doc.fields}
    assert values["total_net"] == "210.00" and values["total_gross"] == "252.00"
