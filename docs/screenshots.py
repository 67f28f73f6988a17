"""Takes the README's screenshots of the queue and the review screen (PNG, into
``docs/screenshots/``) from sample documents run through the real pipeline.

    .venv/bin/python -m docs.screenshots

Uses Debian's headless Chromium through Playwright (``tests/support/live.py``); never a
downloaded browser.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from approvals.masterdata import MasterDataIn, import_masterdata
from archive.store import open_store
from flow.extract import handle_extract
from flow.table import follow_decision
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


def seed(settings: Settings, folder: Path) -> None:
    from api.auth import hash_password

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    master = json.loads((ROOT / "samples/masterdata/masterdata.json").read_text(encoding="utf-8"))
    with session_scope(settings.db_url) as session:
        import_masterdata(session, MasterDataIn.model_validate(master), actor="demo")
        session.add(User(name="claire", role=Role.CLERK, password_hash=hash_password(PASSWORD)))
    intake = Intake(settings, open_store(settings))
    docs = plan(VISIBLE, seed=7) + plan(HELDOUT, seed=1009)
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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings(data_dir=folder / "data", _env_file=None)
        seed(settings, folder)
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
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
