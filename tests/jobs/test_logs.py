"""Structured logs: JSON lines, and the document id on every line about a document."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from archive.store import open_store
from ingest.intake import Intake
from ingest.quarantine_cases import quarantine_document
from jobs.logs import TextFormatter, setup_logging
from jobs.queue import ClaimedJob
from jobs.worker import Apply, HandlerSet, Worker
from models.db import session_scope
from models.log_context import for_document, log_context
from models.settings import Settings
from tests.api.test_metrics import PO_LINES, _pdf


class JsonLines(io.StringIO):
    def read_lines(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.getvalue().splitlines() if line.strip()]


@pytest.fixture
def logs() -> Iterator[JsonLines]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    stream = JsonLines()
    setup_logging(json_lines=True, level=logging.INFO, stream=stream)
    yield stream
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_context_adapter_and_extra_all_name_the_document(logs: JsonLines) -> None:
    log = logging.getLogger("orderdesk.test")
    with log_context(document_id=7, job_id=40):
        log.info("inside")
        with log_context(order_id=3):
            log.info("nested")
    log.info("outside")
    for_document(log, 9).warning("adapter")
    log.info("extra", extra={"document_id": 11})
    out = logs.read_lines()
    assert [(o["msg"], o.get("document_id"), o.get("job_id")) for o in out] == [
        ("inside", 7, 40),
        ("nested", 7, 40),
        ("outside", None, None),
        ("adapter", 9, None),
        ("extra", 11, None),
    ]
    assert out[1]["order_id"] == 3
    assert out[0]["level"] == "info" and str(out[0]["ts"]).endswith("+00:00")


def test_text_lines_carry_the_ids_too() -> None:
    record = logging.LogRecord("orderdesk.x", logging.INFO, "f", 1, "hello %s", ("you",), None)
    record.document_id = 5
    assert TextFormatter().format(record).endswith("hello you [document_id=5]")


def test_job_handlers_log_with_their_document(settings: Settings, logs: JsonLines) -> None:
    """The worker names the job on every line its handler logs, in both phases, without the
    handler (or the flow's table) doing anything for it."""
    doc_id = (
        Intake(settings, open_store(settings))
        .take_bytes(_pdf(PO_LINES), original_name="x.pdf", channel="upload")
        .document_id
    )

    def handler(job: ClaimedJob, _settings: Settings) -> Apply | None:
        logging.getLogger("orderdesk.some_stage").info("computing")

        def apply(_session: object) -> None:
            logging.getLogger("orderdesk.some_stage").info("applying")

        return apply

    assert Worker(settings, HandlerSet({"extract": handler}), worker_id="w").run_once()
    out = [o for o in logs.read_lines() if o["logger"] == "orderdesk.some_stage"]
    assert [(o["msg"], o["document_id"], o["job_id"], o["job_kind"]) for o in out] == [
        ("computing", doc_id, 1, "extract"),
        ("applying", doc_id, 1, "extract"),
    ]
    logging.getLogger("orderdesk.some_stage").info("after the job")
    assert "document_id" not in logs.read_lines()[-1]


def test_intake_and_pipeline_quarantine_lines_name_the_document(
    settings: Settings, logs: JsonLines
) -> None:
    broken = b"%PDF-1.4\n" + b"not really a pdf " * 40
    intake = Intake(settings, open_store(settings))
    doc_id = intake.take_bytes(broken, original_name="broken.pdf", channel="upload").document_id
    good = intake.take_bytes(_pdf(PO_LINES), original_name="po.pdf").document_id
    with session_scope(settings.db_url) as session:
        quarantine_document(session, good, "no pages", "no_pages")
    out = logs.read_lines()
    about = [o for o in out if "quarantined" in str(o["msg"])]
    assert {o.get("document_id") for o in about} == {doc_id, good}, out
    assert all(o.get("document_id") for o in out if "document" in str(o["msg"]))


def test_a_failing_job_is_logged_with_its_document(settings: Settings, logs: JsonLines) -> None:
    pdf = _pdf(PO_LINES)
    doc_id = (
        Intake(settings, open_store(settings))
        .take_bytes(pdf, original_name="x.pdf", channel="upload")
        .document_id
    )

    def explode(job: ClaimedJob, settings: Settings) -> Apply | None:
        logging.getLogger("orderdesk.some_stage").info("about to fail")
        raise RuntimeError("boom")

    worker = Worker(settings, HandlerSet({"extract": explode}), worker_id="w")
    assert worker.run_once()
    out = [o for o in logs.read_lines() if o["logger"] != "orderdesk.ingest"]
    assert [o["msg"] for o in out][:2] == [
        "about to fail",
        "job 1 (extract) failed: RuntimeError: boom",
    ]
    assert all(o.get("document_id") == doc_id for o in out[:2])
