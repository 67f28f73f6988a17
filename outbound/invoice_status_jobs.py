"""Jobs of the French lifecycle statuses (``outbound.invoice_statuses``): ``lifecycle_status``
writes the statuses a decided e-invoice or payment advice calls for, ``lifecycle_webhook``
delivers statuses sent and received to the signed webhook of approved orders.

Delivery is at least once: a status is marked delivered when the receiver answered 2xx; the
``Idempotency-Key`` (one per status) lets it drop a repeat after a retry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from einvoice.cdar import read_cdar
from einvoice.xmlread import parse
from jobs.queue import ClaimedJob
from jobs.worker import Apply
from models.audit import document_event
from models.base import utcnow
from models.db import session_scope
from models.documents import Document
from models.lifecycle import LifecycleStatus
from models.settings import Settings
from models.storage import OpenStore
from outbound import invoice_statuses as st
from outbound.lifecycle import webhook_payload
from outbound.webhook import post_signed


def handle_lifecycle(job: ClaimedJob, settings: Settings, open_store: OpenStore) -> Apply | None:
    if not settings.einvoicing.lifecycle_statuses or job.document_id is None:
        return None
    store = open_store()
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None:
            return None
        planned = st.plan(session, doc, settings)
        session.expunge_all()  # the plan outlives this session (read only)
    if not planned:
        return None
    prepared = [st.prepare(p, settings, store) for p in planned]

    def apply(session: Session) -> None:
        for p in prepared:
            invoice = session.get(Document, p.planned.invoice.id)
            if invoice is not None:
                p.planned.invoice = invoice
                st.record(session, p, settings)

    return apply


def handle_webhook(job: ClaimedJob, settings: Settings, open_store: OpenStore) -> Apply | None:
    out = settings.approvals.outbound
    if not out.webhook_url or job.document_id is None:
        return None
    store = open_store()
    with session_scope(settings.db_url) as session:
        rows = [
            r
            for r in st.statuses_of(session, job.document_id)
            if r.delivered_at is None and r.state != "invalid"
        ]
        todo = [
            (
                r.id,
                r.direction,
                r.document_id,
                r.archive_key,
                st.archived_version(session, r.archive_key),
            )
            for r in rows
            if r.archive_key
        ]
    delivered: list[tuple[int, int]] = []
    for status_id, direction, document_id, key, version in todo:
        xml = store.get(key, version)
        payload = webhook_payload(
            read_cdar(parse(xml)),
            xml,
            direction="sent" if direction == "sent" else "received",
            document_id=document_id,
            status_id=status_id,
        )
        delivered.append((status_id, _post(settings, payload, status_id)))
    if not delivered:
        return None

    def apply(session: Session) -> None:

        for status_id, code in delivered:
            row = session.get(LifecycleStatus, status_id)
            if row is None or row.delivered_at is not None:
                continue
            row.delivered_at = utcnow()
            document_event(
                session,
                row.document_id or row.source_document_id,
                actor="system:outbound",
                action="lifecycle_webhook_delivered",
                data={"status_id": status_id, "status": row.code, "http_status": code},
            )

    return apply


def _post(settings: Settings, payload: dict[str, Any], status_id: int) -> int:
    return post_signed(
        settings.approvals.outbound,
        payload,
        event=str(payload["event"]),
        idempotency_key=f"invoice-status-{status_id}",
        what=f" for lifecycle status {status_id}",
    )
