"""Engine and sessions for SQLite (embedded default) and PostgreSQL.

On SQLite every transaction starts with ``BEGIN IMMEDIATE``: writers queue on the database
lock instead of failing half-way with a stale snapshot, which keeps the job queue and the
audit chain correct with several worker processes on one file. Sessions that only read
(dashboards, reports) take a plain deferred ``BEGIN`` instead: under WAL they read a
snapshot without holding the write lock, so a slow report never stalls the workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from models.base import Base

Row = TypeVar("Row", bound=Base)

READ_ONLY = "orderdesk_read_only"


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 60, "check_same_thread": False}, **kwargs
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn: Any) -> None:
            read_only = conn.get_execution_options().get(READ_ONLY, False)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(bind=engine_for(url), expire_on_commit=False)


@lru_cache(maxsize=8)
def read_session_factory(url: str) -> sessionmaker[Session]:
    """Sessions for code that never writes: no write lock taken on SQLite."""
    engine = engine_for(url).execution_options(**{READ_ONLY: True})
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A unit of work: commits on success, rolls back on any error."""
    session = session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def count_of(session: Session, query: Select[*tuple[Any, ...]]) -> int:
    """How many rows a listing has in all, whichever page of it is shown."""
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(session.execute(counted).scalar_one())


def of_document(
    session: Session, model: type[Row], document_id: int, *where: ColumnElement[bool]
) -> list[Row]:
    """A document's rows of one table (checks, links, archived parts...), oldest first."""
    table = model.__table__.c
    return list(
        session.scalars(
            select(model).where(table.document_id == document_id, *where).order_by(table.id)
        )
    )
