"""Where each archived part of a document lives; the bytes themselves are in archive/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import ForeignKey, Index, String, false, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, utcnow
from models.storage import ObjectStore


class StoredLike(Protocol):
    """What an archive store returns for an object it wrote (archive.store's result)."""

    @property
    def key(self) -> str: ...
    @property
    def version_id(self) -> str | None: ...
    @property
    def sha256(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def backend(self) -> str: ...


class ArchiveObject(Base):
    __tablename__ = "archive_objects"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), comment="original | extracted | approved | ...")
    key: Mapped[str] = mapped_column(String(300))
    version_id: Mapped[str | None] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    backend: Mapped[str] = mapped_column(String(10), comment="file | s3")
    retain_until: Mapped[dt.datetime | None]
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    legal_hold: Mapped[bool] = mapped_column(
        default=False, server_default=false(), comment="held beyond retention (litigation, audit)"
    )

    __table_args__ = (Index("ix_archive_objects_key_version", "key", "version_id"),)

    @classmethod
    def of(
        cls,
        stored: StoredLike,
        *,
        document_id: int | None,
        kind: str,
        retain_until: dt.datetime | None,
    ) -> ArchiveObject:
        """The row listing an object the store wrote, with the retention it was locked for."""
        return cls(
            document_id=document_id,
            kind=kind,
            key=stored.key,
            version_id=stored.version_id,
            sha256=stored.sha256,
            size=stored.size,
            backend=stored.backend,
            retain_until=retain_until,
        )


def read_original(session: Session, store: Callable[[], ObjectStore], document_id: int) -> bytes:
    """The bytes of a document's archived original, from the store ``store()`` opens
    (``sqlalchemy.exc.NoResultFound`` while it is not archived)."""
    obj = session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == document_id, ArchiveObject.kind == "original"
        )
    ).scalar_one()
    return store().get(obj.key, obj.version_id)


def original_of(session: Session, document_id: int) -> ArchiveObject | None:
    """The archived original of a document (None before it is archived)."""
    return session.execute(
        select(ArchiveObject).where(
            ArchiveObject.document_id == document_id, ArchiveObject.kind == "original"
        )
    ).scalar()
