"""Archived documents for the archive tests, made the way the pipeline makes them: the
original stored at intake, then the archive job run on the decided document."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from decimal import Decimal

from sqlalchemy import select

from archive.job import handle_archive
from archive.store import open_store
from jobs.queue import ClaimedJob
from models.archive import ArchiveObject
from models.audit import record_event
from models.db import session_scope
from models.documents import Document, ExtractedField, Page
from models.enums import DocStatus
from models.settings import Settings
from models.storage import original_key


def make_archived(
    settings: Settings,
    *,
    text: str = "Bon de commande n° PO-2026-0042\nLivraison à l'entrepôt de Montréal",
    doc_type: str = "purchase_order",
    number: str = "PO-2026-0042",
    customer: str = "Société Générale d'Équipement",
    total: str = "1234.56",
    date: dt.date = dt.date(2026, 3, 14),
    channel: str = "folder",
    order_number: str | None = None,
) -> int:
    store = open_store(settings)
    original = f"%PDF-1.4 fake original of {number}\n".encode()
    digest = hashlib.sha256(original).hexdigest()
    obj = store.put(original_key(digest), original)
    with session_scope(settings.db_url) as session:
        doc = Document(
            sha256=digest,
            original_name=f"{number}.pdf",
            channel=channel,
            size=len(original),
            media_type="application/pdf",
            status=DocStatus.APPROVED,
            doc_type=doc_type,
            language="fr",
            page_count=1,
            document_number=number,
            document_date=date,
            customer_name=customer,
            currency="EUR",
            total_gross=Decimal(total),
            extraction={"doc_type": doc_type, "fields": {"document_number": {"value": number}}},
            approved_data={"document_number": number, "total_gross": total},
            decided_by="alice",
            decided_at=dt.datetime.now(dt.UTC),
        )
        doc.pages = [Page(number=1, text=text, source="text")]
        fields = [ExtractedField(name="document_number", value=number, source="text")]
        if order_number:
            fields.append(ExtractedField(name="order_number", value=order_number, source="text"))
        doc.fields = fields
        session.add(doc)
        session.flush()
        session.add(
            ArchiveObject(
                document_id=doc.id,
                kind="original",
                key=obj.key,
                version_id=obj.version_id,
                sha256=obj.sha256,
                size=obj.size,
                backend=obj.backend,
            )
        )
        record_event(
            session,
            actor="system:ingest",
            action="ingested",
            entity_type="document",
            entity_id=doc.id,
            data={"sha256": digest},
        )
        record_event(
            session, actor="alice", action="approved", entity_type="document", entity_id=doc.id
        )
        doc_id = doc.id
    archive_now(settings, doc_id)
    return doc_id


def archive_now(settings: Settings, document_id: int) -> None:
    job = ClaimedJob(1, "archive", document_id, {}, 1, 5, "test")
    apply = handle_archive(job, settings)
    with session_scope(settings.db_url) as session:
        apply(session)


def archived_key(settings: Settings, document_id: int, kind: str) -> str:
    """The store key of a document's archived part of ``kind``."""
    with session_scope(settings.db_url) as session:
        key: str = session.execute(
            select(ArchiveObject.key).where(
                ArchiveObject.document_id == document_id, ArchiveObject.kind == kind
            )
        ).scalar_one()
    return key


def alter_approved(settings: Settings, document_id: int) -> str:
    """Change the gross total inside the local archive's approved record, as someone with
    write access to the folder could; returns its key."""
    key = archived_key(settings, document_id, "approved")
    path = open_store(settings).path_of(key)  # type: ignore[attr-defined]
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    path.write_bytes(path.read_bytes().replace(b"1234.56", b"1284.56"))
    return key
