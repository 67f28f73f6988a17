"""The archive over REST: an auditor's view of a document (recorded in its history), audit
bundles (ZIP), and legal holds (admins only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from api.auth import Actor, Admin, CurrentActor
from api.deps import AppSettings, DbSession
from api.routes.search import search_query
from archive import records
from archive.export import document_data, export_bundle
from archive.holds import set_hold
from archive.search import SearchQuery, search
from models.base import utcnow
from models.settings import Settings

router = APIRouter(prefix="/api/archive", tags=["archive"])


def archive_view(session: Session, document_id: int) -> dict[str, Any]:
    doc = records.get_document(session, document_id)
    return {
        "document": document_data(session, doc),
        "original_url": f"/api/documents/{doc.id}/original",
        "archive": [
            {
                "kind": o.kind,
                "key": o.key,
                "version_id": o.version_id,
                "sha256": o.sha256,
                "size": o.size,
                "retain_until": o.retain_until,
                "legal_hold": o.legal_hold,
                "stored_at": o.stored_at,
            }
            for o in records.parts(session, doc.id)
        ],
        "linked": [
            {
                "id": d.id,
                "doc_type": d.doc_type,
                "document_number": d.document_number,
                "status": d.status,
            }
            for d in records.linked(session, doc)
        ],
        "history": records.history(session, doc.id),
    }


@router.get("/documents/{document_id}")
def view_document(
    document_id: int,
    actor: CurrentActor,
    session: DbSession,
) -> dict[str, Any]:
    """The archived record of a document; the view itself joins its audit history."""
    view = archive_view(session, document_id)
    records.record_view(session, actor.name, document_id, "rest")
    return view


def bundle_ids(
    session: Session,
    settings: Settings,
    *,
    order_id: int | None,
    document_ids: list[int],
    query: SearchQuery | None,
) -> tuple[list[int], str]:
    if order_id is not None:
        return records.order_documents(session, order_id), f"order {order_id}"
    if document_ids:
        for doc_id in document_ids:
            records.get_document(session, doc_id)
        return document_ids, "documents " + ", ".join(map(str, document_ids))
    if query is None:
        raise HTTPException(422, "name an order_id, document ids or a search")
    limit = settings.archive.export_max_documents
    query.limit, query.offset = limit, 0
    result = search(session, query, facets=False)
    if result.total > limit:
        raise HTTPException(
            422, f"the search finds {result.total} documents; narrow it to {limit} or fewer"
        )
    if not result.items:
        raise HTTPException(404, "the search finds no document to export")
    return [h.id for h in result.items], "search " + str(query.params())


@router.get("/export")
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
    ids, title = bundle_ids(
        session,
        settings,
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


@router.post("/documents/{document_id}/hold")
def hold(
    request: Request,
    document_id: int,
    body: HoldIn,
    actor: Admin,
    session: DbSession,
) -> dict[str, Any]:
    return _hold(request, session, document_id, body.reason, actor, on=True)


@router.post("/documents/{document_id}/release")
def release(
    request: Request,
    document_id: int,
    body: HoldIn,
    actor: Admin,
    session: DbSession,
) -> dict[str, Any]:
    return _hold(request, session, document_id, body.reason, actor, on=False)


def _hold(
    request: Request, session: Session, document_id: int, reason: str, actor: Actor, *, on: bool
) -> dict[str, Any]:
    count = set_hold(
        session, request.app.state.store, document_id, on=on, actor=actor.name, reason=reason
    )
    return {"document_id": document_id, "legal_hold": on, "objects": count}
