"""Takes the README's screenshots (queue, review screen, upload, quarantine, an import; PNG,
into ``docs/screenshots/``) from sample documents run through the real pipeline.

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
from flow.table import follow_decision
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

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screenshots only"  # noqa: S105 - a throwaway demo user in a temp folder


def seed(settings: Settings, folder: Path) -> str:
    from api.auth import hash_password

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    master = json.loads((ROOT / "samples/masterdata/masterdata.json").read_text(encoding="utf-8"))
    with session_scope(settings.db_url) as session:
        import_masterdata(session, MasterDataIn.model_validate(master), actor="demo")
        session.add(User(name="claire", role=Role.CLERK, password_hash=hash_password(PASSWORD)))
    docs = plan(VISIBLE, seed=7) + plan(HELDOUT, seed=1009)
    wanted = [d for d in docs if d[1].doc_type in ("purchase_order", "invoice")]
    run_id = start_run(
        settings.db_url, files=len(wanted), actor="cli:demo", label="samples", channel="upload"
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
    return run_id


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
    page.locator("#upload-list li[data-outcome]").nth(2).wait_for()
    page.screenshot(
        path=str(OUT / "upload.png"), clip={"x": 0, "y": 0, "width": 1440, "height": 520}
    )
    page.click("#upload-list li:has-text('scan-0412.pdf') >> text=open")
    page.wait_for_selector("#reason")
    page.screenshot(path=str(OUT / "quarantine.png"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings(data_dir=folder / "data", _env_file=None)
        run_id = seed(settings, folder)
        with (
            serve_app(settings) as base,
            chromium_page(viewport={"width": 1440, "height": 900}) as page,
        ):
            page.goto(f"{base}/login")
            page.fill("input[name=name]", "claire")
            page.fill("input[name=password]", PASSWORD)
            page.keyboard.press("Enter")
            page.wait_for_url(f"{base}/queue")
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
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
