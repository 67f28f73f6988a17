"""Upload and quarantine in headless Chromium (issue 25, items 1 and 2): a clerk drops
several files on the queue and reads each one's outcome; quarantined ones get a screen with
the reason, a preview where the file allows, and the actions each role may take."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from models.audit import AuditEvent
from models.db import session_factory
from models.documents import Document
from models.enums import Role
from models.ingest_quarantine import QuarantineCase
from models.settings import Settings
from tests.api.helpers import add_user
from tests.support.live import live_settings, log_in, signed_in

pytestmark = pytest.mark.slow
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "born_digital"
GOOD = (SAMPLES / "boxed_invoice_en.pdf").read_bytes()
FIXED = (SAMPLES / "boxed_delivery_note_fr.pdf").read_bytes()


def three_pages(pdf: bytes) -> bytes:
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for _ in range(3):
        writer.add_page(reader.pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    s = live_settings(tmp_path, sqlite_url)
    s.ingest.max_file_mb = 1
    s.ingest.max_pages = 2
    return s


def read(settings: Settings, query: Any) -> Any:
    """A look at the database that ends its transaction at once (SQLite: a reader left open
    would hold up the server's writes)."""
    db = session_factory(settings.db_url)()
    try:
        return query(db)
    finally:
        db.close()


def wait_until(check: Any, timeout: float = 20.0) -> None:
    """Poll from Python: the page's policy forbids the eval that wait_for_function needs."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def drop(page: Any, selector: str, files: list[tuple[str, bytes]]) -> None:
    """What a drag from the file manager delivers: a DataTransfer holding the files."""
    payload = [{"name": n, "b64": base64.b64encode(d).decode()} for n, d in files]
    transfer = page.evaluate_handle(
        """(files) => {
            const dt = new DataTransfer();
            for (const f of files) {
                const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
                dt.items.add(new File([bytes], f.name, {type: 'application/pdf'}));
            }
            return dt;
        }""",
        payload,
    )
    page.dispatch_event(selector, "dragover", {"dataTransfer": transfer})
    page.dispatch_event(selector, "drop", {"dataTransfer": transfer})


def outcomes(page: Any) -> dict[str, str]:
    rows = page.locator("#upload-list li.upload")
    return {
        rows.nth(i).locator(".name").inner_text(): rows.nth(i).locator(".outcome").inner_text()
        for i in range(rows.count())
    }


def test_drop_files_then_work_the_quarantine(app_settings: Settings) -> None:
    db = session_factory(app_settings.db_url)()
    for name, role in (("clara", Role.CLERK), ("ada", Role.ADMIN), ("aude", Role.AUDITOR)):
        add_user(db, name, role)
    db.close()
    files = [
        ("order.pdf", GOOD),
        ("order-again.pdf", GOOD),
        ("scan.pdf", b"%not a pdf, a note someone saved with the wrong name\n" * 40),
        ("long.pdf", three_pages(GOOD)),
        ("huge.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10)),
    ]
    with signed_in(app_settings, "clara") as (base, page):
        drop(page, "#upload", files)
        expect(page.locator("#upload-list li[data-outcome]")).to_have_count(5, timeout=30_000)
        seen = outcomes(page)
        # the same bytes twice, sent side by side: whichever comes first is read, the other
        # is kept as its duplicate
        first = next(n for n in ("order.pdf", "order-again.pdf") if seen[n].startswith("queued"))
        second = "order-again.pdf" if first == "order.pdf" else "order.pdf"
        assert seen[first].startswith("queued for reading · #")
        assert seen[second].startswith("duplicate: this file was already received")
        assert seen["scan.pdf"].startswith("quarantined: not a PDF or image")
        assert seen["long.pdf"].startswith("quarantined: PDF has 3 pages, more than the 2-page")
        assert seen["huge.pdf"].startswith("too large: over the 1 MB limit")
        sent = page.locator("#upload-list li:not([data-outcome=refused]) progress")
        assert [sent.nth(i).get_attribute("value") for i in range(sent.count())] == ["100"] * 4

        # the original downloads under its own name and extension
        page.click(f"#upload-list li:has-text('{first}') >> text=open")
        page.wait_for_url(f"{base}/documents/*")
        doc_ids = read(app_settings, lambda db: {
            d.original_name: d.id for d in db.execute(select(Document)).scalars()
        })  # fmt: skip
        original = page.request.get(f"{base}/api/documents/{doc_ids[first]}/original")
        assert original.status == 200, original.text()
        assert f'filename="{first}"' in original.headers["content-disposition"]

        # a quarantined document opens on its quarantine screen, reason first
        page.goto(f"{base}/documents/{doc_ids['scan.pdf']}")
        page.wait_for_url(f"{base}/quarantine/{doc_ids['scan.pdf']}")
        assert "not a PDF or image" in page.inner_text("#reason")
        assert "No preview" in page.inner_text(".no-preview")
        # the clerk replaces it with a corrected file: it goes through intake as new
        page.set_input_files("#replace-file", files=[
            {"name": "scan-fixed.pdf", "mimeType": "application/pdf", "buffer": FIXED}
        ])  # fmt: skip
        with page.expect_navigation():
            page.click("#replace")
        assert "replaced by the corrected file: ingested as document" in page.inner_text(".flash")
        state, by, retried_as = read(app_settings, lambda db: db.execute(
            select(QuarantineCase.state, QuarantineCase.resolved_by, QuarantineCase.retried_as_id)
            .where(QuarantineCase.document_id == doc_ids["scan.pdf"])
        ).one())  # fmt: skip
        assert (state, by) == ("retried", "clara")
        assert retried_as is not None and retried_as != doc_ids["scan.pdf"]

        # a PDF quarantined for its length shows its first page; a clerk may not delete it
        long_id = doc_ids["long.pdf"]
        page.goto(f"{base}/quarantine/{long_id}")
        expect(page.locator("#preview")).to_be_visible()
        wait_until(lambda: page.evaluate("() => document.getElementById('preview').naturalWidth"))
        assert page.locator("#delete").count() == 0 and page.locator("#release").count() == 0
        forged = page.evaluate(
            """async (id) => {
                const token = document.querySelector('meta[name=csrf-token]').content;
                const body = new URLSearchParams({reason: 'tidy', csrf_token: token});
                const r = await fetch('/quarantine/' + id + '/delete', {method: 'POST', body});
                return r.status;
            }""",
            long_id,
        )
        assert forged == 403
        page.click("form.inline button")  # log out

        # an auditor sees it and can do nothing
        log_in(page, base, "aude")
        page.goto(f"{base}/quarantine")
        assert page.locator(f"#case-{long_id}").count() == 1
        page.click(f"#case-{long_id} a")
        assert page.locator("#retry").count() == 0 and "Read-only" in page.inner_text("main")
        page.click("form.inline button")

        # an admin deletes the file, with a reason that stays in the audit trail
        log_in(page, base, "ada")
        page.goto(f"{base}/quarantine/{long_id}")
        page.fill("#delete-reason", "sent by mistake, the customer re-sent it")
        with page.expect_navigation():
            page.click("#delete")
        assert "deleted from quarantine" in page.inner_text(".flash")
        assert page.locator(f"#case-{long_id}").count() == 0  # no longer open
        assert not [p for p in app_settings.quarantine_dir.iterdir() if "long" in p.name]
        actor, data = read(app_settings, lambda db: db.execute(
            select(AuditEvent.actor, AuditEvent.data).where(
                AuditEvent.action == "quarantine_deleted", AuditEvent.entity_id == str(long_id)
            )
        ).one())  # fmt: skip
        assert actor == "ada" and data["note"].startswith("sent by mistake")
        assert len(data["removed"]["sha256"]) == 64
