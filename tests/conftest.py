"""Fixtures every test folder shares.

``db_url`` runs a test on SQLite and on PostgreSQL (each test gets a fresh, migrated
database; PostgreSQL ones are cloned from a migrated template, which is fast). Use
``sqlite_url`` or ``pg_url`` for a test that needs just one of them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from flow.table import watch_changes
from models.migrate import upgrade
from models.settings import Settings
from tests.support import pg
from tests.support.db import scratch_session
from tests.support.settings import data_settings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# as in the app and the workers: a change to an archived document queues its new manifest, in
# every test whichever module loaded the flow first
watch_changes()


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    with pg.server_url() as url:
        yield url


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    name = f"orderdesk_tmpl_{os.getpid()}"
    url = pg.create_database(pg_admin_url, name)
    upgrade(_sqlalchemy_url(url))
    from models.db import engine_for

    engine_for(_sqlalchemy_url(url)).dispose()
    yield name
    pg.drop_database(pg_admin_url, name)


def _sqlalchemy_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def pg_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    name = f"orderdesk_t_{uuid.uuid4().hex[:12]}"
    url = _sqlalchemy_url(pg.create_database(pg_admin_url, name, template=pg_template))
    yield url
    from models.db import engine_for

    engine_for(url).dispose()
    pg.drop_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "orderdesk.db"
    upgrade(f"sqlite:///{path}")
    from models.db import engine_for

    engine_for(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "orderdesk.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    url: str = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    return url


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return data_settings(tmp_path, db_url)


@pytest.fixture
def session(settings: Settings) -> Iterator[Session]:
    with scratch_session(settings) as s:
        yield s
