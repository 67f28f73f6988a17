"""What the quarantine screen reads about one case: the case and its document, the file it
holds (the quarantined copy, or the archived original of a document that failed after
archiving), its audited download, and whether that file may be shown as a page."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.quarantine_cases import quarantine_path
from ingest.sniff import NotADocument, sniff
from models.archive import original_of
from models.audit import record_event
from models.documents import Document
from models.ingest_quarantine import QuarantineCase
from models.settings import Settings
from models.storage import ObjectStore

PREVIEW_TYPES = ("application/pdf", "image/")


def case_of(session: Session, document_id: int) -> tuple[QuarantineCase, Document] | None:
    """The document's quarantine case and the document (None: it has no case)."""
    row = session.execute(
        select(QuarantineCase, Document)
        .join(Document, Document.id == QuarantineCase.document_id)
        .where(QuarantineCase.document_id == document_id)
    ).first()
    return (row[0], row[1]) if row is not None else None


def file_bytes(
    session: Session, settings: Settings, store: ObjectStore, case: QuarantineCase
) -> bytes | None:
    """The quarantined copy, or the archived original of a document that failed later."""
    if case.file:
        path = quarantine_path(settings, case.file)
        if path is not None and path.is_file():
            return path.read_bytes()
    obj = original_of(session, case.document_id)
    if obj is not None:
        return store.get(obj.key, obj.version_id)
    return None


def download(
    session: Session,
    settings: Settings,
    store: ObjectStore,
    case: QuarantineCase,
    *,
    actor: str,
) -> bytes | None:
    """The case's file for a person to look at or fix (None: it is gone); each download is
    an audit event, as every download of an archived part is."""
    data = file_bytes(session, settings, store, case)
    if data is not None:
        record_event(
            session,
            actor=actor,
            action="downloaded",
            entity_type="document",
            entity_id=case.document_id,
            data={"kind": "quarantined"},
        )
    return data


def why_no_preview(settings: Settings, data: bytes | None) -> str | None:
    """Why there is no preview, or None when one can be tried."""
    if data is None:
        return "the file is no longer here"
    if len(data) > settings.ingest.max_file_mb * 1024 * 1024:
        return "the file is over the size limit"
    try:
        kind = sniff(data[:4096], len(data))
    except NotADocument as exc:
        return str(exc)
    return None if kind.startswith(PREVIEW_TYPES) else f"a {kind} file has no page to show"
