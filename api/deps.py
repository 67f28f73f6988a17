"""FastAPI dependencies shared by the routes: settings, a DB session per request, the archive."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from models.db import read_session_factory, session_scope
from models.settings import Settings
from models.storage import ObjectStore


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> ObjectStore:
    store: ObjectStore = request.app.state.store
    return store


@dataclass(frozen=True)
class Paging:
    """Which page of a listing a client asks for (``limit`` rows from ``offset``)."""

    limit: int
    offset: int


def get_paging(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> Paging:
    return Paging(limit, offset)


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: committed when the route returns, rolled back on error."""
    with session_scope(request.app.state.settings.db_url) as session:
        yield session


def get_read_session(request: Request) -> Iterator[Session]:
    """For routes that only read (dashboards, reports, metrics): never holds the write lock."""
    session = read_session_factory(request.app.state.settings.db_url)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


# what routes declare (``session: DbSession``), so each says what it needs in its signature
DbSession = Annotated[Session, Depends(get_session)]
ReadSession = Annotated[Session, Depends(get_read_session)]
AppSettings = Annotated[Settings, Depends(get_settings)]
Pages = Annotated[Paging, Depends(get_paging)]
