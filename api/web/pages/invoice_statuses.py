"""The lifecycle statuses of an e-invoice on its review screen: those sent and received, and
a small form to dispute, suspend, refuse or approve in part in the platform's words. For a
platform's CDAR document: the invoice its status was attached to."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import Actor, Writer
from api.deps import AppSettings, DbSession
from api.web.pages.common import text_fields
from approvals import review
from flow import decisions
from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus
from models.errors import OrderdeskError
from models.settings import Settings
from outbound import invoice_statuses as st
from outbound import lifecycle as lc

router = APIRouter(include_in_schema=False)
FLASH_KEY = "flash"  # as the review screen's
CHOICES = (
    ("207", "En litige (dispute)"),
    ("208", "Suspendue (waiting for a document)"),
    ("206", "Approuvée partiellement (approve in part)"),
    ("210", "Refusée (refuse)"),
)


def panel(session: Session, doc: Document, settings: Settings, actor: Actor) -> dict[str, Any]:
    """What the review screen shows about lifecycle statuses (empty when none apply) and the
    structured response of an e-order."""
    rows = st.statuses_of(session, doc.id)
    edoc = st.einvoice_of(doc)
    can_choose = (
        actor.can_write
        and st.in_scope(edoc)
        and edoc is not None
        and st.our_role(edoc, settings) == "buyer"
        and doc.status != DocStatus.REJECTED
    )
    invoices = sorted(
        {r.document_id for r in rows if r.source_document_id == doc.id and r.document_id}
    )
    return {
        "rows": rows,
        "show": bool(rows) or can_choose,
        "can_choose": can_choose,
        "choices": CHOICES,
        "reasons": lc.REASONS,
        "allowed": {code: list(codes) for code, codes in lc.ALLOWED_REASONS.items()},
        "actions": lc.ACTIONS,
        "attached_to": invoices,
        "is_cdar": doc.extraction is not None and "lifecycle" in doc.extraction,
        "order_response": _order_response(session, doc.id),
    }


def _order_response(session: Session, document_id: int) -> dict[str, Any] | None:
    from outbound.order_response_job import KIND

    event = session.execute(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == "document",
            AuditEvent.entity_id == str(document_id),
            AuditEvent.action.in_(("order_response_written", "order_response_not_written")),
        )
        .order_by(AuditEvent.seq.desc())
    ).scalar()
    if event is None:
        return None
    data = dict(event.data or {})
    return {
        "written": event.action == "order_response_written",
        "syntax": data.get("syntax"),
        "code": data.get("response_code"),
        "lines": data.get("lines") or {},
        "reason": data.get("reason"),
        "url": f"/api/documents/{document_id}/order-response",
        "kind": KIND,
    }


@router.post("/documents/{document_id}/lifecycle")
async def choose_status(
    request: Request,
    document_id: int,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    form = await text_fields(request)
    doc = review.get_document(session, document_id)
    code = form.get("status", "")
    try:
        decisions.choose_status(
            session,
            doc,
            actor=actor.name,
            role=actor.role,
            code=code,
            settings=settings,
            reason_code=form.get("reason_code") or None,
            reason=form.get("reason") or None,
            action_code=form.get("action_code") or None,
        )
        message = f"Status {code} {lc.status_label(code)} recorded; it is sent shortly."
    except OrderdeskError as exc:
        session.rollback()
        message = f"Not sent: {exc}"
    if "session" in request.scope:
        request.session[FLASH_KEY] = message
    return RedirectResponse(f"/documents/{document_id}#lifecycle", status_code=303)
