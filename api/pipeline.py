"""The flow's handlers: what a worker does for each kind of job.

This is the composition root of the pipeline (only ``api/`` sees every stage): ingest's
worker claims a job, and the handler here calls extraction, approvals and archive.
Handlers are two-phase (see ``ingest.worker``): compute first, then ``apply`` in the
transaction that completes the job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.invoice_statuses import take_received as take_received_status
from api.logs import job_logging
from approvals import review
from archive.einvoice import einvoice_parts
from archive.store import open_store
from extraction.errors import ExtractionError
from extraction.pipeline import extract
from extraction.result import ExtractionResult
from ingest.intake import EXTRACT_JOB
from ingest.quarantine import quarantine_file
from ingest.queue import ClaimedJob, enqueue
from ingest.worker import Apply, Handler, HandlerSet
from learning import store as learning_store
from models.archive import ArchiveObject
from models.audit import record_event
from models.base import utcnow
from models.documents import Document, DocumentLine, ExtractedField, Page
from models.enums import DocStatus
from models.settings import Settings

log = logging.getLogger("orderdesk.pipeline")

ARCHIVE_JOB = "archive"


def original_bytes(session: Session, settings: Settings, document_id: int) -> bytes:
    obj = session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == document_id, ArchiveObject.kind == "original"
        )
    ).scalar_one()
    return open_store(settings).get(obj.key, obj.version_id)


def handle_extract(job: ClaimedJob, settings: Settings) -> Apply:
    from models.db import session_scope

    assert job.document_id is not None
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in (DocStatus.RECEIVED, DocStatus.PROCESSING):
            return lambda _s: None  # already done by an earlier run: idempotent
        data = original_bytes(session, settings, doc.id)
        name = doc.original_name
        learned = learning_store.learned(session)  # sender profiles (issue 24)
    with tempfile.TemporaryDirectory(prefix="orderdesk-") as tmp:
        path = Path(tmp) / "original"
        path.write_bytes(data)
        try:
            result = extract(path, settings=settings.extraction, learned=learned)
        except ExtractionError as exc:
            if exc.retryable:  # tesseract missing, say: jobs/ retries it with backoff
                raise
            quarantine_file(path, settings.quarantine_dir, str(exc), original_name=name, move=False)
            return _quarantine_apply(job.document_id, str(exc), exc.code)

    def apply(session: Session) -> None:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in (DocStatus.RECEIVED, DocStatus.PROCESSING):
            return
        save_extraction(session, doc, result)
        learning_store.keep_words(session, doc.id, result)
        record_event(
            session,
            actor="system:extraction",
            action="extracted",
            entity_type="document",
            entity_id=doc.id,
            data={
                "doc_type": result.doc_type,
                "pages": len(result.pages),
                "fields": len(result.fields),
                "lines": len(result.lines),
            },
        )
        if take_received_status(session, doc, result, settings):  # a platform's status: filed
            return
        if review.route(session, doc, settings=settings).decided:  # touchless
            on_decided(session, doc.id, settings)

    return apply


def _quarantine_apply(document_id: int, reason: str, code: str) -> Apply:
    def apply(session: Session) -> None:
        quarantine_document(session, document_id, reason, code)

    return apply


def quarantine_document(session: Session, document_id: int, reason: str, code: str) -> None:
    doc = session.get(Document, document_id)
    if doc is None:
        return
    doc.status, doc.error, doc.error_code = DocStatus.QUARANTINED, reason, code
    log.warning("quarantined (%s): %s", code, reason, extra={"document_id": document_id})
    record_event(
        session,
        actor="system:pipeline",
        action="quarantined",
        entity_type="document",
        entity_id=document_id,
        data={"reason": reason, "code": code},
    )


def on_give_up(session: Session, job: ClaimedJob, error: str) -> None:
    if job.document_id is not None and job.kind == EXTRACT_JOB:
        quarantine_document(
            session,
            job.document_id,
            f"processing failed after {job.attempts} attempts: {error}",
            "processing_failed",
        )


def save_extraction(session: Session, doc: Document, result: ExtractionResult) -> None:
    """Store what extraction found, each value with its provenance."""
    contract = result.to_contract()
    doc.extraction = contract
    doc.doc_type = result.doc_type
    doc.doc_type_confidence = result.doc_type_confidence
    doc.language = result.language
    doc.page_count = len(result.pages)
    doc.extracted_at = utcnow()
    doc.status = DocStatus.EXTRACTED
    doc.pages = [
        Page(number=p.number, text=p.text, source=p.source, width=p.width, height=p.height)
        for p in result.pages
    ]
    doc.fields = [
        ExtractedField(
            name=name,
            value=fv.value,
            confidence=fv.confidence,
            page=fv.page,
            bbox=list(fv.bbox) if fv.bbox else None,
            source=fv.source,
        )
        for name, fv in result.fields.items()
    ]
    doc.lines = [
        DocumentLine(
            position=i,
            sku=li.sku,
            description=li.description,
            quantity=_dec(li.quantity),
            unit=li.unit,
            unit_price=_dec(li.unit_price),
            line_total=_dec(li.line_total),
            tax_rate=_dec(li.tax_rate),
            confidence=li.confidence,
            page=li.page,
            bbox=list(li.bbox) if li.bbox else None,
            source=li.source,
        )
        for i, li in enumerate(result.lines, 1)
    ]
    fields = result.fields
    doc.document_number = fields["document_number"].value if "document_number" in fields else None
    doc.customer_name = fields["customer_name"].value if "customer_name" in fields else None
    doc.currency = fields["currency"].value if "currency" in fields else None
    doc.document_date = _date(fields["document_date"].value) if "document_date" in fields else None
    doc.total_gross = _dec(fields["total_gross"].value) if "total_gross" in fields else None


def handle_archive(job: ClaimedJob, settings: Settings) -> Apply:
    """Archive a decided document write-once: its data as JSON next to the original, every
    part locked until the document's retention date, and a manifest listing each part with
    its sha256. Run again after later events, it adds a manifest version only when something
    changed; nothing is overwritten."""
    from archive import manifest as mf
    from archive.retention import retain_until
    from models.db import session_scope

    assert job.document_id is not None
    # a business duplicate a clerk confirmed is archived as such (status duplicate)
    decided = (DocStatus.APPROVED, DocStatus.REJECTED, DocStatus.ARCHIVED, DocStatus.DUPLICATE)
    store = open_store(settings)
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in decided:
            return lambda _s: None
        until = retain_until(settings.archive, doc.doc_type, doc.document_date, doc.received_at)
        datas: dict[str, bytes] = {"extracted": _json_bytes(doc.extraction or {})}
        if doc.approved_data is not None:
            datas["approved"] = _json_bytes(doc.approved_data)
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
        # the last event this manifest covers: one recorded while it is being written is
        # caught by the next refresh (archive.refresh)
        through_seq = max((e["seq"] for e in content["events"]), default=0)
        manifests = mf.manifests_of(session, doc.id)
        previous = manifests[-1] if manifests else None
        unchanged = previous is not None and _json_bytes(
            json.loads(store.get(previous.key, previous.version_id))["content"]
        ) == _json_bytes(content)
        mobj = None
        if not unchanged:
            version = len(manifests) + 1
            mbytes = _json_bytes(mf.build(content, version, previous))
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
                    ArchiveObject(
                        document_id=doc.id,
                        kind=kind,
                        key=obj.key,
                        version_id=obj.version_id,
                        sha256=obj.sha256,
                        size=obj.size,
                        backend=obj.backend,
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
        record_event(
            session,
            actor="system:archive",
            action="archived",
            entity_type="document",
            entity_id=doc.id,
            data={
                "manifest": mobj.key,
                "sha256": mobj.sha256,
                "retain_until": until,
                "through_seq": through_seq,
            },
        )

    return apply


def on_decided(session: Session, document_id: int, settings: Settings) -> None:
    """After approval or rejection: archive, and whatever the stages in ``api/jobs`` add."""
    from api import jobs

    kinds = [ARCHIVE_JOB] + [k for m in jobs.modules() for k in getattr(m, "ON_DECIDED", ())]
    for kind in kinds:
        enqueue(
            session, kind, document_id=document_id, max_attempts=settings.ingest.job_max_attempts
        )


def handler_set() -> HandlerSet:
    from api import jobs

    handlers: dict[str, Handler] = {EXTRACT_JOB: handle_extract, ARCHIVE_JOB: handle_archive}
    for module in jobs.modules():
        handlers.update(getattr(module, "HANDLERS", {}))
    # every line logged while a job runs names its document and job (api/logs.py)
    handlers = {kind: job_logging(handler) for kind, handler in handlers.items()}
    return HandlerSet(handlers=handlers, on_give_up=on_give_up)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1, default=str).encode()


def _dec(value: str | None) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
