"""What a route that acts on or reads one document takes, as one ``Annotated`` dependency.

Most document routes and pages need the same four or six things (who asks, the document the
path names, the request's transaction, the settings, and on a page the request and the posted
form); each used to list them again. They still resolve in the order ``api.deps`` promises:
who is asking (401, 403) before whether the document exists (404)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from api.auth import Actor, CurrentActor, Writer
from api.deps import AppSettings, DbSession, FormFields, PathDocument, PostedForm, ReadSession
from archive.store import ArchiveStore
from models.documents import Document
from models.settings import Settings


@dataclass(frozen=True)
class DocumentLook:
    """Anyone logged in looking at a document (and, for a download, the archive)."""

    actor: Actor
    doc: Document
    session: Session
    store: ArchiveStore


def archive_store(request: Request) -> ArchiveStore:
    store: ArchiveStore = request.app.state.store  # opened once by ``api.app.create_app``
    return store


def document_look(
    actor: CurrentActor,
    doc: PathDocument,
    session: DbSession,
    store: Annotated[ArchiveStore, Depends(archive_store)],
) -> DocumentLook:
    return DocumentLook(actor, doc, session, store)


@dataclass(frozen=True)
class WriterAct:
    """Someone who may write (clerk, approver, admin), in the request's transaction."""

    actor: Actor
    session: Session
    settings: Settings


@dataclass(frozen=True)
class DocumentAct(WriterAct):
    """Someone who may write acting on a document."""

    doc: Document


def document_act(
    actor: Writer, doc: PathDocument, session: DbSession, settings: AppSettings
) -> DocumentAct:
    return DocumentAct(actor, session, settings, doc)


@dataclass(frozen=True)
class DocumentPost(DocumentAct):
    """A web page's form posted on a document by someone who may write."""

    request: Request
    form: dict[str, str]


def document_post(
    request: Request,
    actor: Writer,
    doc: PathDocument,
    form: FormFields,
    session: DbSession,
    settings: AppSettings,
) -> DocumentPost:
    return DocumentPost(actor, session, settings, doc, request, form)


@dataclass(frozen=True)
class WriterCall(WriterAct):
    """Someone who may write acting through a page's form on what its path names (an order,
    a discrepancy, a quarantined file): the request is there for the redirect back."""

    request: Request


def writer_call(
    request: Request, actor: Writer, session: DbSession, settings: AppSettings
) -> WriterCall:
    return WriterCall(actor, session, settings, request)


@dataclass(frozen=True)
class WriterPost(WriterCall):
    """A web page's form posted by someone who may write, on no one document (a bulk
    action on the rows ticked in a list)."""

    form: FormData


def writer_post(
    request: Request, actor: Writer, form: PostedForm, session: DbSession, settings: AppSettings
) -> WriterPost:
    return WriterPost(actor, session, settings, request, form)


@dataclass(frozen=True)
class Screen:
    """Anyone logged in asking for a page or a fragment of one, in the request's transaction
    (the list screens: queue, orders, discrepancies, master data, search)."""

    request: Request
    actor: Actor
    session: Session


def screen(request: Request, actor: CurrentActor, session: DbSession) -> Screen:
    return Screen(request, actor, session)


def read_screen(request: Request, actor: CurrentActor, session: ReadSession) -> Screen:
    """A screen that only reads (dashboard, imports): its session never holds the write lock."""
    return Screen(request, actor, session)


# what routes declare (``act: OnDocument``)
LookAtDocument = Annotated[DocumentLook, Depends(document_look)]
OnDocument = Annotated[DocumentAct, Depends(document_act)]
PostOnDocument = Annotated[DocumentPost, Depends(document_post)]
PostByWriter = Annotated[WriterPost, Depends(writer_post)]
ByWriter = Annotated[WriterCall, Depends(writer_call)]
OnScreen = Annotated[Screen, Depends(screen)]
ReadingScreen = Annotated[Screen, Depends(read_screen)]
