"""Intake figures (not a test): files per second taken in (extraction excluded), and the time
from a file landing in the inbox to its extraction job being queued.

    .venv/bin/python -m bench.ingest.intake_rate [--files 1000] [--pg URL]

1. rate: ``Intake.take_file`` on N small distinct PDFs, one after another (sniff,
   inspection, archive write with fsync, one transaction each);
2. latency: the watcher service running with ``stable_seconds`` at its default (1 s, the
   price of never taking a half-written file) and with 0.2 s; files dropped one by one at
   a steady pace; drop→queued measured per file from the job's ``created_at``.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

from archive.store import open_store
from ingest.intake import Intake
from ingest.service import IngestService
from models.db import session_scope
from models.documents import Document
from models.jobs import Job
from models.migrate import upgrade
from models.settings import Settings


def small_pdf(i: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(72, 760, f"PURCHASE ORDER PO-{i:06d}")
    pdf.save()
    return out.getvalue()


def settings_for(root: Path, db_url: str | None, **ingest: object) -> Settings:
    data = root / "data"
    (data / "inbox").mkdir(parents=True, exist_ok=True)
    url = db_url or f"sqlite:///{data / 'orderdesk.db'}"
    upgrade(url)
    return Settings(data_dir=data, database_url=url, ingest=ingest, _env_file=None)


def bench_rate(files: int, db_url: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(Path(tmp), db_url)
        intake = Intake(settings, open_store(settings))
        src = Path(tmp) / "src"
        src.mkdir()
        paths = []
        for i in range(files):
            path = src / f"po-{i:05d}.pdf"
            path.write_bytes(small_pdf(i))
            paths.append(path)
        start = time.perf_counter()
        for path in paths:
            intake.take_file(path)
        elapsed = time.perf_counter() - start
        kind = "PostgreSQL" if db_url else "SQLite"
        print(
            f"intake rate ({kind}): {files} files in {elapsed:.1f} s = "
            f"{files / elapsed:.0f} files/s ({1000 * elapsed / files:.1f} ms per file)"
        )


def bench_latency(files: int, db_url: str | None, stable: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(Path(tmp), db_url, stable_seconds=stable)
        service = IngestService(settings, open_store(settings)).start()
        dropped: dict[str, float] = {}
        try:
            time.sleep(0.5)
            for i in range(files):
                name = f"drop-{i:04d}.pdf"
                data = small_pdf(10_000 + i)
                tmp_path = settings.inbox_dir / (name + ".part")
                tmp_path.write_bytes(data)
                dropped[name] = time.time()
                tmp_path.rename(settings.inbox_dir / name)
                time.sleep(0.05)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                with session_scope(settings.db_url) as session:
                    rows = session.execute(
                        select(Document.original_name, Job.created_at).join(
                            Job, Job.document_id == Document.id
                        )
                    ).all()
                if len(rows) >= files:
                    break
                time.sleep(0.2)
        finally:
            service.stop.set()
            service.join(10)
        waits = sorted(created.timestamp() - dropped[name] for name, created in rows)
        p95 = waits[int(0.95 * (len(waits) - 1))]
        print(
            f"drop→queued (stable_seconds={stable}): median {statistics.median(waits):.2f} s, "
            f"p95 {p95:.2f} s, max {waits[-1]:.2f} s over {len(waits)} files"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--latency-files", type=int, default=100)
    parser.add_argument("--pg", default=None, help="a PostgreSQL SQLAlchemy URL to use too")
    args = parser.parse_args()
    bench_rate(args.files, None)
    if args.pg:
        bench_rate(args.files, args.pg)
    for stable in (1.0, 0.2):
        bench_latency(args.latency_files, None, stable)


if __name__ == "__main__":
    main()
