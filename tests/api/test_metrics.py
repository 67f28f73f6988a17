"""``/metrics`` shows what went through the pipeline: a real intake, the real job handlers
run by a worker, an approval over the API, the archive job."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from reportlab.pdfgen import canvas

from accounts.credentials import new_token, token_digest
from api.app import create_app
from archive.store import open_store
from flow.table import handler_set
from ingest.intake import Intake
from jobs.worker import Worker
from models.db import session_scope
from models.enums import Role
from models.linking import DocumentLink
from models.orders import Order
from models.settings import Settings
from models.users import User
from tests.reporting.kpi_fixture import timed_doc

PO_LINES = [
    "PURCHASE ORDER",
    "Order number: PO-2026-0042",
    "Date: 2026-03-02",
    "Customer: Acme SARL",
    "SKU  Description  Qty  Unit price  Total",
    "A-1  Bolts  10  2.00  20.00",
    "Total: 24.00 EUR",
]


def _pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, line in enumerate(lines):
        c.drawString(72, 800 - 18 * i, line)
    c.save()
    return buf.getvalue()


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def _drain(worker: Worker) -> None:
    for _ in range(10):  # bounded: a handful of jobs at most
        if not worker.run_once():
            return
    raise AssertionError("jobs kept coming")


def test_metrics_follow_a_document_through_the_pipeline(settings: Settings) -> None:
    app = create_app(settings)
    client = TestClient(app)
    before = _samples(client.get("/metrics").text)
    assert before[("orderdesk_database_up", ())] == 1
    assert ("orderdesk_documents_ingested_total", (("channel", "upload"),)) not in before

    intake = Intake(settings, open_store(settings))
    pdf = _pdf(PO_LINES)
    doc_id = intake.take_bytes(pdf, original_name="po.pdf", channel="upload").document_id
    intake.take_bytes(pdf, original_name="again.pdf", channel="upload")  # the same bytes again
    intake.take_bytes(b"\x00garbage" * 50, original_name="junk.bin", channel="folder")
    worker = Worker(settings, handler_set(), worker_id="test-worker-1")
    _drain(worker)  # extraction
    if client.get(f"/api/documents/{doc_id}").json()["status"] != "approved":
        assert (
            client.post(
                f"/api/documents/{doc_id}/approve", json={"reason": "checked by hand"}
            ).status_code
            == 200
        )
    _drain(worker)  # archive and whatever else follows a decision

    m = _samples(client.get("/metrics").text)
    assert m[("orderdesk_documents_ingested_total", (("channel", "upload"),))] == 2
    assert m[("orderdesk_documents_ingested_total", (("channel", "folder"),))] == 1
    assert m[("orderdesk_documents_duplicates_total", (("kind", "exact"),))] == 1
    assert m[("orderdesk_documents_extracted_total", (("doc_type", "purchase_order"),))] == 1
    approved = [
        v for (name, _labels), v in m.items() if name == "orderdesk_documents_approved_total"
    ]
    assert sum(approved) == 1
    assert (
        sum(
            v for (name, _labels), v in m.items() if name == "orderdesk_documents_quarantined_total"
        )
        == 1
    )
    for stage in ("extraction", "review", "archive"):
        key = ("orderdesk_stage_duration_seconds_count", (("stage", stage),))
        assert m[key] == 1, stage
        inf = ("orderdesk_stage_duration_seconds_bucket", (("le", "+Inf"), ("stage", stage)))
        assert m[inf] == 1
    assert m[("orderdesk_worker_up", (("worker", "test-worker-1"),))] == 1
    assert m[("orderdesk_workers_alive", ())] == 1
    done = m[("orderdesk_worker_jobs_total", (("result", "done"), ("worker", "test-worker-1")))]
    assert done >= 2
    assert m.get(("orderdesk_jobs", (("kind", "extract"), ("status", "queued"))), 0) == 0
    assert m[("orderdesk_jobs_oldest_queued_seconds", ())] == 0


def test_queue_depth_and_stopped_worker(settings: Settings) -> None:
    client = TestClient(create_app(settings))
    intake = Intake(settings, open_store(settings))
    intake.take_bytes(_pdf(PO_LINES), original_name="po.pdf", channel="upload")
    m = _samples(client.get("/metrics").text)
    assert m[("orderdesk_jobs", (("kind", "extract"), ("status", "queued")))] == 1
    worker = Worker(settings, handler_set(), worker_id="test-worker-2")
    _drain(worker)
    worker.beat(stopped=True)
    m = _samples(client.get("/metrics").text)
    depth = sum(v for (name, _l), v in m.items() if name == "orderdesk_review_queue_depth")
    if m[("orderdesk_documents", (("status", "in_review"),))] == 1:
        assert depth == 1
    assert m[("orderdesk_worker_up", (("worker", "test-worker-2"),))] == 0
    assert m[("orderdesk_workers_alive", ())] == 0


def test_metrics_need_a_token_once_users_exist(settings: Settings) -> None:
    token = new_token()
    with session_scope(settings.db_url) as session:
        session.add(User(name="prometheus", role=Role.AUDITOR, token_hash=token_digest(token)))
    client = TestClient(create_app(settings))
    assert client.get("/metrics").status_code == 401
    ok = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200 and "orderdesk_documents_ingested" in ok.text


def test_stage_histograms_bucket_known_durations(settings: Settings) -> None:
    """Rows with known timings (as the pipeline writes them) land in the right buckets."""
    t0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    s = dt.timedelta(seconds=1)
    t1 = t0 + s  # the invoice arrived a second later: each document its own second
    with session_scope(settings.db_url) as session:
        po = timed_doc(
            session, "purchase_order", "upload", None, t0, t0 + 4 * s, t0 + 3604 * s, "clara"
        )
        inv = timed_doc(
            session, "invoice", "upload", None, t1, t1 + 40 * s, t1 + 40 * s, "system:touchless",
            archived_at=t1 + 100 * s,
        )  # fmt: skip
        order = Order(document_id=po.id, order_number="PO-1")
        session.add(order)
        session.flush()
        session.add(
            DocumentLink(
                document_id=inv.id,
                order_id=order.id,
                role="invoice",
                method="order_number",
                linked_by="system:linking",
                created_at=t1 + 130 * s,
            )
        )
    m = _samples(TestClient(create_app(settings)).get("/metrics").text)

    def bucket(stage: str, le: str) -> float:
        return m[("orderdesk_stage_duration_seconds_bucket", (("le", le), ("stage", stage)))]

    # extraction took 4 s and 40 s
    assert (bucket("extraction", "1.0"), bucket("extraction", "5.0")) == (0, 1)
    assert (bucket("extraction", "15.0"), bucket("extraction", "60.0")) == (1, 2)
    assert m[("orderdesk_stage_duration_seconds_sum", (("stage", "extraction"),))] == (
        pytest.approx(44, abs=0.01)
    )
    # review: 0 s (touchless) and 3600 s (a clerk)
    assert (bucket("review", "1.0"), bucket("review", "900.0"), bucket("review", "3600.0")) == (
        1,
        1,
        2,
    )
    # archive 60 s after the decision; linking 90 s after it
    assert (bucket("archive", "15.0"), bucket("archive", "60.0")) == (0, 1)
    assert (bucket("linking", "60.0"), bucket("linking", "300.0")) == (0, 1)
    approved = {
        labels: v for (name, labels), v in m.items() if name == "orderdesk_documents_approved_total"
    }
    assert approved == {
        (("decided_by", "person"), ("doc_type", "purchase_order")): 1,
        (("decided_by", "system"), ("doc_type", "invoice")): 1,
    }
