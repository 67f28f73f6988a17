"""The controls of issue 19 as people meet them on screen, in a real browser (Debian's headless
Chromium through Playwright): 4-eyes a clerk cannot edit away, the approver's override of
totals that do not add up, the duplicate queue, claims that end when their holder leaves,
and line edits that recompute the totals and show what the document printed."""

from __future__ import annotations

import copy
import time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import review
from models.db import session_factory
from models.documents import Document
from models.enums import DocStatus, Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po
from tests.approvals.test_four_eyes import BIG, BIG_LINES
from tests.e2e.test_review_ui import post_with_token, status_of
from tests.support.live import log_in, signed_in

pytestmark = pytest.mark.slow


def ready(db: Session, settings: Settings, *docs: Document) -> None:
    """Route ``docs``, commit, and add the clerk clara and the approver arno."""
    for doc in docs:
        review.route(db, doc, settings=settings)
    db.commit()
    for name, role in (("clara", Role.CLERK), ("arno", Role.APPROVER)):
        add_user(db, name, role)


def log_out(page: Any) -> None:
    page.click("form.inline button")
    page.wait_for_selector("input[name=password]")


def test_four_eyes_and_the_totals_override_on_screen(app_settings: Settings, db: Session) -> None:
    load_master(db)
    big = make_po(db, fields=dict(BIG), lines=copy.deepcopy(BIG_LINES))
    ready(db, app_settings, big)
    url = f"/documents/{big.id}"
    # a clerk lowers the total below the threshold and saves: she still cannot approve
    with signed_in(app_settings, "clara") as (base, page):
        page.goto(base + url)
        page.fill("#f-total_gross", "9000.00")
        with page.expect_navigation():
            page.keyboard.press("Alt+S")
        assert page.locator("#approve").is_disabled()
        assert "you changed an amount" in page.inner_text("#blockers")
        assert "do not add up" in page.inner_text("#totals-problems")
        assert post_with_token(page, base + url, "approve") == 403
        assert status_of(app_settings, big.id).status == DocStatus.IN_REVIEW
        page.click("button[value=release]")
        page.wait_for_load_state("networkidle")
        log_out(page)

        # an approver sees why the totals disagree and may override them, with a reason
        log_in(page, base, "arno")
        page.goto(base + url)
        assert "9,000.00 EUR" in page.inner_text("#totals-problems")
        with page.expect_navigation():
            page.click("#approve")
        assert "override" in page.inner_text("#error")
        assert status_of(app_settings, big.id).status == DocStatus.IN_REVIEW
        page.check("#override")
        page.fill("#reason", "the customer confirmed 9 000 by phone; lines to be credited")
        with page.expect_navigation():
            page.click("#approve")
        doc = status_of(app_settings, big.id)
        assert doc.status == DocStatus.APPROVED and doc.decided_by == "arno"


def test_a_line_edit_recomputes_the_totals_and_shows_what_was_printed(
    app_settings: Settings, db: Session
) -> None:
    load_master(db)
    doc = make_po(db, confidence=0.5)  # 12 x 12.00 + 10 x 5.50: 199.00 + 39.80 = 238.80
    ready(db, app_settings, doc)
    with signed_in(app_settings, "clara") as (base, page):
        page.goto(f"{base}/documents/{doc.id}")
        page.fill("#l-1-quantity", "10")  # the line total is left as printed
        with page.expect_navigation():
            page.keyboard.press("Alt+S")
        assert Decimal(page.input_value("#l-1-line_total")) == Decimal("120.00")
        assert page.input_value("#f-total_net") == "175.00"
        assert page.input_value("#f-total_tax") == "35.00"
        assert page.input_value("#f-total_gross") == "210.00"
        gross = page.inner_text("#total-total_gross")
        assert "238.80" in gross and "210.00" in gross and "-28.80" in gross
        assert "was “238.80”" in page.inner_text("#review-form")  # the printed value stays


def test_the_duplicate_queue_on_screen(app_settings: Settings, db: Session) -> None:
    load_master(db)
    first = make_po(db, name="a.pdf")
    review.route(db, first, settings=app_settings)  # clean: approved touchless
    again = make_po(db, name="again.pdf")  # the same order, another file
    lookalike = make_po(db, name="other.pdf", fields={"document_number": "PO-2026-0099"})
    for doc in (again, lookalike):
        assert review.route(db, doc, settings=app_settings).queue == "duplicate"
    ready(db, app_settings)
    with signed_in(app_settings, "clara") as (base, page):
        page.click("a[href='/queue?queue=duplicate']")
        page.click(f"a[href='/documents/{again.id}']")
        assert f"document {first.id}" in page.inner_text("#duplicate")
        assert page.locator("#approve").is_disabled()
        assert "mark it a duplicate or not" in page.inner_text("#blockers")
        with page.expect_navigation():
            page.click("#mark-duplicate")
        doc = status_of(app_settings, again.id)
        assert doc.status == DocStatus.DUPLICATE and doc.duplicate_of_id == first.id

        page.goto(f"{base}/documents/{lookalike.id}")
        page.fill("#reason", "a second order, same goods, same day")
        with page.expect_navigation():
            page.click("#not-duplicate")
        assert "not a duplicate" in page.inner_text(".flash")
        assert status_of(app_settings, lookalike.id).status == DocStatus.APPROVED


def _holder(settings: Settings, doc_id: int) -> str | None:
    from models.review import ReviewTask

    s = session_factory(settings.db_url)()
    try:
        task = s.execute(select(ReviewTask).where(ReviewTask.document_id == doc_id)).scalar_one()
        return task.claimed_by
    finally:
        s.close()


def _eventually(check: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_claims_end_when_the_holder_leaves_and_an_approver_can_take_over(
    app_settings: Settings, db: Session
) -> None:
    load_master(db)
    left = make_po(db, confidence=0.5, name="left.pdf", fields={"document_number": "PO-L"})
    held = make_po(
        db,
        confidence=0.5,
        name="held.pdf",
        fields={"document_number": "PO-H", "document_date": "2026-01-05"},
    )
    ready(db, app_settings, left, held)
    with signed_in(app_settings, "clara") as (base, page):
        page.goto(f"{base}/documents/{left.id}")
        page.click("button[value=claim]")
        page.wait_for_selector("button[value=release]")
        assert _holder(app_settings, left.id) == "clara"
        page.goto(f"{base}/queue")  # she leaves the page: the claim ends
        assert _eventually(lambda: _holder(app_settings, left.id) is None)

        page.goto(f"{base}/documents/{held.id}")
        page.click("button[value=claim]")
        page.wait_for_selector("button[value=release]")
        context = page.context
        other = context.browser.new_context().new_page()  # the approver, elsewhere
        log_in(other, base, "arno")
        other.goto(f"{base}/documents/{held.id}")
        assert "being edited by" in other.inner_text(".doc-head")
        with other.expect_navigation():
            other.click("#take-over")
        assert "took this document over from clara" in other.inner_text(".flash")
        assert _holder(app_settings, held.id) == "arno"
        page.goto(f"{base}/queue")  # her leaving does not end his claim
        time.sleep(1)
        assert _holder(app_settings, held.id) == "arno"
