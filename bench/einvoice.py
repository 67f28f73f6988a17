"""E-invoice figures (not a test): bare XML documents per second, from parsing alone to a
routed document, in one run on this machine.

    .venv/bin/python -m bench.einvoice [--docs 300] [--pipeline 100] [--pg URL]

Stages, each over the same documents (French CII and UBL invoices of 3 to 30 lines, as
``samples/einvoices`` writes them, half of them breaking a rule):
1. ``lxml``: ``etree.fromstring`` alone, the floor;
2. ``read+map``: ``extract_bytes`` with validation off (parse, recognise, map to the
   contract);
3. ``+ schema``: the same plus the XSD check (lxml, schemas loaded once);
4. ``+ schematron``: ``extract_bytes`` as shipped: schema, EN 16931 and BR-FR rules in the
   schematron engine's process (warm: its start and the stylesheets' compilation are
   timed apart, they happen once per worker);
5. ``intake→review``: ``Intake.take_bytes`` then the extract job's handler and its apply
   (extraction, rules, routing) on SQLite (or ``--pg``), one document after another.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from lxml import etree

from einvoice.validation import runner
from extraction.pipeline import extract_bytes
from models.settings.extraction import ExtractionSettings
from samples.einvoices import LINES, Doc, cii_invoice, ubl_invoice


def corpus(n: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lines = [
            replace(
                LINES[k % len(LINES)],
                line_id=str(k + 1),
                sku=f"SKU-{k:03d}",
                quantity=Decimal(rng.randint(1, 40)),
            )
            for k in range(rng.randint(3, 30))
        ]
        doc = Doc(number=f"FA-2026-{i:05d}", lines=lines)
        if i % 2:
            doc.seller.siren = "12345678"  # half of them break BR-FR rules
        docs.append(cii_invoice(doc) if i % 3 else ubl_invoice(doc))
    return docs


def rate(name: str, docs: list[bytes], fn: Callable[[bytes], object], repeat: int = 3) -> float:
    """Best of ``repeat`` passes (documents per second), printed with the per-document median."""
    best = 0.0
    per_doc: list[float] = []
    for _ in range(repeat):
        per_doc = []
        start = time.perf_counter()
        for data in docs:
            t0 = time.perf_counter()
            fn(data)
            per_doc.append(time.perf_counter() - t0)
        best = max(best, len(docs) / (time.perf_counter() - start))
    median = statistics.median(per_doc) * 1000
    print(f"  {name:<16} {best:10.1f} docs/s   median {median:8.3f} ms/doc")
    return best


def bench_extraction(docs: list[bytes]) -> dict[str, float]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    off = ExtractionSettings(validate_xml=False)
    on = ExtractionSettings()
    figures = {"lxml": rate("lxml", docs, lambda d: etree.fromstring(d, parser))}
    figures["read+map"] = rate("read+map", docs, lambda d: extract_bytes(d, settings=off))

    from einvoice.reader import read_xml
    from einvoice.validation import xsd

    def with_schema(data: bytes) -> None:
        extract_bytes(data, settings=off)
        root, doc = read_xml(data)
        xsd.validate(root, doc)

    with_schema(docs[0])  # schemas load once per process
    figures["+ schema"] = rate("+ schema", docs, with_schema)
    runner.ENGINE.stop()
    t0 = time.perf_counter()
    extract_bytes(docs[0], settings=on)  # CII: engine start, two stylesheets compiled
    extract_bytes(docs[3], settings=on)  # UBL: two more
    cold = time.perf_counter() - t0
    print(f"  (engine start and compiling four stylesheets, once per worker: {cold:.2f} s)")
    figures["+ schematron"] = rate("+ schematron", docs, lambda d: extract_bytes(d, settings=on))
    return figures


def bench_pipeline(docs: list[bytes], db_url: str | None) -> float:
    from sqlalchemy import select

    from archive.store import open_store
    from flow.extract import handle_extract
    from ingest.intake import Intake
    from jobs.queue import ClaimedJob
    from models.db import session_scope
    from models.documents import Document
    from models.jobs import Job
    from models.migrate import upgrade
    from models.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        (data / "inbox").mkdir(parents=True)
        url = db_url or f"sqlite:///{data / 'orderdesk.db'}"
        upgrade(url)
        settings = Settings(data_dir=data, database_url=url, _env_file=None)
        intake = Intake(settings, open_store(settings))
        per_doc = []
        start = time.perf_counter()
        for i, xml in enumerate(docs):
            t0 = time.perf_counter()
            taken = intake.take_bytes(xml, original_name=f"facture-{i}.xml", channel="upload")
            with session_scope(url) as session:
                job = session.execute(
                    select(Job).where(Job.document_id == taken.document_id)
                ).scalar_one()
                claimed = ClaimedJob(job.id, job.kind, job.document_id, {}, 1, 5, "bench")
            apply = handle_extract(claimed, settings)
            with session_scope(url) as session:
                apply(session)
            per_doc.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        with session_scope(url) as session:
            statuses = list(session.execute(select(Document.status)).scalars())
    docs_s = len(docs) / elapsed
    median = statistics.median(per_doc) * 1000
    print(f"  {'intake→review':<16} {docs_s:10.1f} docs/s   median {median:8.3f} ms/doc")
    counts = {str(s): statuses.count(s) for s in sorted(set(statuses))}
    print(f"  (statuses at the end: {counts})")
    return docs_s


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents for stages 1-4")
    ap.add_argument("--pipeline", type=int, default=100, help="documents for stage 5")
    ap.add_argument("--pg", help="PostgreSQL URL for stage 5 (default: SQLite)")
    args = ap.parse_args(argv)
    docs = corpus(args.docs)
    size = statistics.mean(len(d) for d in docs) / 1024
    print(f"{len(docs)} bare XML invoices (CII and UBL, mean {size:.1f} KiB), one process:")
    figures = bench_extraction(docs)
    floor = figures["lxml"]
    print(
        "  slower than lxml alone by: "
        + ", ".join(f"{k} ×{floor / v:.0f}" for k, v in figures.items() if k != "lxml")
    )
    if args.pipeline:
        print(f"{args.pipeline} of them through intake, extraction and routing:")
        bench_pipeline(docs[: args.pipeline], args.pg)
    runner.ENGINE.stop()


if __name__ == "__main__":
    main()
