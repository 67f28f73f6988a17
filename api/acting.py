"""What a route that acts on or reads one document takes, as one ``Annotated`` dependency.

Most document routes and pages need the same four or six things (who asks, the document the
path names, the request's transaction, the settings, and on a page the request and the posted
form); each used to list them again. Each shape is a dataclass whose fields are themselves
dependencies, so FastAPI builds it from its fields (no factory repeats them). Fields resolve
in their order, which keeps the one ``api.deps`` promises: who is asking (401, 403) before
whether the document exists (404).

No ``from __future__ import annotations`` here: FastAPI reads a class's fields from its
``__init__`` signature, whose string annotations it could not resolve."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from api.auth import Admin, Approver, CurrentActor, Writer
from api.deps import (
    AppSettings,
    DbSession,
    FormFields,
    Pages,
    PathDocument,
    PostedForm,
    ReadSession,
)
from archive.store import ArchiveStore


def archive_store(request: Request) -> ArchiveStore:
    store: ArchiveStore = request.app.state.store  # opened once by ``api.app.create_app``
    return store


@dataclass(frozen=True)
class Screen:
    """Anyone logged in asking for a page or a fragment of one, in the request's transaction
    (the list screens: queue, orders, discrepancies, master data, search). Every shape below
    is this one, with a stricter ``actor`` or one more thing."""

    request: Request
    actor: CurrentActor
    session: DbSession
    settings: AppSettings


@dataclass(frozen=True)
class ReadScreen(Screen):
    """A screen that only reads (dashboard, imports): its session never holds the write lock."""

    session: ReadSession


@dataclass(frozen=True)
class DocumentScreen(Screen):
    """Anyone logged in looking at a page of the document the path names."""

    doc: PathDocument


@dataclass(frozen=True)
class DocumentLook(DocumentScreen):
    """Anyone logged in looking at a document (and, for a download, the archive)."""

    store: Annotated[ArchiveStore, Depends(archive_store)]


@dataclass(frozen=True)
class WriterCall(Screen):
    """Someone who may write (clerk, approver, admin), in the request's transaction, acting
    through a page's form or the API on what the path names (an order, a discrepancy, a
    quarantined file): the request is there for the redirect back."""

    actor: Writer


@dataclass(frozen=True)
class ApproverCall(WriterCall):
    """An approver (or admin) acting through a page's form."""

    actor: Approver


@dataclass(frozen=True)
class AdminCall(WriterCall):
    """An admin acting through a page's form."""

    actor: Admin


@dataclass(frozen=True)
class DocumentAct(WriterCall):
    """Someone who may write acting on a document."""

    doc: PathDocument


@dataclass(frozen=True)
class DocumentPost(DocumentAct):
    """A web page's form posted on a document by someone who may write."""

    form: FormFields


@dataclass(frozen=True)
class WriterPost(WriterCall):
    """A web page's form posted by someone who may write, on no one document (a bulk
    action on the rows ticked in a list)."""

    form: PostedForm


@dataclass(frozen=True)
class Listing:
    """Anyone logged in reading a list over REST, a page at a time (``limit``, ``offset``)."""

    paging: Pages
    actor: CurrentActor
    session: DbSession


# what routes declare (``act: OnDocument``)
LookAtDocument = Annotated[DocumentLook, Depends()]
OnDocument = Annotated[DocumentAct, Depends()]
PostOnDocument = Annotated[DocumentPost, Depends()]
PostByWriter = Annotated[WriterPost, Depends()]
ByWriter = Annotated[WriterCall, Depends()]
ByApprover = Annotated[ApproverCall, Depends()]
ByAdmin = Annotated[AdminCall, Depends()]
OnScreen = Annotated[Screen, Depends()]
OnDocumentScreen = Annotated[DocumentScreen, Depends()]
ReadingScreen = Annotated[ReadScreen, Depends()]
Listed = Annotated[Listing, Depends()]
