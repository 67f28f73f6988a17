"""Issue 25 item 4 in a real browser: the totals follow a line edit before anything is saved,
the arithmetic check turns red and green as the clerk types, and the product picker gives an
unmatched line its product."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from approvals import review
from models.db import session_factory
from models.documents import Document
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po
from tests.support.live import signed_in

pytestmark = pytest.mark.slow


def _doc(settings: Settings, doc_id: int) -> Document:
    s = session_factory(settings.db_url)()
    doc = s.get(Document, doc_id)
    assert doc is not None
    _ = list(doc.lines), list(doc.fields)
    s.close()
    return doc


def test_totals_follow_the_lines_and_a_product_is_picked(
    app_settings: Settings, db: Session
) -> None:
    load_master(db)
    po = make_po(db, confidence=0.5, name="po.pdf")
    odd = make_po(
        db,
        confidence=0.5,
        name="odd.pdf",
        fields={"document_number": "PO-ODD", "total_net": "55.00", "total_tax": "11.00",
                "total_gross": "66.00"},
        lines=[{"sku": "ZZ-9", "description": "something unheard of", "quantity": "10",
                "unit": "ream", "unit_price": "5.50", "line_total": "55.00", "tax_rate": "20"}],
    )  # fmt: skip
    for doc in (po, odd):
        review.route(db, doc, settings=app_settings)
    db.commit()
    add_user(db, "clara", Role.CLERK)
    with signed_in(app_settings, "clara") as (base, page):
        page.goto(f"{base}/documents/{po.id}")
        assert page.inner_text("#arithmetic") == "The totals add up."
        page.fill("#l-1-quantity", "13")
        gross = page.locator("#total-total_gross")
        gross.locator("text=253.20").wait_for()
        assert "+14.40" in gross.inner_text()  # the difference to the printed gross
        assert page.input_value("#l-1-line_total") == "156.00"  # the line follows too
        page.fill("#f-total_gross", "999.00")
        page.locator("#arithmetic.fail").wait_for()
        assert "not the gross" in page.inner_text("#arithmetic")
        page.fill("#f-total_gross", "238.80")  # as it was: the gross follows the lines again
        page.locator("#arithmetic.pass").wait_for()
        assert "253.20" in gross.inner_text()
        page.fill("#l-1-quantity", "14")  # a second edit still follows from the printed total
        page.locator("#total-total_net >> text=223.00").wait_for()
        with page.expect_navigation():
            page.keyboard.press("Alt+S")
        saved = _doc(app_settings, po.id)
        assert saved.lines[0].line_total == Decimal("168.00")
        assert saved.field("total_net").value == "223.00"  # type: ignore[union-attr]
        assert saved.field("total_gross").value == "267.60"  # type: ignore[union-attr]

        # a line matching left without a product: search by name, pick, the line has it
        page.goto(f"{base}/documents/{odd.id}")
        page.fill("#pq-1", "copy paper")
        pick = page.locator("#hits-1 button.pick", has_text="PAP-200")
        pick.wait_for()
        with page.expect_navigation():
            pick.click()
        assert "Line 1 is now PAP-200" in page.inner_text(".flash")
        assert _doc(app_settings, odd.id).lines[0].sku == "PAP-200"
