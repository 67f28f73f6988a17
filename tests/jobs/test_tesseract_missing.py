"""With tesseract missing, a scan waits and is retried with backoff: it is not the document's
fault, so it is neither quarantined nor lost, and it is read once tesseract is back. When it
never comes back, the document ends in quarantine with the reason, after its attempts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from archive.store import open_store
from flow.table import handler_set
from ingest.intake import Intake
from jobs.worker import Worker
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus, JobStatus
from models.jobs import Job
from models.settings import Settings
from tests.ingest.conftest import make_settings
from tests.support.samples import SAMPLES

SCAN = SAMPLES / "scans" / "compact_delivery_note_en_scan2.tif"


def _scan_waiting(tmp_path: Path, db_url: str, attempts: int) -> tuple[Settings, int, Worker]:
    """A scan taken in (intake consumes the file: it gets a copy) and a worker for it."""
    settings = make_settings(
        tmp_path, db_url, job_retry_base_seconds=60.0, job_max_attempts=attempts
    )
    copy = tmp_path / SCAN.name
    shutil.copyfile(SCAN, copy)
    taken = Intake(settings, open_store(settings)).take_file(copy, channel="scan")
    return settings, taken.document_id, Worker(settings, handler_set())


def _state(settings: Settings, document_id: int) -> tuple[Document, Job]:
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, document_id)
        job = session.execute(
            select(Job).where(Job.document_id == document_id, Job.kind == "extract")
        ).scalar_one()
        assert doc is not None
        return doc, job


def _make_due(settings: Settings, job_id: int) -> None:
    with session_scope(settings.db_url) as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.run_after = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)


def _without_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "no-tesseract-here"
    empty.mkdir(exist_ok=True)
    monkeypatch.setenv("PATH", str(empty))


def test_scan_is_retried_until_tesseract_is_back(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, document_id, worker = _scan_waiting(tmp_path, db_url, attempts=5)

    with monkeypatch.context() as patch:
        _without_tesseract(patch, tmp_path)
        assert worker.run_once()
    doc, job = _state(settings, document_id)
    assert doc.status == DocStatus.RECEIVED and doc.error_code is None  # not quarantined
    assert job.status == JobStatus.QUEUED and job.attempts == 1
    assert "OcrUnavailableError" in (job.last_error or "") and "tesseract" in job.last_error
    assert job.run_after > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=50)  # backoff
    assert list((settings.quarantine_dir).iterdir()) == []

    _make_due(settings, job.id)  # tesseract installed meanwhile; the backoff is over
    assert worker.run_once()
    doc, job = _state(settings, document_id)
    assert job.status == JobStatus.DONE and job.attempts == 2
    assert doc.status not in (DocStatus.RECEIVED, DocStatus.QUARANTINED)
    assert doc.doc_type == "delivery_note" and doc.page_count == 1


def test_scan_is_quarantined_once_its_attempts_are_used_up(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, document_id, worker = _scan_waiting(tmp_path, db_url, attempts=2)
    _without_tesseract(monkeypatch, tmp_path)
    assert worker.run_once()
    _make_due(settings, _state(settings, document_id)[1].id)
    assert worker.run_once()
    doc, job = _state(settings, document_id)
    assert job.status == JobStatus.FAILED and job.attempts == 2
    assert doc.status == DocStatus.QUARANTINED and doc.error_code == "processing_failed"
    assert doc.error is not None and "tesseract" in doc.error
