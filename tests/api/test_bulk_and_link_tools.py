"""Bulk actions and sorting in the queue, link review's "none of these" and order search,
and accepting discrepancies in bulk: every row through the single-row function, 4-eyes kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from models.documents import Document
from models.enums import DocStatus, Role
from models.linking import Discrepancy
from models.review import ReviewTask
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.approvals.factory import load_master, make_po
from tests.linking.story import follow_up, order_of, purchase_order, submit


def _ids(html: str) -> list[int]:
    return [int(m) for m in re.findall(r'name="doc" value="(\d+)"', html)]


def test_queue_sorts_and_acts_in_bulk_without_weakening_four_eyes(
    settings: Settings, session: Session
) -> None:
    settings.approvals.high_value = Decimal("1000")
    load_master(session)
    # a clean order held for a reason that has since gone (its check passes now)
    clean = make_po(session, name="clean.pdf", fields={"document_number": "PO-CLEAN"})
    review.route(session, clean, settings=settings, queue="needs_review", reason="asked")
    # an order with a low-confidence value: its check does not pass
    unsure = make_po(
        session, name="unsure.pdf", confidence=0.5, fields={"document_number": "PO-UNSURE",
        "document_date": (dt.date.today() - dt.timedelta(days=1)).isoformat()}
    )  # fmt: skip
    review.route(session, unsure, settings=settings)
    # a high-value order: only an approver may sign it, never a clerk in bulk
    big = make_po(
        session,
        name="big.pdf",
        fields={"document_number": "PO-BIG", "total_net": "1990.00", "total_tax": "398.00",
                "total_gross": "2388.00",
                "document_date": (dt.date.today() - dt.timedelta(days=2)).isoformat()},
        lines=[{"sku": "VIS-100", "quantity": "120", "unit": "box", "unit_price": "12.00",
                "line_total": "1440.00", "tax_rate": "20"},
               {"sku": "PAP-200", "quantity": "100", "unit": "ream", "unit_price": "5.50",
                "line_total": "550.00", "tax_rate": "20"}],
    )  # fmt: skip
    review.route(session, big, settings=settings)
    session.commit()
    add_user(session, "clara", Role.CLERK)
    add_user(session, "carl", Role.CLERK)
    with TestClient(create_app(settings)) as client:
        token = log_in(client, "clara")
        by_total = _ids(client.get("/queue", params={"sort": "-total"}).text)
        assert by_total[0] == big.id
        by_number = _ids(client.get("/queue", params={"sort": "number"}).text)
        assert by_number == [big.id, clean.id, unsure.id]
        r = client.post(
            "/queue/bulk",
            data={"csrf_token": token, "bulk": "approve", "doc": [clean.id, unsure.id, big.id]},
        )
        flash = re.search(r'id="flash">([^<]+)<', r.text)
        assert flash and flash.group(1).startswith("1 of 3 approved.")
        assert f"#{big.id}: An approver" in flash.group(1)
        # assign to a colleague, then hold with a reason
        r = client.post(
            "/queue/bulk",
            data={"csrf_token": token, "bulk": "assign", "assignee": "carl", "doc": [unsure.id]},
        )
        assert "1 of 1 assigned" in r.text and "→ carl" in r.text
        r = client.post(
            "/queue/bulk", data={"csrf_token": token, "bulk": "hold", "doc": [unsure.id]}
        )
        assert "say why" in r.text
        r = client.post(
            "/queue/bulk",
            data={"csrf_token": token, "bulk": "hold", "reason": "ask customer",
                  "doc": [unsure.id]},
        )  # fmt: skip
        assert "1 of 1 put on hold" in r.text
        forged = client.post("/queue/bulk", data={"bulk": "approve", "doc": [big.id]})
        assert forged.status_code == 403  # CSRF, as everywhere
    session.expire_all()
    assert session.get(Document, clean.id).status == DocStatus.APPROVED  # type: ignore[union-attr]
    assert session.get(Document, clean.id).decided_by == "clara"  # type: ignore[union-attr]
    assert session.get(Document, big.id).status == DocStatus.IN_REVIEW  # type: ignore[union-attr]
    held = session.execute(select(ReviewTask).where(ReviewTask.document_id == unsure.id)).scalar()
    assert held is not None and held.queue == "on_hold" and held.assigned_to == "carl"


def test_link_review_none_of_these_and_another_order(settings: Settings, session: Session) -> None:
    add_user(session, "clara", Role.CLERK)
    po = purchase_order(202, "en", n_lines=2)
    first = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0921")))
    order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0922")))
    inv = submit(settings, follow_up(po, "invoice", "INV-202", days=3), order_number=None)
    inv2 = submit(settings, follow_up(po, "invoice", "INV-203", days=4), order_number=None)
    with TestClient(create_app(settings), headers={"accept": "text/html"}) as client:
        token = log_in(client, "clara")
        html = client.get("/orders/link-review").text
        assert f'id="none-{inv}"' in html and f"/orders/documents/{inv}/find-order" in html
        found = client.get(f"/orders/documents/{inv}/find-order", params={"q": "0921"}).text
        assert "Link to PO-2026-0921" in found and "PO-2026-0922" not in found
        r = client.post(
            f"/orders/documents/{inv}/none", data={"csrf_token": token, "reason": "a new order"}
        )
        assert "none of the orders" in r.text and "INV-202" not in r.text.split("flash")[-1]
        # the one found by search is linked with the same form as a candidate
        r = client.post(
            f"/orders/documents/{inv2}/link",
            data={"csrf_token": token, "order_id": str(first.id)},
            follow_redirects=False,
        )
        assert r.status_code == 303
        listed = client.get("/orders/discrepancies").text
        assert "belongs to no known order" in listed and "a new order" in listed
        d_ids = [int(x) for x in re.findall(r'name="d" value="(\d+)"', listed)]
        r = client.post(
            "/orders/discrepancies/bulk",
            data={"csrf_token": token, "d": d_ids, "note": "the customer re-sent it"},
        )
        assert f"{len(d_ids)} of {len(d_ids)} accepted." in r.text
    session.expire_all()
    open_rows = session.execute(
        select(Discrepancy).where(Discrepancy.document_id == inv, Discrepancy.status == "open")
    ).all()
    assert open_rows == []
