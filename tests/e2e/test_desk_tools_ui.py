"""Issue 25 items 3, 5, 7 and 8 in a real browser, as a day at the desk goes: an admin
imports customers (previewed first) and the document that waited on one is checked again; a
clerk sorts the queue and approves in bulk what needs no judgement (the high-value order
stays); the approver sees it counted in the header, opens "awaiting me" and signs it; an
auditor runs verify and downloads the orders as a spreadsheet."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy.orm import Session

from approvals import review
from models.db import session_factory
from models.documents import Document
from models.enums import DocStatus, Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import MASTER, TENFOLD_LINES, TENFOLD_TOTALS, load_master, make_po
from tests.e2e.test_verify_job_ui import a_worker
from tests.support.live import chromium_page, live_settings, log_in, serve_app

pytestmark = pytest.mark.slow

NORTHWIND_CSV = (
    "number,name,vat_id,billing_address,credit_limit,currency,language\n"
    'C-200,Northwind Traders Ltd,GB123456782,"4 King Street, Leeds LS1 4DY",5000,GBP,en\n'
)


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    s = live_settings(tmp_path, sqlite_url)
    s.approvals.high_value = Decimal("1000")
    return s


def _status(settings: Settings, doc_id: int) -> str:
    s = session_factory(settings.db_url)()
    try:
        doc = s.get(Document, doc_id)
        assert doc is not None
        return str(doc.status)
    finally:
        s.close()


def test_a_day_at_the_desk(app_settings: Settings, db: Session, tmp_path: Path) -> None:
    known = copy.deepcopy(MASTER)
    known["customers"] = [c for c in known["customers"] if c["number"] != "C-200"]
    load_master(db, known)
    waiting = make_po(
        db,
        name="northwind.pdf",
        fields={"document_number": "PO-NW-1", "customer_name": "Northwind Traders Ltd",
                "vat_id": "GB123456782"},
    )  # fmt: skip
    clean = make_po(db, name="clean.pdf", fields={"document_number": "PO-CLEAN"})
    big = make_po(
        db,
        name="big.pdf",
        fields={"document_number": "PO-BIG", **TENFOLD_TOTALS, "document_date": "2026-01-02"},
        lines=TENFOLD_LINES,
    )  # fmt: skip
    assert review.route(db, waiting, settings=app_settings).queue == "unknown_customer"
    review.route(db, clean, settings=app_settings, queue="needs_review", reason="asked")
    review.route(db, big, settings=app_settings)
    db.commit()
    for name, role in (("ada", Role.ADMIN), ("clara", Role.CLERK), ("arno", Role.APPROVER),
                       ("aude", Role.AUDITOR)):  # fmt: skip
        add_user(db, name, role)
    with serve_app(app_settings) as base, chromium_page(accept_downloads=True) as page:
        # item 7: the admin imports customers; the preview says what changes first
        log_in(page, base, "ada")
        page.click("nav a[href='/masterdata']")
        page.click("#import-link")
        page.set_input_files(
            "#md-file",
            files=[{"name": "customers.csv", "mimeType": "text/csv",
                    "buffer": NORTHWIND_CSV.encode()}],
        )  # fmt: skip
        with page.expect_navigation():
            page.click("#upload-form button[type=submit]")
        assert "1</b> new" in page.inner_html("#preview")
        with page.expect_navigation():
            page.click("#confirm-import")
        assert "1 document(s) waiting on master data checked again" in page.inner_text("#rechecked")
        page.goto(f"{base}/masterdata?q=northwind")
        assert "C-200" in page.inner_text("#customers")
        page.click("form.inline button")  # log out

        # item 5: the clerk sorts by total and approves in bulk what needs no judgement
        log_in(page, base, "clara")
        page.click("a.sort:has-text('Total')")
        page.click("a.sort:has-text('Total')")  # descending: the big order first
        first = page.locator("table.queue tbody tr").first
        assert "PO-BIG" in first.inner_text()
        page.check(f"input[name=doc][value='{clean.id}']")
        page.check(f"input[name=doc][value='{big.id}']")
        with page.expect_navigation():
            page.click("#bulk-approve")
        flash = page.inner_text("#flash")
        assert flash.startswith("1 of 2 approved.") and f"#{big.id}" in flash
        assert _status(app_settings, clean.id) == DocStatus.APPROVED
        assert _status(app_settings, big.id) == DocStatus.IN_REVIEW
        page.click("form.inline button")

        # item 3: the approver sees the count in the header and signs off from his queue
        log_in(page, base, "arno")
        link = page.locator("#awaiting-link")
        link.wait_for()
        assert link.locator(".count").inner_text() == "1"
        with page.expect_navigation():
            link.click()
        with page.expect_navigation():
            page.click("a:has-text('PO-BIG')")
        page.fill("#reason", "checked with sales")
        with page.expect_navigation():
            page.click("#approve", no_wait_after=True)
        assert _status(app_settings, big.id) == DocStatus.APPROVED
        page.goto(f"{base}/approvals")
        assert "Nothing waits for you." in page.inner_text("main")
        page.click("form.inline button")

        # item 8: the auditor runs verify and downloads the orders as a spreadsheet
        log_in(page, base, "aude")
        page.click("nav a[href='/audit']")
        with page.expect_navigation():
            page.click("#run-verify")  # queued: a worker runs it, its page follows
        with a_worker(app_settings):
            expect(page.locator("#last-run")).to_contain_text("all intact", timeout=60_000)
        page.goto(f"{base}/audit")
        with page.expect_download() as download:
            page.click("#orders-xlsx")
        assert download.value.suggested_filename.endswith(".xlsx")
        saved = tmp_path / "orders.xlsx"
        download.value.save_as(saved)
        assert saved.read_bytes()[:2] == b"PK"
