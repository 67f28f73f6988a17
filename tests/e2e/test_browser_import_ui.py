"""A drop of several files in headless Chromium is one import run (issue 25, item 1), as an
``orderdesk ingest`` batch is: the queue names the run with its counts once the last file
has answered, and /imports shows it with each file's outcome and the file refused before
intake."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from models.db import session_factory
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.e2e.test_upload_and_quarantine import GOOD, drop
from tests.support.live import live_settings, signed_in

pytestmark = pytest.mark.slow


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    s = live_settings(tmp_path, sqlite_url)
    s.ingest.max_file_mb = 1
    return s


def test_a_drop_is_one_import_run(app_settings: Settings) -> None:
    db = session_factory(app_settings.db_url)()
    add_user(db, "clara", Role.CLERK)
    db.close()
    files = [
        ("order.pdf", GOOD),
        ("order-again.pdf", GOOD),
        ("note.pdf", b"%not a pdf, a note saved with the wrong name\n" * 40),
        ("huge.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10)),
    ]
    with signed_in(app_settings, "clara") as (base, page):
        drop(page, "#upload", files)
        run_line = page.locator("#upload-list li.upload-run")
        expect(run_line).to_have_attribute("data-state", "finished", timeout=30_000)
        assert page.locator("#upload-list li.upload[data-outcome]").count() == 4
        assert "ingested 1, duplicates 1, quarantined 1, not taken 1" in run_line.inner_text()

        run_line.locator("a").click()
        page.wait_for_url(f"{base}/imports/*")
        assert page.inner_text("#run-taken") == "3 of 4 files"
        assert "import finished" in page.inner_text("#run-progress")
        counts = page.inner_text("#run-counts")
        assert "ingested 1, duplicates 1, quarantined 1, not taken 1" in counts
        note = page.locator("tr", has_text="note.pdf")
        assert "quarantined: not a PDF or image" in note.inner_text()
        again = page.locator(".run-files-table tbody tr", has_text="duplicate")
        assert again.count() == 1 and "duplicate of #" in again.inner_text()
        assert page.locator(".run-files-table", has_text="huge.pdf").count() == 0

        page.click("a[href='/imports']")
        newest = page.locator("table.imports tbody tr").first
        text = newest.inner_text()
        assert "order.pdf, order-again.pdf, note.pdf and 1 more" in text
        assert "browser" in text and "clara" in text and "3/4" in text
