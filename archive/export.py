"""Audit bundles: a ZIP an auditor can take away and check without orderdesk.

For each document: the original, its data as JSON (fields with provenance, lines, the
approved data, and the order it became in the one order shape of ``models.order_shape``, as
REST, webhooks and export files carry it), every archived object as stored (parts and
manifests), its audit events; plus a verification report of exactly these objects and of
the audit chain, and a ``SHA256SUMS`` file (``sha256sum -c SHA256SUMS``). Every exported
document gets an ``exported`` audit event in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive import records
from archive.seal import read_seals
from archive.store import ArchiveStore
from archive.verify import VerifyReport, verify_chain, verify_objects
from models.audit import record_event
from models.base import utcnow
from models.documents import Document
from models.order_shape import OrderLineShape, order_json
from models.orders import Order

EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
    "message/rfc822": ".eml",
    "application/xml": ".xml",
}


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True, default=str).encode()


def document_data(session: Session, doc: Document) -> dict[str, Any]:
    """A document's data for an auditor: header, fields with provenance, its lines (in the
    order line shape), what was extracted and approved, and the order it became (or None)."""
    order = session.execute(select(Order).where(Order.document_id == doc.id)).scalar()
    return {
        "id": doc.id,
        "doc_type": doc.doc_type,
        "status": doc.status,
        "channel": doc.channel,
        "sha256": doc.sha256,
        "document_number": doc.document_number,
        "document_date": doc.document_date,
        "customer_name": doc.customer_name,
        "currency": doc.currency,
        "total_gross": doc.total_gross,
        "received_at": doc.received_at,
        "decided_at": doc.decided_at,
        "decided_by": doc.decided_by,
        "archived_at": doc.archived_at,
        "fields": {
            f.name: {
                "value": f.value,
                "confidence": f.confidence,
                "page": f.page,
                "bbox": f.bbox,
                "source": f.source,
                "machine_value": f.machine_value,
                "corrected_by": f.corrected_by,
            }
            for f in doc.fields
        },
        "lines": [OrderLineShape.model_validate(li).model_dump() for li in doc.lines],
        "order": order_json(order) if order is not None else None,
        "extraction": doc.extraction,
        "approved_data": doc.approved_data,
    }


def export_bundle(
    session: Session,
    store: ArchiveStore,
    document_ids: list[int],
    *,
    actor: str,
    title: str,
) -> bytes:
    ids = sorted(set(document_ids))
    sums: list[tuple[str, str]] = []
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:

        def add(name: str, data: bytes) -> None:
            zf.writestr(name, data)
            sums.append((hashlib.sha256(data).hexdigest(), name))

        for doc_id in ids:
            doc = records.get_document(session, doc_id)
            folder = f"documents/{doc.id}"
            add(f"{folder}/data.json", _json(document_data(session, doc)))
            add(f"{folder}/audit.json", _json(records.history(session, doc.id)))
            add(
                f"{folder}/linked.json",
                _json(records.linked_ids(session, doc)),
            )
            for obj in records.parts(session, doc.id):
                data = store.get(obj.key, obj.version_id)
                if obj.kind == "original":
                    ext = EXTENSIONS.get(doc.media_type or "", "")
                    add(f"{folder}/original{ext}", data)
                add(f"{folder}/archive/{obj.key}", data)
        report = verify_objects(session, store, document_ids=ids)
        chain = VerifyReport()
        verify_chain(session, chain, read_seals(store))
        ok = report.ok and chain.ok
        verification = {
            "checked_at": utcnow(),
            "objects": report.to_dict(),
            "audit_chain": chain.to_dict(),
            "ok": ok,
        }
        add("verification.json", _json(verification))
        add("README.txt", _readme(title, ids, ok).encode())
        zf.writestr("SHA256SUMS", "".join(f"{h}  {n}\n" for h, n in sums))
    for doc_id in ids:
        record_event(
            session,
            actor=actor,
            action="exported",
            entity_type="document",
            entity_id=doc_id,
            data={"bundle": title, "documents": len(ids)},
        )
    return buf.getvalue()


def _readme(title: str, ids: list[int], ok: bool) -> str:
    return (
        f"orderdesk audit bundle: {title}\n"
        f"made {utcnow():%Y-%m-%d %H:%M} UTC, {len(ids)} document(s)\n\n"
        "documents/<id>/original.*      the original as received\n"
        "documents/<id>/data.json       extracted and approved data, with provenance\n"
        "documents/<id>/archive/...     every archived object as stored (parts, manifests)\n"
        "documents/<id>/audit.json      the document's audit events (hash chain)\n"
        "verification.json              re-hash of these objects and of the audit chain\n"
        "SHA256SUMS                     check this bundle: sha256sum -c SHA256SUMS\n\n"
        f"verification: {'everything intact' if ok else 'PROBLEMS FOUND, see verification.json'}\n"
    )
