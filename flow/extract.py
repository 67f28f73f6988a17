"""The ``extract`` job: extraction (a library that knows no database) reads the stored
original, approvals receives the result into rows and routes the document; a received
lifecycle status (a platform's CDAR) is filed with its invoice instead of reviewed.

Two-phase (see ``jobs.worker``): the slow reading runs outside any transaction, and
``apply`` stores it in the transaction that completes the job.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from approvals.receive import save_extraction
from archive.originals import original_bytes
from extraction.errors import ExtractionError
from extraction.pipeline import extract
from flow import decisions
from ingest.quarantine import quarantine_file
from ingest.quarantine_cases import quarantine_document
from jobs.queue import ClaimedJob
from jobs.worker import Apply
from learning import store as learning_store
from models.audit import document_event
from models.documents import Document
from models.enums import DocStatus
from models.settings import Settings
from outbound.invoice_statuses import take_received as take_received_status


def handle_extract(job: ClaimedJob, settings: Settings) -> Apply:
    from models.db import session_scope

    assert job.document_id is not None
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status not in (DocStatus.RECEIVED, DocStatus.PROCESSING):
            return lambda _s: None  # already done by an earlier run: idempotent
        data = original_bytes(session, settings, doc.id)
        name = doc.original_name
        learned = learning_store.learned(session)  # sender profiles taught by clerks
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
        document_event(
            session,
            doc.id,
            actor="system:extraction",
            action="extracted",
            data={
                "doc_type": result.doc_type,
                "pages": len(result.pages),
                "fields": len(result.fields),
                "lines": len(result.lines),
            },
        )
        if take_received_status(session, doc, result, settings):  # a platform's status: filed
            return
        decisions.route(session, doc, settings)  # to a review queue, or decided touchless

    return apply


def _quarantine_apply(document_id: int, reason: str, code: str) -> Apply:
    def apply(session: Session) -> None:
        quarantine_document(session, document_id, reason, code)

    return apply
