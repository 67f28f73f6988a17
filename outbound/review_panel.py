"""What the review screen shows of a document's outbound side: the lifecycle statuses of
an e-invoice (sent and received, and which a buyer may still choose), the invoice a
platform's CDAR status was attached to, and the structured response written to an e-order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.documents import Document
from models.enums import DocStatus
from models.settings import Settings
from outbound import invoice_statuses as st
from outbound import lifecycle as lc
from outbound.order_response_job import KIND as ORDER_RESPONSE_KIND

# the statuses a buyer chooses by hand, in the platform's words
CHOICES = (
    ("207", "En litige (dispute)"),
    ("208", "Suspendue (waiting for a document)"),
    ("206", "Approuvée partiellement (approve in part)"),
    ("210", "Refusée (refuse)"),
)
ORDER_RESPONSE_ACTIONS = ("order_response_written", "order_response_not_written")


def einvoicing_panel(
    session: Session, doc: Document, settings: Settings, *, can_write: bool
) -> dict[str, Any]:
    """The lifecycle statuses of ``doc`` (empty when none apply) and the structured response
    of an e-order; ``can_write``: the viewer may act on the document at all."""
    rows = st.statuses_of(session, doc.id)
    edoc = st.einvoice_of(doc)
    can_choose = (
        can_write
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
        "order_response": order_response_outcome(session, doc.id),
    }


def order_response_outcome(session: Session, document_id: int) -> dict[str, Any] | None:
    """Whether a response was written to the e-order ``document_id`` (its last attempt), and
    what it said; None when none was tried."""
    event = session.execute(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == "document",
            AuditEvent.entity_id == str(document_id),
            AuditEvent.action.in_(ORDER_RESPONSE_ACTIONS),
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
        "kind": ORDER_RESPONSE_KIND,
    }
