"""Documents as received, their pages and what extraction and people said about them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, LineColumns, OwnedByDocument, utcnow
from models.enums import DocStatus


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(512))
    channel: Mapped[str] = mapped_column(String(40), default="folder")
    source: Mapped[str | None] = mapped_column(String(1024), comment="inbox path, mailbox, ...")
    size: Mapped[int] = mapped_column(Integer, default=0)
    media_type: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default=DocStatus.RECEIVED, index=True)
    error: Mapped[str | None] = mapped_column(Text, comment="why it is quarantined or failed")
    error_code: Mapped[str | None] = mapped_column(String(60))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"), comment="batch or mail message it came in"
    )
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    doc_type: Mapped[str | None] = mapped_column(String(30), index=True)
    doc_type_confidence: Mapped[float | None]
    language: Mapped[str | None] = mapped_column(String(5))
    page_count: Mapped[int | None]
    document_number: Mapped[str | None] = mapped_column(String(100), index=True)
    document_date: Mapped[dt.date | None]
    customer_name: Mapped[str | None] = mapped_column(String(300))
    currency: Mapped[str | None] = mapped_column(String(3))
    total_gross: Mapped[Decimal | None]
    extraction: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, comment="the extract contract as the machine produced it"
    )
    approved_data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decision_reason: Mapped[str | None] = mapped_column(Text)

    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    extracted_at: Mapped[dt.datetime | None]
    decided_at: Mapped[dt.datetime | None]
    archived_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )
    fields: Mapped[list[ExtractedField]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ExtractedField.id"
    )
    lines: Mapped[list[DocumentLine]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentLine.position"
    )

    def field(self, name: str) -> ExtractedField | None:
        return next((f for f in self.fields if f.name == name), None)


class Page(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), comment="text | ocr")
    width: Mapped[float] = mapped_column(default=0.0)
    height: Mapped[float] = mapped_column(default=0.0)

    document: Mapped[Document] = relationship(back_populates="pages")
    __table_args__ = (Index("ix_pages_document_number", "document_id", "number", unique=True),)


class ExtractedField(Base):
    """One header value with its provenance; a correction keeps the machine's value beside it."""

    __tablename__ = "extracted_fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    value: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(default=0.0)
    page: Mapped[int | None]
    bbox: Mapped[list[Any] | None] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(12), comment="text | ocr | xml | masterdata | human")
    machine_value: Mapped[str | None] = mapped_column(Text)
    corrected_by: Mapped[str | None] = mapped_column(String(100))
    corrected_at: Mapped[dt.datetime | None]

    document: Mapped[Document] = relationship(back_populates="fields")
    __table_args__ = (Index("ix_extracted_fields_doc_name", "document_id", "name", unique=True),)


class DocumentLine(LineColumns, Base):
    __tablename__ = "document_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    confidence: Mapped[float] = mapped_column(default=0.0)
    page: Mapped[int | None]
    bbox: Mapped[list[Any] | None] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(12), default="text")
    corrected_by: Mapped[str | None] = mapped_column(String(100))

    document: Mapped[Document] = relationship(back_populates="lines")


class Check(Base):
    """A rule's verdict on a document, in a sentence a clerk understands."""

    __tablename__ = "checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[OwnedByDocument]
    rule: Mapped[str] = mapped_column(String(60))
    outcome: Mapped[str] = mapped_column(String(10), comment="pass | warn | fail")
    message: Mapped[str] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
