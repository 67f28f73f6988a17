"""Fixtures of the ingest tests: settings on SQLite (``lite``) and an Intake over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.store import open_store
from ingest.intake import Intake
from models.settings import Settings
from tests.support.settings import data_settings


def make_settings(tmp_path: Path, db_url: str, **ingest: object) -> Settings:
    return data_settings(tmp_path, db_url, ingest={"stable_seconds": 0.2, **ingest})


@pytest.fixture
def lite(tmp_path: Path, sqlite_url: str) -> Settings:
    return make_settings(tmp_path, sqlite_url)


@pytest.fixture
def intake(lite: Settings) -> Intake:
    return Intake(lite, open_store(lite))
