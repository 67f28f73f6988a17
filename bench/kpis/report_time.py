"""Time of the KPI report, the dashboard page and a /metrics scrape over many documents
(prints p50/p95 per endpoint; not a test).

    .venv/bin/python -m bench.kpis.report_time [--docs 20000] [--runs 10] [--db-url URL]

Fills a fresh database with a month of documents in every state (approved touchless or
corrected, in review with tasks, quarantined, duplicates), fields, checks and orders,
then times ``GET /api/kpis``, ``GET /dashboard`` and ``GET /metrics`` through the real app
in-process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from api.app import create_app
from models.db import engine_for
from models.documents import Check, Document, ExtractedField
from models.enums import DocStatus, TaskStatus
from models.migrate import upgrade
from models.orders import Order
from models.review import ReviewTask
from models.settings import Settings

CHANNELS = ("folder", "mail", "upload", "imap")
TYPES = ("purchase_order", "invoice", "delivery_note", "payment_advice")
FIELDS = ("document_number", "document_date", "customer_name", "total_gross", "currency")


def fill(url: str, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    docs: list[dict[str, Any]] = []
    for i in range(n):
        received = now - dt.timedelta(seconds=rnd.randint(0, 29 * 86400))
        extracted = received + dt.timedelta(seconds=rnd.randint(2, 120))
        state = rnd.random()
        status = (
            DocStatus.APPROVED
            if state < 0.7
            else DocStatus.IN_REVIEW
            if state < 0.9
            else DocStatus.QUARANTINED
            if state < 0.95
            else DocStatus.DUPLICATE
        )
        touchless = rnd.random() < 0.6
        decided = (
            extracted + dt.timedelta(seconds=0 if touchless else rnd.randint(60, 3 * 86400))
            if status == DocStatus.APPROVED
            else None
        )
        docs.append(
            {
                "sha256": f"{i:064d}",
                "original_name": f"d{i}.pdf",
                "channel": rnd.choice(CHANNELS),
                "status": status,
                "doc_type": rnd.choice(TYPES),
                "customer_name": f"Customer {rnd.randint(1, 200)}",
                "received_at": received,
                "extracted_at": extracted if status != DocStatus.QUARANTINED else None,
                "decided_at": decided,
                "decided_by": ("system:touchless" if touchless else "clara") if decided else None,
                "error_code": "unreadable" if status == DocStatus.QUARANTINED else None,
                "meta": {},
            }
        )
    engine = engine_for(url)
    with engine.begin() as conn:
        conn.execute(insert(Document), docs)
        rows = conn.execute(
            select(Document.id, Document.status, Document.decided_by, Document.received_at)
        ).all()
        fields, checks, tasks, orders = [], [], [], []
        for doc_id, doc_status, by, received in rows:
            for name in FIELDS:
                human = by == "clara" and rnd.random() < 0.2
                fields.append(
                    {
                        "document_id": doc_id,
                        "name": name,
                        "value": "x",
                        "confidence": 0.9,
                        "source": "human" if human else "text",
                        "corrected_by": "clara" if human else None,
                    }
                )
            if rnd.random() < 0.3:
                checks.append(
                    {
                        "document_id": doc_id,
                        "rule": rnd.choice(("arithmetic", "unknown_customer", "price")),
                        "outcome": rnd.choice(("warn", "fail")),
                        "message": "x",
                    }
                )
            if doc_status == DocStatus.IN_REVIEW:
                tasks.append(
                    {
                        "document_id": doc_id,
                        "queue": rnd.choice(("needs_review", "price_check", "high_value")),
                        "status": TaskStatus.OPEN,
                        "created_at": received,
                        "due_at": received + dt.timedelta(hours=8),
                    }
                )
            if doc_status == DocStatus.APPROVED and rnd.random() < 0.5:
                orders.append(
                    {
                        "document_id": doc_id,
                        "order_number": f"PO-{doc_id}",
                        "customer_name": f"Customer {doc_id % 200}",
                        "currency": "EUR",
                        "total_gross": Decimal(rnd.randint(100, 100000)) / 100,
                        "status": "approved",
                        "created_at": received + dt.timedelta(hours=1),
                    }
                )
        conn.execute(insert(ExtractedField), fields)
        if checks:
            conn.execute(insert(Check), checks)
        if tasks:
            conn.execute(insert(ReviewTask), tasks)
        if orders:
            conn.execute(insert(Order), orders)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db-url", default=None, help="an empty database; default SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        settings = Settings(data_dir=data, database_url=args.db_url, _env_file=None)
        upgrade(settings.db_url)
        started = time.perf_counter()
        fill(settings.db_url, args.docs)
        print(f"filled {args.docs} documents in {time.perf_counter() - started:.1f} s")
        client = TestClient(create_app(settings))
        for path in ("/api/kpis", "/dashboard", "/metrics", "/api/kpis.csv"):
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                response = client.get(path)
                times.append(time.perf_counter() - t)
                assert response.status_code == 200, response.text[:300]
            times.sort()
            p95 = times[max(0, round(0.95 * len(times)) - 1)]
            print(
                f"{path:14s} p50 {statistics.median(times) * 1000:7.0f} ms"
                f"   p95 {p95 * 1000:7.0f} ms   ({args.runs} runs)"
            )


if __name__ == "__main__":
    main()
