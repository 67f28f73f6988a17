"""The stored original of a document, as later stages read it back (extraction, batch
splitting, an e-order's answer, the review page)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from archive.store import open_store
from models.archive import read_original
from models.settings import Settings


def original_bytes(session: Session, settings: Settings, document_id: int) -> bytes:
    return read_original(session, lambda: open_store(settings), document_id)
