"""What the browser tests share: the live server's settings (a module that needs other
limits overrides ``app_settings``) and a database session beside the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.settings import Settings
from tests.support.db import scratch_session
from tests.support.live import live_settings


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    return live_settings(tmp_path, sqlite_url)


@pytest.fixture
def db(app_settings: Settings) -> Iterator[Session]:
    with scratch_session(app_settings) as s:
        yield s
