"""Search latency over 100 000 archived documents, SQLite FTS5 and PostgreSQL full text.

    .venv/bin/python -m bench.archive.search_bench [--docs 100000] [--runs 40] [--only sqlite]

Each figure is the whole ``archive.search.search`` call the API makes (first page of 20
ranked hits with snippets, the total, and the doc type / status / channel counts), p50 and
p95 over ``--runs`` queries with varied words and facets. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text

from archive.search import SearchQuery, reindex, search
from bench.archive.corpus import CITIES, COMPANY, HARD_WORD, documents
from models.db import engine_for, session_scope
from models.documents import Document, Page
from models.migrate import upgrade

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
BATCH = 2000


def load(url: str, n: int) -> float:
    """Insert n documents and their page; returns seconds to load and index."""
    t0 = time.perf_counter()
    pg = url.startswith("postgresql")
    engine = engine_for(url)
    if pg:  # bulk load: index once at the end instead of row by row
        with engine.begin() as conn:
            for table in ("pages", "documents"):
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    docs, pages = [], []
    for row, body in documents(n):
        docs.append(row)
        pages.append({"document_id": row["id"], "number": 1, "text": body, "source": "text"})
        if len(docs) == BATCH:
            _flush(url, docs, pages)
    _flush(url, docs, pages)
    if pg:
        with session_scope(url) as session:
            reindex(session)
        with engine.begin() as conn:
            for table in ("pages", "documents"):
                conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
            conn.execute(text("ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
            conn.execute(text("ANALYZE"))
    return time.perf_counter() - t0


def _flush(url: str, docs: list[dict[str, object]], pages: list[dict[str, object]]) -> None:
    if not docs:
        return
    with session_scope(url) as session:
        session.execute(insert(Document), docs)
        session.execute(insert(Page), pages)
    docs.clear()
    pages.clear()


def number(i: int) -> str:
    """A document number as the corpus makes them (any prefix: the year and serial decide)."""
    return f"{2016 + i % 10}-{i:06d}"


def cases(rng: random.Random, docs: int) -> dict[str, Callable[[], SearchQuery]]:
    def word() -> str:
        return rng.choice(
            [
                "fraisée",
                "tronconner",
                "disjoncteur",
                "warranty",
                "pallet",
                "backorder",
                "escompte",
                "robinet laiton",
                "torque wrench",
            ]
        )

    def since() -> dt.date:
        return dt.date(2016 + rng.randrange(9), 1, 1)

    return {
        "word + doc type + date range": lambda: SearchQuery(
            q=word(), doc_type="invoice", date_from=since(),
            date_to=since() + dt.timedelta(days=730),
        ),
        "two words + customer + amount": lambda: SearchQuery(
            q=f"{rng.choice(CITIES).lower()} {word()}", customer=rng.choice(COMPANY)[:10],
            amount_min=Decimal(rng.randint(0, 20000)),
        ),
        "phrase": lambda: SearchQuery(q='"pompe à chaleur"'),
        "document number": lambda: SearchQuery(q=number(rng.randrange(1, docs))),
        f"hard: '{HARD_WORD}' in 50%, ranked": lambda: SearchQuery(q=HARD_WORD),
        f"hard: '{HARD_WORD}' + status facet": lambda: SearchQuery(q=HARD_WORD, status="approved"),
        "facets only, newest first": lambda: SearchQuery(
            doc_type="delivery_note", date_from=since(), channel="mail"
        ),
    }  # fmt: skip


def measure(url: str, runs: int, docs: int) -> None:
    rng = random.Random(11)
    with session_scope(url) as session:
        search(session, SearchQuery(q="warm"))
    print(f"  {'case':38} {'p50 ms':>8} {'p95 ms':>8} {'hits (last)':>12}")
    for name, make in cases(rng, docs).items():
        times, total = [], 0
        for _ in range(runs):
            query = make()
            with session_scope(url) as session:
                t0 = time.perf_counter()
                result = search(session, query)
                times.append((time.perf_counter() - t0) * 1000)
                total = result.total
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
        print(f"  {name:38} {statistics.median(times):8.1f} {p95:8.1f} {total:12d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as tmp:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            upgrade(url)
            secs = load(url, args.docs)
            print(f"SQLite FTS5, {args.docs} documents (loaded and indexed in {secs:.0f} s)")
            measure(url, args.runs, args.docs)
            engine_for(url).dispose()
    if args.only != "sqlite":
        import psycopg

        name = f"orderdesk_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        try:
            upgrade(url)
            secs = load(url, args.docs)
            print(f"PostgreSQL, {args.docs} documents (loaded and indexed in {secs:.0f} s)")
            measure(url, args.runs, args.docs)
        finally:
            engine_for(url).dispose()
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
