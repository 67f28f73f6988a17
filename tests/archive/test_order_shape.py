"""One order, one shape: REST, the webhook, the export file and the audit bundle carry the
same fields with the same values for an approved order (``models.order_shape``)."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.settings import Settings
from tests.approvals.factory import approved_po
from tests.outbound.test_approved_orders import run_job


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[bytes]]]:
    bodies: list[bytes] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/orders", bodies
    finally:
        server.shutdown()


def test_rest_webhook_export_file_and_bundle_carry_one_order_shape(
    settings: Settings, session: Session, webhook: tuple[str, list[bytes]], tmp_path: Path
) -> None:
    out = settings.approvals.outbound
    out.webhook_url, out.webhook_secret = webhook[0], "s3cret"
    out.export_dir = str(tmp_path / "erp")
    doc = approved_po(session, settings)
    for kind in ("webhook", "export", "archive"):
        run_job(settings, session, kind, doc.id)

    sent = json.loads(webhook[1][0])
    exported = json.loads(next((tmp_path / "erp").glob("*.json")).read_text())
    with TestClient(create_app(settings)) as api:
        listed = api.get("/api/orders").json()["items"]
        bundle = api.get("/api/archive/export", params={"document_id": doc.id})
    assert bundle.status_code == 200, bundle.text
    data = json.loads(
        zipfile.ZipFile(io.BytesIO(bundle.content)).read(f"documents/{doc.id}/data.json")
    )
    kept = data["order"]

    # the bundle keeps the order exactly as integrations receive it (they name its id order_id)
    assert {"order_id": kept["id"], **{k: v for k, v in kept.items() if k != "id"}} == {
        k: v for k, v in sent.items() if k not in ("event", "approved_at")
    }
    assert exported == sent
    # REST lists the same header (an order without its lines)
    (row,) = listed
    assert row == {k: v for k, v in kept.items() if k != "lines"}
    assert kept["order_number"] == "PO-2026-0042" and Decimal(kept["total_gross"]) == Decimal(
        "238.80"
    )
    assert [li["sku"] for li in kept["lines"]] == ["VIS-100", "PAP-200"]
    # the document's own lines keep the order line shape, field for field
    assert [set(li) for li in data["lines"]] == [set(li) for li in kept["lines"]]
