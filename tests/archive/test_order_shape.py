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
from tests.approvals.factory import approved_po, po_lines
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


# the clean order's screws, and two and a half reams instead of ten
SPLIT_LINES = po_lines(reams="2.5")


def test_every_output_of_the_order_shape_writes_amounts_one_way_on_both_databases(
    settings: Settings, session: Session, webhook: tuple[str, list[bytes]], tmp_path: Path
) -> None:
    """PostgreSQL keeps money as Numeric(18, 4) (``189.3000``, ``2.5000``) where SQLite gives
    back ``189.3`` and ``2.5``: REST (list and detail), the webhook, the export files and the
    audit bundle all say ``189.30`` and ``2.5``, whichever database the order came from."""
    from approvals import review
    from flow.table import follow_decision
    from tests.approvals.factory import load_master, make_po

    out = settings.approvals.outbound
    out.webhook_url, out.webhook_secret = webhook[0], "s3cret"
    out.export_dir = str(tmp_path / "erp")
    load_master(session)
    doc = make_po(
        session,
        fields={"total_net": "157.75", "total_tax": "31.55", "total_gross": "189.30"},
        lines=SPLIT_LINES,
    )
    assert review.route(session, doc, settings=settings).decided
    follow_decision(session, doc.id, settings)
    session.commit()
    for kind in ("webhook", "export", "archive"):
        run_job(settings, session, kind, doc.id)

    sent = json.loads(webhook[1][0])
    exported = json.loads(next((tmp_path / "erp").glob("*.json")).read_text())
    csv_rows = next((tmp_path / "erp").glob("*.csv")).read_text().splitlines()
    with TestClient(create_app(settings)) as api:
        (listed,) = api.get("/api/orders").json()["items"]
        detail = api.get(f"/api/orders/{listed['id']}").json()
        bundle = api.get("/api/archive/export", params={"document_id": doc.id})
    kept = json.loads(
        zipfile.ZipFile(io.BytesIO(bundle.content)).read(f"documents/{doc.id}/data.json")
    )["order"]

    totals = {"total_net": "157.75", "total_tax": "31.55", "total_gross": "189.30"}
    lines = [
        {"quantity": "12", "unit_price": "12.00", "line_total": "144.00", "tax_rate": "20"},
        {"quantity": "2.5", "unit_price": "5.50", "line_total": "13.75", "tax_rate": "20"},
    ]
    for name, shape in (("webhook", sent), ("export", exported), ("bundle", kept),
                        ("REST detail", detail)):  # fmt: skip
        assert {k: shape[k] for k in totals} == totals, name
        assert [{k: li[k] for k in lines[0]} for li in shape["lines"]] == lines, name
    assert {k: listed[k] for k in totals} == totals
    assert csv_rows[2].endswith(",2.5,ramette,5.50,13.75,20")
