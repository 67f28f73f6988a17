"""The archive over REST: an auditor's view of a document (recorded in its history), audit
bundles (ZIP), and legal holds (admins only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from api.auth import Actor, Admin, CurrentActor
from api.deps import AppSettings, DbSession
from api.routes.search import search_query
from api.schemas import ArchiveView, HoldOut, download
from archive import records
from archive.export import bundle_documents, export_bundle
from archive.holds import set_hold
from archive.search import SearchQuery
from models.base import utcnow

router = APIRouter(prefix="/api/archive", tags=["archive"])


@router.get("/documents/{document_id}")
def view_document(
    document_id: int,
    actor: CurrentActor,
    session: DbSession,
) -> ArchiveView:
    """The archived record of a document; the view itself joins its audit history."""
    view = ArchiveView.model_validate(records.archive_view(session, document_id))
    records.record_view(session, actor.name, document_id, "rest")
    return view


@router.get("/export", **download("application/zip", "the audit bundle"))
def export(
    *,
    request: Request,
    order_id: int | None = None,
    document_id: list[int] = Query(default_factory=list),
    query: Annotated[SearchQuery, Depends(search_query)],
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """An audit bundle (ZIP) for an order, some documents, or the documents a search finds:
    originals, data JSON, manifests, audit events and a verification report."""
    searching = order_id is None and not document_id
    ids, title = bundle_documents(
        session,
        settings.archive,
        order_id=order_id,
        document_ids=document_id,
        query=query if searching and query.params() else None,
    )
    data = export_bundle(session, request.app.state.store, ids, actor=actor.name, title=title)
    name = f"orderdesk-audit-{utcnow():%Y%m%d-%H%M%S}.zip"
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class HoldIn(BaseModel):
    reason: str


@dataclass(frozen=True)
class HoldCall:
    """What setting and lifting a legal hold both take: the admin, the document, the reason."""

    request: Request
    session: Session
    document_id: int
    reason: str
    actor: Actor

    def set(self, *, on: bool) -> HoldOut:
        count = set_hold(
            self.session,
            self.request.app.state.store,
            self.document_id,
            on=on,
            actor=self.actor.name,
            reason=self.reason,
        )
        return HoldOut(document_id=self.document_id, legal_hold=on, objects=count)


def hold_call(
    request: Request, document_id: int, body: HoldIn, actor: Admin, session: DbSession
) -> HoldCall:
    return HoldCall(request, session, document_id, body.reason, actor)


OnHold = Annotated[HoldCall, Depends(hold_call)]


@router.post("/documents/{document_id}/hold")
def hold(call: OnHold) -> HoldOut:
    return call.set(on=True)


@router.post("/documents/{document_id}/release")
def release(call: OnHold) -> HoldOut:
    return call.set(on=False)
