"""The ``order_response`` job: an approved e-order (Order-X, bare or in its PDF, or a UBL
Order) is answered in its own syntax (``outbound.order_response``), line by line from what
the clerk approved; the response is checked, archived beside the order and its confirmation
PDF, and written to the outbox. Done once per order (its archive object says so)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from einvoice.model import EDocument
from jobs.queue import ClaimedJob, enqueue_document
from jobs.worker import Apply
from models.archive import ArchiveObject, read_original
from models.audit import document_event
from models.base import utcnow
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.errors import Unavailable
from models.jobs import ARCHIVE_JOB
from models.parsing import date_or_none
from models.retention import retain_until
from models.settings import Settings
from models.settings.einvoicing import outbox_path
from models.storage import OpenStore
from outbound import order_response as orr
from outbound import outbox

ORDER_RESPONSE_JOB = "order_response"
KIND = "order_response"  # archive object kind
ACTOR = "system:outbound"


def handle_order_response(job: ClaimedJob, settings: Settings, store: OpenStore) -> Apply | None:
    if not settings.einvoicing.order_responses or job.document_id is None:
        return None
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status != DocStatus.APPROVED or doc.doc_type != "purchase_order":
            return None
        data = (doc.extraction or {}).get("einvoice")
        order = EDocument.model_validate(data) if data else None
        if order is None or order.kind != "order" or order.syntax not in ("order-x", "ubl"):
            return None  # a paper order, or an order change: nothing structured to answer
        done = session.execute(
            select(ArchiveObject.id).where(
                ArchiveObject.document_id == doc.id, ArchiveObject.kind == KIND
            )
        ).first()
        if done:
            return None
        original = read_original(session, store, doc.id)
        ordered = list((doc.extraction or {}).get("lines") or [])
        approved_data = doc.approved_data or {}
        approved = list(approved_data.get("lines") or [])
        delivery = (approved_data.get("fields") or {}).get("delivery_date", {}).get("value")
        issued = doc.decided_at or utcnow()
        retain = retain_until(settings.archive, doc.doc_type, doc.document_date, doc.received_at)
        doc_id, media_type = doc.id, doc.media_type
    try:
        order_xml = _order_xml(original, media_type)
        result = orr.answer(order, ordered, approved, delivery_date=date_or_none(delivery))
        response_id = f"RSP-{order.number or doc_id}"
        if order.syntax == "order-x":
            xml = orr.orderx_response(order_xml, result, response_id=response_id, issued_at=issued)
        else:
            xml = orr.ubl_order_response(order, result, response_id=response_id, issued_at=issued)
    except orr.OrderResponseError as exc:
        return _not_written(doc_id, str(exc))
    check = orr.check(xml, timeout=settings.extraction.xml_validation_timeout_seconds)
    if not check.complete:
        raise Unavailable("the order response could not be checked; it is tried again later")
    if not check.passed:
        return _not_written(doc_id, "; ".join(f"{f.rule}: {f.message}" for f in check.fatal))
    digest = hashlib.sha256(xml).hexdigest()
    obj = store().put(
        f"documents/{doc_id}/order-response-{digest[:16]}.xml", xml, retain_until=retain
    )
    name = outbox.safe_name("ORDRSP", order.syntax, order.number or str(doc_id)) + ".xml"
    outbox.write(
        outbox_path(settings.einvoicing, settings.data_dir), outbox.ORDER_RESPONSES, name, xml
    )
    lines = {li.line_id: li.status for li in result.lines}

    def apply(session: Session) -> None:
        if session.execute(
            select(ArchiveObject.id).where(
                ArchiveObject.document_id == doc_id, ArchiveObject.kind == KIND
            )
        ).first():
            return
        session.add(
            ArchiveObject.of(
                obj,
                document_id=doc_id,
                kind=KIND,
                retain_until=retain,
            )
        )
        document_event(
            session,
            doc_id,
            actor=ACTOR,
            action="order_response_written",
            data={
                "syntax": order.syntax,
                "response_code": result.orderx_code
                if order.syntax == "order-x"
                else result.ubl_code,
                "lines": lines,
                "key": obj.key,
                "sha256": obj.sha256,
                "outbox": f"{outbox.ORDER_RESPONSES}/{name}",
                "checked": check.checked,
            },
        )
        enqueue_document(session, ARCHIVE_JOB, doc_id, settings)

    return apply


def _order_xml(original: bytes, media_type: str | None) -> bytes:
    if media_type == "application/xml" or not original.startswith(b"%PDF"):
        return original
    from einvoice.attached import embedded_xml

    found = embedded_xml(original)
    if found is None:
        raise orr.OrderResponseError("the order's PDF no longer yields its XML")
    return found[1]


def _not_written(doc_id: int, why: str) -> Apply:
    def apply(session: Session) -> None:
        document_event(
            session,
            doc_id,
            actor=ACTOR,
            action="order_response_not_written",
            data={"reason": why[:1000]},
        )

    return apply
