"""The stored original of a document, as later stages read it back (extraction, batch
splitting, an e-order's answer, the review page)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.store import open_store
from models.archive import ArchiveObject
from models.settings import Settings


def original_bytes(session: Session, settings: Settings, document_id: int) -> bytes:
    obj = session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == document_id, ArchiveObject.kind == "original"
        )
    ).scalar_one()
    return open_store(settings).get(obj.key, obj.version_id)
