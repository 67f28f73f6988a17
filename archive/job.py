"""The ``archive`` job: the last step of the flow (queued with a decision's other follow-ups,
claimed once they are done: ``flow.table``), and again whenever a decided document moves on
later (queued by the change itself, ``flow.table.follow_change``; ``archive.periodic``
re-queues any the change missed)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.einvoice import einvoice_parts
from archive.store import open_store
from jobs.queue import ClaimedJob
from jobs.worker import Apply
from models.archive import ArchiveObject
from models.audit import document_event
from models.base import utcnow
from models.documents import Document
from models.enums import DocStatus
from models.jobs import ARCHIVE_JOB as ARCHIVE_JOB  # the kind handled here
from models.settings import Settings


def handle_archive(job: ClaimedJob, settings: Settings) -> Apply:
    """Archive a decided document write-once: its data as JSON next to the original, every
    part locked until the document's retention date, and a manifest listing each part with
    its sha256. Run again after later events, it adds a manifest version only when something
    changed; nothing is overwritten."""
    from archive import manifest as mf
    from models.db import session_scope
    from models.retention import retain_until

    assert job.document_id is not None
    # a business duplicate a clerk confirmed is archived as such (status duplicate)
    decided = (DocStatus.APPROVED, DocStatus.REJECTED, DocStatus.ARCHIVED, DocStatus.DUPLICATE)
    store = open_store(settings)
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in decided:
            return lambda _s: None
        until = retain_until(settings.archive, doc.doc_type, doc.document_date, doc.received_at)
        datas: dict[str, bytes] = {"extracted": json_bytes(doc.extraction or {})}
        if doc.approved_data is not None:
            datas["approved"] = json_bytes(doc.approved_data)
        datas.update(einvoice_parts(doc.extraction))  # an e-document's validation report
        existing = (
            session.execute(
                select(ArchiveObject)
                .where(ArchiveObject.document_id == doc.id, ArchiveObject.kind != mf.MANIFEST)
                .order_by(ArchiveObject.id)
            )
            .scalars()
            .all()
        )
        known = {o.key for o in existing}
        stored = []
        for kind, data in datas.items():
            key = mf.part_key(doc.id, kind, hashlib.sha256(data).hexdigest())
            if key not in known:
                stored.append((kind, store.put(key, data, retain_until=until)))
        extend = [o for o in existing if o.retain_until is None or o.retain_until < until]
        locked = {  # e.g. the original, stored before its doc type was known
            o.id: store.extend_retention(o.key, o.version_id, until) for o in extend
        }
        parts = [mf.part_entry(o) for o in existing] + [
            {
                "kind": k,
                "key": o.key,
                "version_id": o.version_id,
                "sha256": o.sha256,
                "size": o.size,
            }
            for k, o in stored
        ]
        content = mf.document_content(session, doc, parts)
        # the last event this manifest covers: one recorded while it is being written (by a
        # job the archive does not wait for) is caught by the next refresh (archive.refresh)
        through_seq = max((e["seq"] for e in content["events"]), default=0)
        manifests = mf.manifests_of(session, doc.id)
        previous = manifests[-1] if manifests else None
        unchanged = previous is not None and json_bytes(
            json.loads(store.get(previous.key, previous.version_id))["content"]
        ) == json_bytes(content)
        mobj = None
        if not unchanged:
            version = len(manifests) + 1
            mbytes = json_bytes(mf.build(content, version, previous))
            mobj = store.put(mf.manifest_key(doc.id, version), mbytes, retain_until=until)

    def apply(session: Session) -> None:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in decided:
            return
        keys = set(
            session.execute(
                select(ArchiveObject.key).where(ArchiveObject.document_id == doc.id)
            ).scalars()
        )
        new = stored + ([(mf.MANIFEST, mobj)] if mobj is not None else [])
        for kind, obj in new:
            if obj.key not in keys:
                session.add(
                    ArchiveObject.of(
                        obj,
                        document_id=doc.id,
                        kind=kind,
                        retain_until=until,
                    )
                )
        for obj_id, lock_until in locked.items():
            row = session.get(ArchiveObject, obj_id)
            if row is not None:
                row.retain_until = lock_until
        if mobj is None:
            return  # nothing changed since the last manifest
        doc.archived_at = utcnow()  # status keeps the decision (approved / rejected)
        document_event(
            session,
            doc.id,
            actor="system:archive",
            action="archived",
            data={
                "manifest": mobj.key,
                "sha256": mobj.sha256,
                "retain_until": until,
                "through_seq": through_seq,
            },
        )

    return apply


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1, default=str).encode()
