"""An import followed in headless Chromium (issue 25, item 9): the page shows what
``orderdesk ingest`` shows in the terminal, and moves on by itself while the run goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect
from typer.testing import CliRunner

from api.cli.main import app as cli
from archive.store import open_store
from ingest import import_runs
from ingest.intake import Intake
from models.db import session_factory
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import PASSWORD, add_user
from tests.ingest import corpus
from tests.support.live import chromium_page, serve_app

pytestmark = pytest.mark.slow


def test_an_import_in_the_browser(app_settings: Settings, tmp_path: Path) -> None:
    db = session_factory(app_settings.db_url)()
    add_user(db, "otto", Role.ADMIN)
    db.close()
    run_id = import_runs.start_run(
        app_settings.db_url, files=3, actor="cli:otto", label="scans", channel="import"
    )
    intake = Intake(app_settings, open_store(app_settings), run_id=run_id)
    intake.take_bytes(corpus.tiny_pdf("one"), original_name="one.pdf", channel="import")

    with serve_app(app_settings) as base, chromium_page() as page:
        page.goto(f"{base}/login")
        page.fill("input[name=name]", "otto")
        page.fill("input[name=password]", PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/queue")
        page.goto(f"{base}/imports/{run_id}")
        assert page.inner_text("#run-taken") == "1 of 3 files"
        assert "importing" in page.inner_text("#run-progress")

        # the run goes on in another process; the page follows without a reload
        intake.take_bytes(corpus.tiny_pdf("two"), original_name="two.pdf", channel="import")
        intake.take_bytes(b"\x00\x01 not a document", original_name="bad.pdf", channel="import")
        import_runs.finish_run(app_settings.db_url, run_id, actor="cli:otto", counts={})
        expect(page.locator("#run-taken")).to_have_text("3 of 3 files", timeout=10_000)
        assert "import finished" in page.inner_text("#run-progress")
        assert "ingested 2, duplicates 0, quarantined 1" in page.inner_text("#run-counts")
        assert "0 of 2 read by the workers" in page.inner_text("#run-read")
        bad = page.locator("tr", has_text="bad.pdf")
        assert "quarantined: " in bad.inner_text()
        assert bad.locator("a").get_attribute("href").startswith("/quarantine/")

        # `orderdesk ingest` itself records its run, listed with what it took
        folder = tmp_path / "batch"
        folder.mkdir()
        (folder / "a.pdf").write_bytes(corpus.tiny_pdf("a"))
        (folder / "b.pdf").write_bytes(corpus.tiny_pdf("b"))
        env = {
            "ORDERDESK_DATA_DIR": str(app_settings.data_dir),
            "ORDERDESK_DATABASE_URL": app_settings.db_url,
        }
        result = CliRunner().invoke(cli, ["ingest", str(folder)], env=env)
        assert result.exit_code == 0, result.output
        assert "follow it in the web UI at /imports/" in result.output
        page.goto(f"{base}/imports")
        newest = page.locator("table.imports tbody tr").first
        assert "batch" in newest.inner_text() and "2/2" in newest.inner_text()
