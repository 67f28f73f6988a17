"""Search latency over 100 000 archived documents: SQLite FTS5, PostgreSQL full text, and
the tantivy engine (its index derived from each database).

    .venv/bin/python -m bench.archive.search_bench [--docs 100000] [--runs 40]
        [--only sqlite|postgresql] [--engines database,tantivy]

Each figure is the whole ``archive.search.search`` call the API makes (first page of 20
ranked hits with snippets, the total, and the doc type / status / channel counts), p50 and
p95 over ``--runs`` queries with varied words and facets; the same queries (same seed) for
every engine. With tantivy the call includes its check of the database's change log and
reading the hits' rows from the database. Prints figures; not a test.
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

from archive.search import SearchQuery, configure, reindex, search
from bench.archive.corpus import CITIES, COMPANY, HARD_WORD, documents
from models.db import engine_for, session_scope
from models.documents import Document, Page
from models.migrate import upgrade
from models.settings import Settings
from models.settings.archive import ArchiveSettings

Figures = dict[str, tuple[float, float, int]]  # case -> (p50 ms, p95 ms, hits of the last)

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


def use_engine(url: str, engine: str, data_dir: Path) -> float:
    """Search ``url`` with ``engine`` from now on; for tantivy, build its index (seconds)."""
    settings = Settings(
        data_dir=data_dir,
        database_url=url,
        archive=ArchiveSettings(search_engine=engine),
        _env_file=None,
    )
    configure(settings)
    if engine != "tantivy":
        return 0.0
    t0 = time.perf_counter()
    with session_scope(url) as session:
        reindex(session)
    return time.perf_counter() - t0


def measure(url: str, runs: int, docs: int) -> Figures:
    rng = random.Random(11)
    figures: Figures = {}
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
        figures[name] = (statistics.median(times), p95, total)
    return figures


def run_engines(
    label: str, url: str, args: argparse.Namespace, tmp: Path, table: dict[str, Figures]
) -> None:
    for engine in args.engines.split(","):
        secs = use_engine(url, engine, tmp / f"data-{label}")
        name = label if engine == "database" else f"tantivy on {label}"
        built = f" (index built in {secs:.0f} s)" if engine == "tantivy" else ""
        print(f"{name}{built}")
        table[name] = measure(url, args.runs, args.docs)


def summary(table: dict[str, Figures]) -> None:
    """One line per case, one column (p50 / p95 ms) per engine."""
    if not table:
        return
    names = list(table)
    print("\np50 / p95 ms per case")
    print(f"  {'case':38}" + "".join(f" {n[:22]:>22}" for n in names))
    for case in next(iter(table.values())):
        cells = "".join(f" {table[n][case][0]:10.1f} /{table[n][case][1]:8.1f}  " for n in names)
        hits = {table[n][case][2] for n in names}
        note = "" if len(hits) == 1 else f"  HITS DIFFER: {[table[n][case][2] for n in names]}"
        print(f"  {case:38}{cells}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument(
        "--engines", default="database,tantivy", help="comma-separated: database,tantivy"
    )
    args = parser.parse_args()
    table: dict[str, Figures] = {}
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if args.only != "postgresql":
            url = f"sqlite:///{tmp / 'bench.db'}"
            upgrade(url)
            secs = load(url, args.docs)
            print(f"SQLite FTS5, {args.docs} documents (loaded and indexed in {secs:.0f} s)")
            run_engines("SQLite", url, args, tmp, table)
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
                run_engines("PostgreSQL", url, args, tmp, table)
            finally:
                engine_for(url).dispose()
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    summary(table)


if __name__ == "__main__":
    main()
