"""Links between documents and orders, for people and integrators: the link review queue
(documents the machine would not link alone, with ranked candidate orders), linking a
document by hand, and the discrepancies with their resolution."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from api.acting import Listed, LookAtDocument
from api.auth import Writer
from api.deps import AppSettings, DbSession
from api.schemas import (
    DiscrepancyOut,
    DiscrepancyPage,
    LinkOut,
    LinkReviewItem,
    LinkReviewPage,
    links_out,
)
from linking import service, views

router = APIRouter(tags=["links"])


class LinkBody(BaseModel):
    order_id: int


class ResolveBody(BaseModel):
    action: Literal["accept", "write_off"]
    note: str


@router.get("/api/links/review", response_model=LinkReviewPage)
def link_review(
    *,
    on: Listed,
) -> LinkReviewPage:
    """Documents waiting for a person to say which order they belong to, candidates ranked."""
    items, total = views.link_review_items(on.session, on.paging.limit, on.paging.offset)
    return LinkReviewPage(items=[LinkReviewItem.model_validate(i) for i in items], total=total)


@router.get("/api/documents/{document_id}/links", response_model=list[LinkOut])
def document_links(look: LookAtDocument) -> list[LinkOut]:
    """The orders the document is linked to (with its line links), the candidates offered
    while it waits in link review, and the invoices a payment advice settled."""
    return links_out(views.document_links(look.session, look.doc.id))


@router.post("/api/documents/{document_id}/link", response_model=list[LinkOut])
def link_document(
    document_id: int,
    body: LinkBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> list[LinkOut]:
    """Link a document to an order by hand (from link review, or to correct a link)."""
    service.link_manually(
        session, document_id, body.order_id, settings.linking, actor=actor.name, role=actor.role
    )
    session.flush()
    return links_out(views.document_links(session, document_id))


class CreditBody(BaseModel):
    invoice_id: int


@router.post("/api/documents/{document_id}/credited-invoice", response_model=list[LinkOut])
def credited_invoice(
    document_id: int,
    body: CreditBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> list[LinkOut]:
    """Say which of its order's invoices a credit note corrects (when it names none)."""
    service.assign_credit(session, document_id, body.invoice_id, settings.linking, actor=actor.name)
    session.flush()
    return links_out(views.document_links(session, document_id))


@router.get("/api/discrepancies", response_model=DiscrepancyPage)
def list_discrepancies(
    *,
    status: Literal["open", "resolved"] | None = "open",
    kind: str | None = None,
    order_id: int | None = None,
    document_id: int | None = None,
    on: Listed,
) -> DiscrepancyPage:
    rows, total = views.discrepancies(
        on.session,
        status=status,
        kind=kind,
        order_id=order_id,
        document_id=document_id,
        limit=on.paging.limit,
        offset=on.paging.offset,
    )
    return DiscrepancyPage(
        items=[DiscrepancyOut.model_validate(views.discrepancy_out(d)) for d in rows], total=total
    )


@router.post("/api/discrepancies/{discrepancy_id}/resolve", response_model=DiscrepancyOut)
def resolve_discrepancy(
    discrepancy_id: int,
    body: ResolveBody,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> DiscrepancyOut:
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
    return DiscrepancyOut.model_validate(views.discrepancy_out(row))
