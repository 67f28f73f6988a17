"""Fixtures of the ingest tests: settings on SQLite (``lite``) and an Intake over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.store import open_store
from ingest.intake import Intake
from models.settings import Settings


def make_settings(tmp_path: Path, db_url: str, **ingest: object) -> Settings:
    data = tmp_path / "data"
    for sub in ("", "inbox", "quarantine"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    return Settings(
        data_dir=data,
        database_url=db_url,
        ingest={"stable_seconds": 0.2, **ingest},
        _env_file=None,
    )


@pytest.fixture
def lite(tmp_path: Path, sqlite_url: str) -> Settings:
    return make_settings(tmp_path, sqlite_url)


@pytest.fixture
def intake(lite: Settings) -> Intake:
    return Intake(lite, open_store(lite))
