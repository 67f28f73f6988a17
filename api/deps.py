"""FastAPI dependencies shared by the routes and pages: settings, a DB session per request,
the archive, a listing's page, the document a path names and a posted form.

Routes declare them as ``Annotated`` aliases (``session: DbSession``, ``doc: PathDocument``),
so a signature says what the route needs. FastAPI resolves a route's dependencies in the
order its signature lists them: routes name the actor (``api.auth``) before the document,
so who is asking is settled (401, 403) before whether the document exists (404)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from approvals.review import get_document
from models.db import read_session_factory, session_scope
from models.documents import Document
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


T = TypeVar("T")


def found_or_404(found: T | None, detail: str) -> T:
    """What a lookup found, or a 404 saying what was not there (``detail``)."""
    if found is None:
        raise HTTPException(404, detail)
    return found


def path_document(document_id: int, session: DbSession) -> Document:
    """The document ``{document_id}`` names; ``NotFound`` (404, code ``not_found``) if none."""
    return get_document(session, document_id)


async def posted_form(request: Request) -> FormData:
    """The posted form, read once. Its CSRF token was checked before any route ran
    (``api.auth.SecurityMiddleware`` refuses every state-changing browser request without
    the session's token), so a route that takes the form needs no check of its own."""
    return await request.form()


async def posted_text(form: Annotated[FormData, Depends(posted_form)]) -> dict[str, str]:
    """The posted form's text fields; uploads are not among them."""
    return {k: v for k, v in form.items() if isinstance(v, str)}


PathDocument = Annotated[Document, Depends(path_document)]
PostedForm = Annotated[FormData, Depends(posted_form)]
FormFields = Annotated[dict[str, str], Depends(posted_text)]
