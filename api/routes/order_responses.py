"""The structured response to an approved e-order (Order-X or UBL OrderResponse), as
archived and written to the outbox."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.acting import LookAtDocument
from api.routes.documents import archived_download
from api.schemas import download
from outbound.order_response_job import KIND

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get(
    "/{document_id}/order-response",
    **download("application/xml", "the Order-X or UBL order response"),
)
def download_order_response(look: LookAtDocument) -> Response:
    """The Order-X or UBL OrderResponse sent for an approved e-order (every download is an
    audit event)."""
    return archived_download(
        look, kind=KIND, media_type="application/xml", filename="order-response-{number}.xml"
    )
