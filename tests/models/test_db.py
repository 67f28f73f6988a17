"""SQLite sessions: writers take the lock up front, readers never hold it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

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


def test_a_long_read_does_not_block_a_writer(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    reader = read_session_factory(sqlite_url)()
    try:
        reader.execute(select(func.count()).select_from(Document)).scalar_one()
        _write_with_short_timeout(path)  # would fail with "database is locked"
    finally:
        reader.close()


def test_a_writing_session_holds_the_lock_from_its_start(sqlite_url: str) -> None:
    """The contrast: the default session takes BEGIN IMMEDIATE, so the writer must wait."""
    path = sqlite_url.removeprefix("sqlite:///")
    writer = session_factory(sqlite_url)()
    try:
        writer.execute(select(func.count()).select_from(Document)).scalar_one()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _write_with_short_timeout(path)
    finally:
        writer.close()
