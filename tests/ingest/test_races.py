"""Concurrent intakes of the same bytes on PostgreSQL: exactly one original, the rest
duplicates (serialised by an advisory lock per sha256)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

from archive.store import open_store
from ingest.intake import Intake, IntakeResult
from models.db import session_scope
from models.documents import Document
from tests.ingest import corpus
from tests.ingest.conftest import make_settings


def test_same_bytes_taken_concurrently_make_one_original(tmp_path: Path, pg_url: str) -> None:
    settings = make_settings(tmp_path, pg_url)
    data = corpus.tiny_pdf("PO-RACE")
    results: list[IntakeResult] = []
    start = threading.Barrier(6)

    def take(i: int) -> None:
        intake = Intake(settings, open_store(settings))
        start.wait()
        results.append(intake.take_bytes(data, original_name=f"race-{i}.pdf"))

    threads = [threading.Thread(target=take, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r.outcome for r in results) == ["duplicate"] * 5 + ["ingested"]
    with session_scope(pg_url) as session:
        docs = session.execute(select(Document).order_by(Document.id)).scalars().all()
        original = next(d for d in docs if d.status == "received")
        assert all(d.duplicate_of_id == original.id for d in docs if d is not original)
