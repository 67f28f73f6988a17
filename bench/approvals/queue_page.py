"""Queue page render time with 10 000 pending documents (prints p50/p95; not a test).

    .venv/bin/python -m bench.approvals.queue_page [--docs 10000] [--runs 60] [--db-url URL]

Fills a fresh database with pending documents in several queues (some overdue, some
claimed), then times ``GET /queue`` (first page, a filtered page and a deep page) through
the real app in-process, server-side rendering included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from api.app import create_app
from models.base import utcnow
from models.db import engine_for
from models.documents import Document
from models.enums import DocStatus, TaskStatus
from models.migrate import upgrade
from models.review import ReviewTask
from models.settings import Settings

QUEUES = ["needs_review", "unknown_customer", "price_check", "credit_check", "high_value"]


def fill(url: str, n: int) -> None:
    rng = random.Random(5)
    now = utcnow()
    engine = engine_for(url)
    with engine.begin() as conn:
        for start in range(0, n, 2000):
            batch = range(start, min(n, start + 2000))
            conn.execute(
                insert(Document),
                [
                    {
                        "id": i + 1,
                        "sha256": f"{i:064d}",
                        "original_name": f"po-{i}.pdf",
                        "status": DocStatus.IN_REVIEW,
                        "doc_type": "purchase_order",
                        "document_number": f"PO-{i:06d}",
                        "customer_name": f"Customer {i % 700}",
                        "currency": "EUR",
                        "total_gross": rng.randint(100, 90000),
                        "meta": {},
                        "received_at": now - dt.timedelta(hours=rng.randint(0, 200)),
                        "updated_at": now,
                    }
                    for i in batch
                ],
            )
            conn.execute(
                insert(ReviewTask),
                [
                    {
                        "document_id": i + 1,
                        "queue": QUEUES[i % len(QUEUES)],
                        "status": TaskStatus.OPEN,
                        "reason": "The lines add up to 1,234.00 EUR, but the net total says …",
                        "created_at": now - dt.timedelta(hours=rng.randint(0, 200)),
                        "due_at": now + dt.timedelta(hours=rng.randint(-48, 48)),
                    }
                    for i in batch
                ],
            )


def timings(client: TestClient, path: str, runs: int) -> list[float]:
    client.get(path)  # warm-up (template compilation, connection)
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.get(path)
        out.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.status_code
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--db-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        url = args.db_url or f"sqlite:///{data / 'orderdesk.db'}"
        settings = Settings(data_dir=data, database_url=url, _env_file=None)
        upgrade(url)
        fill(url, args.docs)
        client = TestClient(create_app(settings))
        print(f"{args.docs} pending documents, {args.runs} requests each ({url.split(':')[0]})")
        for path in ("/queue", "/queue?queue=price_check&overdue=true", "/queue?offset=5000"):
            t = timings(client, path, args.runs)
            print(f"GET {path:45s} p50 {statistics.median(t):7.1f} ms   p95 {p95(t):7.1f} ms")


if __name__ == "__main__":
    main()
