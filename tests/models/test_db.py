"""SQLite sessions: writers take the lock up front, readers never hold it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models.db import read_session_factory, session_factory
from models.documents import Document


def _write_with_short_timeout(path: str) -> None:
    conn = sqlite3.connect(path, timeout=0.3, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE audit_head SET seq = seq")
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("factory", "blocks"),
    [(read_session_factory, False), (session_factory, True)],
    ids=["a long read does not block a writer", "a writing session holds the lock from its start"],
)
def test_only_a_writing_session_holds_the_lock(
    sqlite_url: str, factory: Callable[[str], sessionmaker[Session]], blocks: bool
) -> None:
    """A reader leaves the lock free; the default session takes BEGIN IMMEDIATE, so a writer
    must wait for it (and here gives up: "database is locked")."""
    path = sqlite_url.removeprefix("sqlite:///")
    session = factory(sqlite_url)()
    try:
        session.execute(select(func.count()).select_from(Document)).scalar_one()
        waits = pytest.raises(sqlite3.OperationalError, match="locked")
        with waits if blocks else contextlib.nullcontext():
            _write_with_short_timeout(path)
    finally:
        session.close()
