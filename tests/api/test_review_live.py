"""The review screen's live totals and product picker: what the clerk sees before saving is
what a save makes, and a preview changes nothing."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from models.documents import Document
from models.settings import Settings
from tests.api.helpers import csrf_of
from tests.approvals.factory import load_master, make_po, routed_po

LINES = {
    "lines_present": "1",
    "l.1.sku": "VIS-100", "l.1.description": "Vis inox", "l.1.quantity": "12",
    "l.1.unit": "box", "l.1.unit_price": "12.00", "l.1.line_total": "144.00", "l.1.tax_rate": "20",
    "l.2.sku": "PAP-200", "l.2.description": "Ramette papier A4", "l.2.quantity": "10",
    "l.2.unit": "ramette", "l.2.unit_price": "5.50", "l.2.line_total": "55.00",
    "l.2.tax_rate": "20",
}  # fmt: skip


def _now(html: str, name: str) -> str:
    m = re.search(
        rf'id="total-{name}".*?class="num now">([^<]+)<.*?class="num diff">([^<]*)<', html, re.S
    )
    assert m, html
    return f"{m.group(1)} {m.group(2)}".strip()


def test_a_line_edit_moves_the_totals_before_saving(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    with TestClient(create_app(settings)) as client:
        screen = client.get(f"/documents/{doc.id}").text
        client.headers["X-CSRF-Token"] = csrf_of(screen)
        assert f'hx-post="/documents/{doc.id}/totals"' in screen
        assert "The totals add up." in screen
        # 12 boxes become 13: line 1 follows (156.00), net, VAT and gross with it
        form = LINES | {"l.1.quantity": "13"}
        html = client.post(f"/documents/{doc.id}/totals", data=form).text
        assert "<html" not in html
        assert 'data-index="0" data-total="156.00"' in html
        assert (
            _now(html, "total_net") == "€211.00 +12.00"
        )  # amounts in the browser's locale (English here)
        assert _now(html, "total_tax") == "€42.20 +2.40"
        assert _now(html, "total_gross") == "€253.20 +14.40"
        assert "The totals add up." in html
        # a gross typed by hand that contradicts the lines: the check fails before saving
        bad = form | {"f.total_gross": "999.00"}
        html = client.post(f"/documents/{doc.id}/totals", data=bad).text
        assert "do not add up" in html and "not the gross" in html
        # not a number: said so, nothing breaks
        html = client.post(f"/documents/{doc.id}/totals", data=LINES | {"l.1.quantity": "x"}).text
        assert "is not a number" in html
    session.expire_all()
    kept = session.get(Document, doc.id)
    assert kept is not None and str(kept.lines[0].quantity) in ("12", "12.000", "12.0000")
    assert kept.field("total_net").value == "199.00"  # type: ignore[union-attr]
    # the save makes what the preview showed
    review.correct(
        session,
        kept,
        actor="clara",
        lines=[
            {k.split(".")[2]: v for k, v in (LINES | {"l.1.quantity": "13"}).items()
             if k.startswith(f"l.{i}.")}
            for i in (1, 2)
        ],
        settings=settings,
    )  # fmt: skip
    assert kept.field("total_gross").value == "253.20"  # type: ignore[union-attr]


def test_product_picker_finds_by_sku_name_and_part_number(
    settings: Settings, session: Session
) -> None:
    load_master(session)
    doc = make_po(
        session,
        confidence=0.5,
        lines=[
            {"sku": "ZZ-9", "description": "something unheard of", "quantity": "10",
             "unit": "ream", "unit_price": "5.50", "line_total": "55.00", "tax_rate": "20"},
        ],
        fields={"total_net": "55.00", "total_tax": "11.00", "total_gross": "66.00"},
    )  # fmt: skip
    review.route(session, doc, settings=settings)
    session.commit()
    with TestClient(create_app(settings)) as client:
        screen = client.get(f"/documents/{doc.id}").text
        client.headers["X-CSRF-Token"] = csrf_of(screen)
        assert 'id="product-picker"' in screen and "line 1: ZZ-9" in screen
        url = f"/documents/{doc.id}/lines/1/products"
        assert "PAP-200" in client.get(url, params={"q": "copy paper"}).text
        assert "VIS-100" in client.get(url, params={"q": "vis-1"}).text
        by_part = client.get(url, params={"q": "DUR-4711"}).text
        assert "VIS-100" in by_part and "part number DUR-4711" in by_part
        assert "No product found" in client.get(url, params={"q": "qqqqqq"}).text
        r = client.post(
            f"/documents/{doc.id}/lines/1/product",
            data={"sku": "PAP-200"},
            headers={"HX-Request": "true"},
        )
        assert r.headers["HX-Redirect"] == f"/documents/{doc.id}"
    session.expire_all()
    kept = session.get(Document, doc.id)
    assert kept is not None and kept.lines[0].sku == "PAP-200"
