"""The server seals the audit head periodically and on shutdown, and a failed seal never
takes it down."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from archive.periodic import PeriodicSealer, seal_now
from archive.seal import read_seals
from archive.store import open_store
from models.audit import record_event
from models.db import session_scope
from models.settings import Settings
from models.settings.archive import ArchiveSettings
from tests.archive.support import make_archived


def _event(settings: Settings) -> None:
    with session_scope(settings.db_url) as session:
        record_event(session, actor="bob", action="login", entity_type="user")


def test_periodic_and_shutdown_seals(sqlite_url: str, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        database_url=sqlite_url,
        archive=ArchiveSettings(seal_minutes=0.002),
        _env_file=None,
    )
    make_archived(settings)
    sealer = PeriodicSealer(settings).start()
    deadline = time.monotonic() + 10
    while not read_seals(open_store(settings)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(read_seals(open_store(settings))) == 1  # the head did not move: one seal
    _event(settings)
    sealer.close()
    seals = read_seals(open_store(settings))
    assert seals[-1].seq == seals[0].seq + 1  # the shutdown seal has the last event


def test_a_failed_seal_is_logged_not_raised(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    _event(settings)
    broken = settings.model_copy(update={"archive_url": "ftp://nowhere"})
    seal_now(broken)
    assert "could not seal" in caplog.text


def test_the_tick_queues_a_new_manifest_for_later_events(settings: Settings) -> None:
    from sqlalchemy import select

    from archive.periodic import refresh_now
    from archive.refresh import stale_documents
    from models.archive import ArchiveObject
    from models.jobs import Job
    from tests.archive.support import archive_now

    doc = make_archived(settings)
    other = make_archived(settings, number="PO-2026-0043")
    with session_scope(settings.db_url) as session:
        assert stale_documents(session) == []
        # read-only events (views, exports) change nothing archived
        record_event(
            session, actor="audrey", action="viewed", entity_type="document", entity_id=doc
        )
        assert stale_documents(session) == []
        record_event(
            session,
            actor="system:linking",
            action="payment_allocated",
            entity_type="document",
            entity_id=doc,
            data={"order_id": 1, "amount": "98.00"},
        )
    assert refresh_now(settings)[0] == 1
    assert refresh_now(settings)[0] == 1  # still stale, but one pending job is enough
    with session_scope(settings.db_url) as session:
        jobs = session.execute(select(Job.kind, Job.document_id, Job.status)).all()
    assert jobs == [("archive", doc, "queued")]
    archive_now(settings, doc)
    with session_scope(settings.db_url) as session:
        assert stale_documents(session) == []
        manifests = session.execute(
            select(ArchiveObject.document_id).where(ArchiveObject.kind == "manifest")
        ).scalars()
        assert sorted(manifests) == sorted([doc, doc, other])


def test_an_event_recorded_while_the_manifest_is_written_is_not_lost(settings: Settings) -> None:
    """The link job runs beside the archive job: its event can land after the manifest was
    computed and before the ``archived`` event; the manifest says what it covers."""
    from archive.refresh import head_seq, stale_documents

    doc = make_archived(settings)
    with session_scope(settings.db_url) as session:
        covered = head_seq(session)
        record_event(
            session, actor="system:linking", action="linked", entity_type="document", entity_id=doc
        )
        record_event(  # what the archive job's apply records after that
            session,
            actor="system:archive",
            action="archived",
            entity_type="document",
            entity_id=doc,
            data={"manifest": "documents/x/manifest-v0002.json", "through_seq": covered},
        )
        assert stale_documents(session) == [doc]
        assert stale_documents(session, since_seq=head_seq(session)) == []  # checked before
