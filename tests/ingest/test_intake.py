"""Intake: duplicates, quarantine with reasons, the watcher surviving bad files."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from sqlalchemy import select

from archive.store import open_store
from ingest.intake import Intake
from ingest.watcher import InboxWatcher
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.jobs import Job
from models.settings import Settings
from tests.support.procs import wait_for
from tests.support.samples import sample_of


def test_same_file_twice_is_one_document_and_one_duplicate(
    settings: Settings, tmp_path: Path
) -> None:
    pdf, _ = sample_of("invoice")
    intake = Intake(settings, open_store(settings))
    first = intake.take_file(Path(shutil.copy(pdf, tmp_path / "a.pdf")))
    second = intake.take_file(Path(shutil.copy(pdf, tmp_path / "b.pdf")))
    assert (first.outcome, second.outcome) == ("ingested", "duplicate")
    with session_scope(settings.db_url) as s:
        docs = s.execute(select(Document).order_by(Document.id)).scalars().all()
        assert [d.status for d in docs] == [DocStatus.RECEIVED, DocStatus.DUPLICATE]
        assert docs[1].duplicate_of_id == docs[0].id
        jobs = s.execute(select(Job)).scalars().all()
        assert [(j.kind, j.document_id) for j in jobs] == [("extract", docs[0].id)]


def test_bad_files_go_to_quarantine_and_the_watcher_keeps_running(settings: Settings) -> None:
    watcher = InboxWatcher(Intake(settings, open_store(settings)), settings.inbox_dir)
    thread = threading.Thread(target=watcher.run_forever, daemon=True)
    settings.ingest.stable_seconds = 0.2
    thread.start()
    try:
        (settings.inbox_dir / "empty.pdf").write_bytes(b"")
        (settings.inbox_dir / "notes.pdf").write_text("hello, this is not a PDF\n")
        reasons = wait_for(
            lambda: (
                r if len(r := sorted(settings.quarantine_dir.glob("*.reason.txt"))) == 2 else None
            ),
            timeout=120,
            what="two quarantined files",
        )
        text = {p.name.split("-", 2)[-1]: p.read_text() for p in reasons}
        assert "empty file (0 bytes)" in text["empty.pdf.reason.txt"]
        assert "not a PDF or image" in text["notes.pdf.reason.txt"]
        assert "hello" in text["notes.pdf.reason.txt"]
        assert len(list(settings.quarantine_dir.glob("*.pdf"))) == 2

        pdf, _ = sample_of("purchase_order")
        shutil.copyfile(pdf, settings.inbox_dir / "good.pdf")
        wait_for(
            lambda: not (settings.inbox_dir / "good.pdf").exists(),
            timeout=120,
            what="the watcher to take a good file after bad ones",
        )
        assert thread.is_alive()
    finally:
        watcher.stop.set()
        thread.join(10)
    with session_scope(settings.db_url) as s:
        statuses = sorted(s.execute(select(Document.status)).scalars())
    assert statuses == [DocStatus.QUARANTINED, DocStatus.QUARANTINED, DocStatus.RECEIVED]
