"""Takes the README's screenshots (queue, review screen, upload with its import run,
quarantine, an import, link review with its bulk bar, the approvers' queue, an auditor's
verify run in the background; PNG, into ``docs/screenshots/``) from sample documents run
through the real pipeline.

    .venv/bin/python -m docs.screenshots

Uses Debian's headless Chromium through Playwright (``tests/support/live.py``); never a
downloaded browser.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from approvals.masterdata import MasterDataIn, import_masterdata
from archive.store import open_store
from flow.extract import handle_extract
from flow.table import follow_decision, watch_changes
from ingest.import_runs import finish_run, start_run
from ingest.intake import Intake
from jobs.queue import ClaimedJob
from models.db import session_scope
from models.enums import Role
from models.migrate import upgrade
from models.settings import Settings
from models.users import User
from samples.generate import plan, write_doc
from samples.layouts import HELDOUT, VISIBLE
from tests.support.live import chromium_page, serve_app
from tests.support.live import log_in as live_log_in

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screenshots only"  # noqa: S105 - a throwaway demo user in a temp folder


def seed(settings: Settings, folder: Path) -> str:
    from accounts.credentials import hash_password

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    master = json.loads((ROOT / "samples/masterdata/masterdata.json").read_text(encoding="utf-8"))
    with session_scope(settings.db_url) as session:
        import_masterdata(session, MasterDataIn.model_validate(master), actor="demo")
        for name, role in (("claire", Role.CLERK), ("aude", Role.AUDITOR), ("arne", Role.APPROVER)):
            session.add(User(name=name, role=role, password_hash=hash_password(PASSWORD)))
    docs = plan(VISIBLE, seed=7) + plan(HELDOUT, seed=1009)
    wanted = [d for d in docs if d[1].doc_type in ("purchase_order", "invoice")]
    run_id = start_run(
        settings.db_url, files=len(wanted), actor="cli:demo", label="samples", channel="import"
    )
    intake = Intake(settings, open_store(settings), run_id=run_id)
    for name, sample, layout in docs:
        if sample.doc_type not in ("purchase_order", "invoice"):
            continue
        pdf = write_doc(folder / "pdf", name, sample, layout)
        result = intake.take_bytes(pdf.read_bytes(), original_name=pdf.name, channel="upload")
        job = ClaimedJob(
            id=0,
            kind="extract",
            document_id=result.document_id,
            payload={},
            attempts=1,
            max_attempts=1,
            worker_id="screenshots",
        )
        apply = handle_extract(job, settings)
        with session_scope(settings.db_url) as session:
            apply(session)
            follow_decision(session, result.document_id, settings)
    finish_run(settings.db_url, run_id, actor="cli:demo", counts={"ingested": len(wanted)})
    waiting_for_their_order(settings)
    return run_id


def waiting_for_their_order(settings: Settings) -> None:
    """Invoices that name no order: one for part of an order (one candidate, not sure
    enough to link alone), two for either of two orders alike (link review asks which)."""
    import dataclasses

    from tests.linking.story import follow_up, part, purchase_order, submit

    other = purchase_order(405, "en", n_lines=3)
    submit(settings, dataclasses.replace(other, number="PO-2026-3120"))
    lines = [part(other.lines[0], 1)]
    partial = follow_up(other, "invoice", "INV-31-0040", days=3, lines=lines)
    submit(settings, partial, order_number=None)
    po = purchase_order(311, "en", n_lines=3)
    for number in ("PO-2026-3110", "PO-2026-3111"):
        submit(settings, dataclasses.replace(po, number=number))
    for i, number in enumerate(("INV-31-0042", "INV-31-0043")):
        submit(settings, follow_up(po, "invoice", number, days=3 + i), order_number=None)


def upload_and_quarantine(page: Any, base: str, folder: Path) -> None:
    """Three files dropped on the queue (a new one, one received before, one that is not a
    document), and the quarantine screen of the bad one."""
    import base64

    pdfs = sorted((folder / "pdf").glob("*.pdf"))
    files = [
        ("order-from-mail.pdf", pdfs[0].read_bytes() + b"\n% saved again from the mailbox\n"),
        ("scan-0412.pdf", b"%not a pdf: a text note saved under the wrong name\n" * 20),
        (pdfs[1].name, pdfs[1].read_bytes()),
    ]
    page.goto(f"{base}/queue")
    transfer = page.evaluate_handle(
        """(files) => { const dt = new DataTransfer();
            for (const f of files) dt.items.add(new File(
                [Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
            return dt; }""",
        [{"name": n, "b64": base64.b64encode(d).decode()} for n, d in files],
    )
    page.dispatch_event("#upload", "drop", {"dataTransfer": transfer})
    page.locator("#upload-list li.upload-run[data-state=finished]").wait_for()
    page.screenshot(
        path=str(OUT / "upload.png"), clip={"x": 0, "y": 0, "width": 1440, "height": 520}
    )
    page.click("#upload-list li:has-text('scan-0412.pdf') >> text=open")
    page.wait_for_selector("#reason")
    page.screenshot(path=str(OUT / "quarantine.png"))


def log_in(page: Any, base: str, name: str) -> None:
    live_log_in(page, base, name, PASSWORD)


def log_out(page: Any) -> None:
    with page.expect_navigation():
        page.click("form.inline button")


def link_review(page: Any, base: str) -> None:
    """Documents waiting for their order, two of them selected for the bulk bar."""
    page.goto(f"{base}/orders/link-review")
    boxes = page.locator("input[name=pick]")
    for i in range(min(2, boxes.count())):
        boxes.nth(i).check()
    page.screenshot(path=str(OUT / "link-review.png"))


def verify(page: Any, base: str, settings: Settings) -> None:
    """An auditor's verify: queued from the page, run by a worker, its report on its page."""
    from flow.table import handler_set
    from jobs.worker import Worker

    page.goto(f"{base}/audit")
    with page.expect_navigation():
        page.click("#run-verify")
    worker = Worker(settings, handler_set(), worker_id="screenshots")
    while worker.run_once():
        pass
    page.locator("#last-run").wait_for()
    page.screenshot(path=str(OUT / "verify.png"))


def main() -> None:
    watch_changes()  # as `orderdesk run` does at start (flow.processes.start_process)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings(data_dir=folder / "data", _env_file=None)
        run_id = seed(settings, folder)
        with (
            serve_app(settings) as base,
            chromium_page(viewport={"width": 1440, "height": 900}) as page,
        ):
            log_in(page, base, "claire")
            page.screenshot(path=str(OUT / "queue.png"))
            page.click("table.queue tbody tr:first-child a")
            page.wait_for_selector(".pageview img")
            page.wait_for_load_state("networkidle")
            target = page.locator("#f-delivery_date")
            if target.count():
                target.focus()
            page.screenshot(path=str(OUT / "review.png"))
            upload_and_quarantine(page, base, folder)
            page.goto(f"{base}/imports/{run_id}")
            page.screenshot(path=str(OUT / "import.png"))
            link_review(page, base)
            log_out(page)
            log_in(page, base, "arne")
            page.goto(f"{base}/approvals")
            page.locator("#awaiting-link").wait_for()
            page.screenshot(path=str(OUT / "approvals.png"))
            log_out(page)
            log_in(page, base, "aude")
            verify(page, base, settings)
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
