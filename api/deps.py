"""FastAPI dependencies shared by the routes: settings, a DB session per request, the archive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
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
