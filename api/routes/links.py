"""Links between documents and orders, for people and integrators: the link review queue
(documents the machine would not link alone, with ranked candidate orders), linking a
document by hand, and the discrepancies with their resolution."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel

from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession, Pages, PathDocument
from api.schemas import Page
from linking import service, views

router = APIRouter(tags=["links"])


class LinkBody(BaseModel):
    order_id: int


class ResolveBody(BaseModel):
    action: Literal["accept", "write_off"]
    note: str


@router.get("/api/links/review", response_model=Page)
def link_review(
    *,
    paging: Pages,
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    """Documents waiting for a person to say which order they belong to, candidates ranked."""
    items, total = views.link_review_items(session, paging.limit, paging.offset)
    return Page(items=items, total=total)


@router.get("/api/documents/{document_id}/links")
def document_links(
    _actor: CurrentActor,
    doc: PathDocument,
    session: DbSession,
) -> list[dict[str, Any]]:
    return views.document_links(session, doc.id)


@router.post("/api/documents/{document_id}/link")
def link_document(
    document_id: int,
    body: LinkBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> list[dict[str, Any]]:
    """Link a document to an order by hand (from link review, or to correct a link)."""
    service.link_manually(
        session, document_id, body.order_id, settings.linking, actor=actor.name, role=actor.role
    )
    session.flush()
    return views.document_links(session, document_id)


class CreditBody(BaseModel):
    invoice_id: int


@router.post("/api/documents/{document_id}/credited-invoice")
def credited_invoice(
    document_id: int,
    body: CreditBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> list[dict[str, Any]]:
    """Say which of its order's invoices a credit note corrects (when it names none)."""
    service.assign_credit(session, document_id, body.invoice_id, settings.linking, actor=actor.name)
    session.flush()
    return views.document_links(session, document_id)


@router.get("/api/discrepancies", response_model=Page)
def list_discrepancies(
    *,
    status: Literal["open", "resolved"] | None = "open",
    kind: str | None = None,
    order_id: int | None = None,
    document_id: int | None = None,
    paging: Pages,
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    rows, total = views.discrepancies(
        session,
        status=status,
        kind=kind,
        order_id=order_id,
        document_id=document_id,
        limit=paging.limit,
        offset=paging.offset,
    )
    return Page(items=[views.discrepancy_out(d) for d in rows], total=total)


@router.post("/api/discrepancies/{discrepancy_id}/resolve")
def resolve_discrepancy(
    discrepancy_id: int,
    body: ResolveBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> dict[str, Any]:
    """``accept`` (the difference is agreed; say why) or ``write_off`` the open rest of a
    short payment (the reason is kept on the payment)."""
    row = service.resolve_discrepancy(
        session,
        discrepancy_id,
        settings.linking,
        actor=actor.name,
        action=body.action,
        note=body.note,
    )
    session.flush()
    return views.discrepancy_out(row)
