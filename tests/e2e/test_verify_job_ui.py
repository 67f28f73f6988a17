"""The auditor's verify in headless Chromium runs in the background (issue 25, item 8): the
click queues it and opens its page at once; the page says it waits for a worker, then
follows the worker's progress and shows the report without a reload; the audit page lists
the run, in the auditor's name."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from playwright.sync_api import expect

from archive import verify_job
from flow.table import handler_set
from jobs.worker import Worker
from models.db import session_factory
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.archive.support import make_archived
from tests.support.live import signed_in

pytestmark = pytest.mark.slow


@contextmanager
def a_worker(settings: Settings) -> Iterator[None]:
    """A worker running beside the app, as ``orderdesk run`` starts them."""
    worker = Worker(settings, handler_set(), worker_id="e2e-verify")
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            if not worker.run_once():
                stop.wait(0.2)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(30)


def test_verify_runs_in_the_background(
    app_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        make_archived(app_settings, number=f"PO-2026-02{n}")
    db = session_factory(app_settings.db_url)()
    add_user(db, "aude", Role.AUDITOR)
    db.close()
    # a large archive, in slow motion: every step written to the job, each taking a while,
    # so the page can be seen following it
    writer = verify_job._progress_writer
    monkeypatch.setattr(verify_job, "PROGRESS_SECONDS", 0.0)

    def slow(settings: Settings, job: Any) -> Any:
        write = writer(settings, job)

        def step(done: int, total: int) -> None:
            write(done, total)
            threading.Event().wait(0.15)

        return step

    monkeypatch.setattr(verify_job, "_progress_writer", slow)

    with signed_in(app_settings, "aude") as (base, page):
        page.goto(f"{base}/audit")
        with page.expect_navigation():
            page.click("#run-verify")
        assert "/audit/verify/" in page.url
        assert "Waiting for a worker" in page.inner_text("#verify-run")
        with a_worker(app_settings):
            expect(page.locator("#verify-done")).to_be_visible(timeout=20_000)
            assert " of " in page.inner_text("#verify-done")
            expect(page.locator("#last-run")).to_contain_text("all intact", timeout=60_000)
        assert page.locator("#verify-run").get_attribute("data-state") == "done"
        assert "by aude" in page.inner_text("#last-run")

        page.click("a[href='/audit']")
        assert "all intact" in page.inner_text("#last-run")
        assert page.locator("#verify-going").count() == 0
