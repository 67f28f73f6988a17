"""On approval: confirmation PDF (customer's language) archived and mailed through a local
SMTP server, a signed and retried webhook, and JSON/CSV in the export folder."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import Session

from flow.table import handler_set
from jobs.queue import ClaimedJob
from models.archive import ArchiveObject
from models.jobs import Job
from models.settings import Settings
from outbound import approved_orders as outbound
from outbound.webhook import WebhookRefused, signature
from tests.approvals.factory import approved_po
from tests.outbound.flow import webhook_receiver
from tests.support.live import free_port


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, Inbox]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    with webhook_receiver(fail_first=1, path="/orders") as found:  # fails once, then accepts
        yield found


def run_job(settings: Settings, session: Session, kind: str, doc_id: int) -> None:
    handler = handler_set().handlers[kind]
    job = ClaimedJob(
        id=0, kind=kind, document_id=doc_id, payload={}, attempts=1, max_attempts=5, worker_id="t"
    )
    session.commit()  # SQLite: no write lock held while the handler reads
    apply = handler(job, settings)
    if apply is not None:
        apply(session)
    session.commit()


def test_approval_sends_confirmation_webhook_and_export(
    settings: Settings,
    session: Session,
    smtp: tuple[int, Inbox],
    webhook: tuple[str, list[dict[str, Any]]],
    tmp_path: Path,
) -> None:
    out = settings.approvals.outbound
    out.smtp_host, out.smtp_port = "127.0.0.1", smtp[0]
    out.webhook_url, out.webhook_secret = webhook[0], "s3cret"
    out.export_dir = str(tmp_path / "erp")
    doc = approved_po(session, settings)
    kinds = set(session.execute(select(Job.kind).where(Job.document_id == doc.id)).scalars())
    assert {"confirmation", "webhook", "export"} <= kinds

    run_job(settings, session, "confirmation", doc.id)
    conf = session.execute(
        select(ArchiveObject).where(ArchiveObject.kind == "confirmation")
    ).scalar_one()
    run_job(settings, session, "confirmation", doc.id)  # a retry does not archive twice
    from fastapi.testclient import TestClient

    from api.app import create_app

    with TestClient(create_app(settings)) as api:
        r = api.get(f"/api/documents/{doc.id}/confirmation")
        assert r.status_code == 200 and r.content.startswith(b"%PDF")
        assert hashlib.sha256(r.content).hexdigest() == conf.sha256
    assert (
        len(
            session.execute(
                select(ArchiveObject.id).where(ArchiveObject.kind == "confirmation")
            ).all()
        )
        == 1
    )
    assert "confirmation_mail" in set(session.execute(select(Job.kind)).scalars())
    run_job(settings, session, "confirmation_mail", doc.id)
    run_job(settings, session, "confirmation_mail", doc.id)  # mailed once only
    assert len(smtp[1].messages) == 1
    mail = message_from_bytes(smtp[1].messages[0])
    assert mail["To"] == "achats@durand.example"
    assert "Accusé de réception" in str(mail["Subject"]) or "=?utf-8?" in str(mail["Subject"])
    pdf = next(p for p in mail.walk() if p.get_content_type() == "application/pdf")
    attached = pdf.get_payload(decode=True)
    assert isinstance(attached, bytes) and attached.startswith(b"%PDF")
    assert len(attached) == conf.size

    with pytest.raises(WebhookRefused, match="answered 503"):
        run_job(settings, session, "webhook", doc.id)  # the queue retries with backoff
    run_job(settings, session, "webhook", doc.id)
    run_job(settings, session, "webhook", doc.id)  # delivered: not sent again
    calls = webhook[1]
    assert len(calls) == 2
    first, second = calls
    assert first["headers"]["Idempotency-Key"] == second["headers"]["Idempotency-Key"]
    assert second["headers"]["X-Orderdesk-Signature"] == signature("s3cret", second["body"])
    payload = json.loads(second["body"])
    assert payload["customer_number"] == "C-100" and len(payload["lines"]) == 2

    run_job(settings, session, "export", doc.id)
    files = sorted(p.name for p in (tmp_path / "erp").iterdir())
    assert files == [
        f"order-{payload['order_id']}-PO-2026-0042.csv",
        f"order-{payload['order_id']}-PO-2026-0042.json",
    ]
    assert "VIS-100" in (tmp_path / "erp" / files[0]).read_text()


def test_confirmation_in_english_for_english_customers() -> None:
    payload = {
        "order_number": "PO-1", "order_date": "2026-01-02", "customer_number": "C-200",
        "customer_name": "Northwind <Traders>", "currency": "GBP", "delivery_date": None,
        "total_net": "10.00", "total_tax": "2.00", "total_gross": "12.00",
        "lines": [{"position": 1, "sku": "X", "description": "A & B", "quantity": "1",
                   "unit": "pce", "unit_price": "10.00", "line_total": "10.00"}],
    }  # fmt: skip
    en = outbound.confirmation_pdf(payload, "en", "Acme")
    assert en == outbound.confirmation_pdf(payload, "en", "Acme")  # reproducible
    assert en != outbound.confirmation_pdf(payload, "fr", "Acme")
