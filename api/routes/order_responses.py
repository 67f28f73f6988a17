"""The structured response to an approved e-order (Order-X or UBL OrderResponse), as
archived and written to the outbox."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy import select

from api.auth import CurrentActor
from api.deps import DbSession
from approvals import review
from models.archive import ArchiveObject
from models.audit import record_event
from outbound.order_response_job import KIND

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("/{document_id}/order-response")
def download_order_response(
    request: Request,
    document_id: int,
    actor: CurrentActor,
    session: DbSession,
) -> Response:
    """The Order-X or UBL OrderResponse sent for an approved e-order (every download is an
    audit event)."""
    doc = review.get_document(session, document_id)
    obj = session.execute(
        select(ArchiveObject)
        .where(ArchiveObject.document_id == doc.id, ArchiveObject.kind == KIND)
        .order_by(ArchiveObject.id.desc())
    ).scalar()
    if obj is None:
        raise HTTPException(404, f"document {document_id} has no order response (yet)")
    data = request.app.state.store.get(obj.key, obj.version_id)
    record_event(
        session,
        actor=actor.name,
        action="downloaded",
        entity_type="document",
        entity_id=doc.id,
        data={"kind": KIND},
    )
    name = f"order-response-{doc.document_number or doc.id}.xml".replace('"', "")
    return Response(
        data,
        media_type="application/xml",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
