"""The server seals the audit head periodically and on shutdown, and a failed seal never
takes it down."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from api.jobs.archive_seal import PeriodicSealer, seal_now
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
