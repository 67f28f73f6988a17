"""Quarantine cases: why a document was put aside and what the operator did about it.

The document row keeps status ``quarantined`` (nothing is ever deleted); this table keeps
the case open until an operator retries it (it goes through intake again) or releases it
(accepts that it will not be processed), each an audit event.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class QuarantineCase(Base):
    __tablename__ = "ingest_quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    state: Mapped[str] = mapped_column(
        String(10), default="open", index=True, comment="open | retried | released"
    )
    code: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text)
    file: Mapped[str | None] = mapped_column(
        String(300), comment="name of the file in the quarantine folder"
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    retried_as_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"), comment="the document the retry produced"
    )
