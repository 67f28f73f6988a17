"""Links between documents and orders, for people and integrators: the link review queue
(documents the machine would not link alone, with ranked candidate orders), linking a
document by hand, and the discrepancies with their resolution."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession
from api.schemas import Page
from linking import service, views
from linking.tasks import LINK_REVIEW
from models.documents import Document
from models.enums import TaskStatus
from models.linking import Discrepancy
from models.review import ReviewTask

router = APIRouter(tags=["links"])


class LinkBody(BaseModel):
    order_id: int


class ResolveBody(BaseModel):
    action: Literal["accept", "write_off"]
    note: str


def link_review_items(session: Session, limit: int = 50, offset: int = 0) -> tuple[list[Any], int]:
    query = (
        select(ReviewTask, Document)
        .join(Document, Document.id == ReviewTask.document_id)
        .where(ReviewTask.queue == LINK_REVIEW, ReviewTask.status != TaskStatus.DONE)
    )
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(query.order_by(ReviewTask.created_at).limit(limit).offset(offset)).all()
    items = [
        {
            "task_id": task.id,
            "document_id": doc.id,
            "doc_type": doc.doc_type,
            "document_number": doc.document_number,
            "customer_name": doc.customer_name,
            "total_gross": doc.total_gross,
            "currency": doc.currency,
            "reason": task.reason,
            "created_at": task.created_at,
            "candidates": [
                c for c in views.document_links(session, doc.id) if c["kind"] == "candidate"
            ],
        }
        for task, doc in rows
    ]
    return items, total


@router.get("/api/links/review", response_model=Page)
def link_review(
    *,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    """Documents waiting for a person to say which order they belong to, candidates ranked."""
    items, total = link_review_items(session, limit, offset)
    return Page(items=items, total=total)


@router.get("/api/documents/{document_id}/links")
def document_links(
    document_id: int,
    _actor: CurrentActor,
    session: DbSession,
) -> list[dict[str, Any]]:
    if session.get(Document, document_id) is None:
        raise HTTPException(404, f"document {document_id} does not exist")
    return views.document_links(session, document_id)


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
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    _actor: CurrentActor,
    session: DbSession,
) -> Page:
    query = select(Discrepancy)
    if status:
        query = query.where(Discrepancy.status == status)
    if kind:
        query = query.where(Discrepancy.kind == kind)
    if order_id is not None:
        query = query.where(Discrepancy.order_id == order_id)
    if document_id is not None:
        query = query.where(Discrepancy.document_id == document_id)
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = session.execute(query.order_by(Discrepancy.id.desc()).limit(limit).offset(offset))
    return Page(items=[views.discrepancy_out(d) for d in rows.scalars()], total=total)


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
