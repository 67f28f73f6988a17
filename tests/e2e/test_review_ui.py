"""The review screen in a real browser (Debian's headless Chromium through Playwright).

A clerk corrects and approves with the keyboard only; 4-eyes holds in the browser; extracted
text is shown as text; a post without the CSRF token is refused; an auditor changes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from approvals import review
from models.db import session_factory
from models.documents import Document
from models.enums import DocStatus, Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po
from tests.support.live import chromium_page, live_settings, log_in, serve_app

pytestmark = pytest.mark.slow


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    s = live_settings(tmp_path, sqlite_url)
    s.approvals.high_value = Decimal("1000")
    return s


@pytest.fixture
def seeded(db: Session, app_settings: Settings) -> dict[str, int]:
    load_master(db)
    typo = make_po(db, name="typo.pdf")
    # a misread order number (not an amount: who changes an amount may not approve it alone)
    typo.field("document_number").value, typo.field("document_number").confidence = (
        "PO-2026-OO42",
        0.41,
    )  # type: ignore[union-attr]
    big = make_po(
        db,
        name="big.pdf",
        fields={
            "document_number": "PO-BIG",
            "total_net": "1990.00",
            "total_tax": "398.00",
            "total_gross": "2388.00",
            "delivery_date": "2020-01-01",
        },
        lines=[
            {
                "sku": "VIS-100",
                "quantity": "120",
                "unit": "box",
                "unit_price": "12.00",
                "line_total": "1440.00",
                "tax_rate": "20",
            },
            {
                "sku": "PAP-200",
                "quantity": "100",
                "unit": "ream",
                "unit_price": "5.50",
                "line_total": "550.00",
                "tax_rate": "20",
            },
        ],
    )
    xss = make_po(
        db,
        name="xss.pdf",
        confidence=0.5,
        fields={"document_number": "PO-XSS", "customer_name": "<script>window.__xss=1</script>"},
    )
    for doc in (typo, big, xss):
        review.route(db, doc, settings=app_settings)
    db.commit()
    for name, role in (("clara", Role.CLERK), ("arno", Role.APPROVER), ("aude", Role.AUDITOR)):
        add_user(db, name, role)
    return {"typo": typo.id, "big": big.id, "xss": xss.id}


def status_of(settings: Settings, doc_id: int) -> Document:
    s = session_factory(settings.db_url)()
    try:
        doc = s.get(Document, doc_id)
        assert doc is not None
        s.expunge(doc)
        return doc
    finally:
        s.close()


def lines_of(settings: Settings, doc_id: int) -> list[tuple[str | None, Decimal | None]]:
    s = session_factory(settings.db_url)()
    try:
        doc = s.get(Document, doc_id)
        assert doc is not None
        return [(li.sku, li.quantity) for li in doc.lines]
    finally:
        s.close()


def post_without_token(page: Any, url: str) -> int:
    return int(
        page.evaluate(
            """async (url) => {
                const body = new URLSearchParams({action: 'approve', reason: 'forged'});
                const r = await fetch(url, {method: 'POST', body});
                return r.status;
            }""",
            url,
        )
    )


def post_with_token(page: Any, url: str, action: str) -> int:
    return int(
        page.evaluate(
            """async ([url, action]) => {
                const token = document.querySelector('input[name=csrf_token]').value;
                const body = new URLSearchParams({action, reason: 'forced', csrf_token: token});
                const r = await fetch(url, {method: 'POST', body});
                return r.status;
            }""",
            [url, action],
        )
    )


def test_review_in_the_browser(app_settings: Settings, seeded: dict[str, int]) -> None:
    with serve_app(app_settings) as base, chromium_page() as page:
        # a clerk opens a document from the queue and corrects it with the keyboard only
        log_in(page, base, "clara")
        page.click(f"a[href='/documents/{seeded['typo']}']")
        page.wait_for_selector("#review-form")
        # the field that needs attention gets the focus (review.js sets it once loaded; under
        # load that comes after the form is in the page, so wait for it rather than race it)
        page.wait_for_function("document.activeElement?.id === 'f-document_number'")
        assert page.locator("#box-f-document_number.active").count() == 1  # its box is shown
        page.keyboard.press("Control+A")
        page.keyboard.type("PO-2026-0042")
        with page.expect_navigation():
            page.keyboard.press("Alt+A")
        doc = status_of(app_settings, seeded["typo"])
        assert doc.status == DocStatus.APPROVED and doc.decided_by == "clara"

        # extracted text with a script in it is shown as text, never run
        page.goto(f"{base}/documents/{seeded['xss']}")
        assert page.evaluate("window.__xss") is None
        assert page.input_value("#f-customer_name") == "<script>window.__xss=1</script>"

        # a form post without the CSRF token is refused
        assert post_without_token(page, f"{base}/documents/{seeded['xss']}") == 403

        # lines edit like a small spreadsheet: split a line, add one, delete it, save
        page.focus("#l-1-quantity")
        page.keyboard.press("Alt+P")  # split 12 boxes into 6 + 6
        page.keyboard.press("Alt+L")  # a new empty line gets the focus
        page.keyboard.type("EXTRA")
        page.keyboard.press("Alt+D")  # and goes again
        with page.expect_navigation():
            page.keyboard.press("Alt+S")
        lines = lines_of(app_settings, seeded["xss"])
        assert [(sku, qty) for sku, qty in lines] == [
            ("VIS-100", Decimal(6)),
            ("VIS-100", Decimal(6)),
            ("PAP-200", Decimal(10)),
        ]

        # the clerk corrects a high-value order, and cannot approve it
        page.goto(f"{base}/documents/{seeded['big']}")
        page.fill("#f-delivery_date", "2031-06-30")
        page.keyboard.press("Alt+S")
        page.wait_for_selector(".flash")
        assert page.locator("#approve").is_disabled()
        assert "needs an approver" in page.inner_text("#blockers")
        assert post_with_token(page, f"{base}/documents/{seeded['big']}", "approve") == 403
        assert status_of(app_settings, seeded["big"]).status == DocStatus.IN_REVIEW
        page.click("button[value=release]")
        page.wait_for_load_state("networkidle")
        page.click("form.inline button")  # log out

        # an approver who did not correct it approves it
        log_in(page, base, "arno")
        page.click("a[href='/queue?queue=high_value']")
        page.click(f"a[href='/documents/{seeded['big']}']")
        with page.expect_navigation():
            page.click("#approve")
        doc = status_of(app_settings, seeded["big"])
        assert doc.status == DocStatus.APPROVED and doc.decided_by == "arno"
        page.click("form.inline button")

        # an auditor sees everything and can change nothing
        log_in(page, base, "aude")
        page.goto(f"{base}/documents/{seeded['xss']}")
        assert page.locator("#f-customer_name").is_disabled()
        assert page.locator("#approve").count() == 0
        assert post_with_token(page, f"{base}/documents/{seeded['xss']}", "approve") == 403
        assert status_of(app_settings, seeded["xss"]).status == DocStatus.IN_REVIEW
