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
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from archive import records
from archive.seal import read_seals
from archive.search import SearchQuery, search
from archive.store import ArchiveStore
from archive.verify import VerifyReport, verify_chain, verify_objects
from models.audit import document_event
from models.base import utcnow
from models.errors import InvalidInput, NotFound
from models.settings.archive import ArchiveSettings

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


def bundle_documents(
    session: Session,
    settings: ArchiveSettings,
    *,
    order_id: int | None = None,
    document_ids: Sequence[int] = (),
    query: SearchQuery | None = None,
) -> tuple[list[int], str]:
    """Which documents a bundle holds, and its title: an order and its documents, documents
    by id (each must exist), or what a search finds (at most ``export_max_documents``)."""
    if order_id is not None:
        return records.order_documents(session, order_id), f"order {order_id}"
    if document_ids:
        for doc_id in document_ids:
            records.get_document(session, doc_id)
        return list(document_ids), "documents " + ", ".join(map(str, document_ids))
    if query is None:
        raise InvalidInput("name an order_id, document ids or a search")
    limit = settings.export_max_documents
    query.limit, query.offset = limit, 0
    result = search(session, query, facets=False)
    if result.total > limit:
        raise InvalidInput(
            f"the search finds {result.total} documents; narrow it to {limit} or fewer"
        )
    if not result.items:
        raise NotFound("the search finds no document to export")
    return [h.id for h in result.items], "search " + str(query.params())


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
            add(f"{folder}/data.json", _json(records.document_data(session, doc)))
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
        document_event(
            session,
            doc_id,
            actor=actor,
            action="exported",
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
