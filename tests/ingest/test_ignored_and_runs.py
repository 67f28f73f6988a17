"""The watcher says which files it leaves alone (once each), and an import run counts what
``orderdesk ingest`` took and how far the workers have read it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest import import_runs
from ingest.intake import Intake
from ingest.watcher import InboxWatcher
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.settings import Settings
from tests.ingest import corpus


def test_ignored_files_get_one_log_line_each(
    intake: Intake, lite: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="orderdesk.watcher")
    inbox = lite.inbox_dir
    names = [".DS_Store", "~$order.docx", "scan.pdf.part", "order.pdf"]
    for name in names:
        (inbox / name).write_bytes(corpus.tiny_pdf(name))
    watcher = InboxWatcher(intake, inbox)
    watcher.scan()
    watcher.scan()  # a rescan does not say it again
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("ignoring")]
    assert sorted(lines) == sorted(
        [
            f"ignoring .DS_Store in {inbox}: hidden file",
            f"ignoring ~$order.docx in {inbox}: temporary file (still being written, or an "
            "editor's lock)",
            f"ignoring scan.pdf.part in {inbox}: temporary file (still being written, or an "
            "editor's lock)",
        ]
    )
    assert list(watcher._pending) == [inbox / "order.pdf"]  # the real one is taken


def test_an_import_run_counts_outcomes_and_reading(
    intake: Intake, lite: Settings, tmp_path: Path
) -> None:
    run_id = import_runs.start_run(
        lite.db_url, files=4, actor="cli:ops", label="scans/", channel="import"
    )
    runner = Intake(lite, intake.store, run_id=run_id)
    pdf = corpus.tiny_pdf("run")
    for name, data in (("a.pdf", pdf), ("b.pdf", pdf), ("c.pdf", b"not a document at all")):
        runner.take_bytes(data, original_name=name, channel="import")
    intake.take_bytes(corpus.tiny_pdf("other"), original_name="elsewhere.pdf")  # not in the run
    with session_scope(lite.db_url) as session:
        run = import_runs.progress(session, run_id)
        assert run is not None and run.running
        assert (run.taken, run.files, run.percent) == (3, 4, 75)
        assert dict(run.outcomes) == {"ingested": 1, "duplicate": 1, "quarantined": 1}
        assert (run.read, run.reading) == (0, True)
        first = session.execute(
            select(Document).where(Document.original_name == "a.pdf")
        ).scalar_one()
        first.status = DocStatus.IN_REVIEW  # a worker read it
    import_runs.finish_run(lite.db_url, run_id, actor="cli:ops", counts={"ingested": 1})
    with session_scope(lite.db_url) as session:
        run = import_runs.progress(session, run_id)
        assert run is not None and not run.running and not run.reading and run.read == 1
        assert [r.run_id for r in import_runs.recent(session)] == [run_id]
        assert import_runs.progress(session, "no-such-run") is None
