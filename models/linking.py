"""How follow-up documents hang on their orders (see ``linking/``).

A ``DocumentLink`` says "this confirmation / delivery note / invoice / credit note / payment
advice belongs to that order", with how it was found; its ``LineLink`` rows carry the
quantities and prices each document line adds to an order line (the three-way match is
sums over them). ``PaymentAllocation`` spreads a payment advice over the invoices it names.
``Discrepancy`` rows are the disagreements a clerk must look at; ``LinkCandidate`` rows are
the ranked orders offered when the machine would have had to guess.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, OwnedByDocument, utcnow


class DocumentLink(Base):
    __tablename__ = "document_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[OwnedByDocument]
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30), comment="the document's type, as linked")
    related_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"),
        comment="the invoice a credit note corrects or a payment pays",
    )
    method: Mapped[str] = mapped_column(
        String(20), comment="order_number | scored | via_invoice | manual"
    )
    score: Mapped[float | None]
    reference: Mapped[str | None] = mapped_column(String(100), comment="order number as printed")
    linked_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[LineLink]] = relationship(
        back_populates="link", cascade="all, delete-orphan", order_by="LineLink.id"
    )

    __table_args__ = (Index("ix_document_links_doc_order", "document_id", "order_id", unique=True),)


class LineLink(Base):
    """One document line counted against one order line."""

    __tablename__ = "line_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(
        ForeignKey("document_links.id", ondelete="CASCADE"), index=True
    )
    document_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_lines.id", ondelete="SET NULL")
    )
    order_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_lines.id", ondelete="CASCADE"), index=True, comment="None: not ordered"
    )
    kind: Mapped[str] = mapped_column(String(12), comment="confirmed|delivered|invoiced|credited")
    quantity: Mapped[Decimal | None]
    unit_price: Mapped[Decimal | None]
    amount: Mapped[Decimal | None]
    match: Mapped[str] = mapped_column(String(12), comment="sku | description | position | none")

    link: Mapped[DocumentLink] = relationship(back_populates="lines")


class PaymentAllocation(Base):
    """Money of one payment advice put against one invoice it names."""

    __tablename__ = "payment_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_document_id: Mapped[OwnedByDocument]
    invoice_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(100), comment="as printed on the advice")
    amount: Mapped[Decimal] = mapped_column(comment="paid")
    discount: Mapped[Decimal] = mapped_column(default=Decimal(0), comment="early-payment discount")
    written_off: Mapped[Decimal] = mapped_column(
        default=Decimal(0), comment="short payment accepted by a person"
    )
    reason: Mapped[str | None] = mapped_column(Text, comment="why short, when known")
    payment_date: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Discrepancy(Base):
    """A disagreement between an order and its documents, in a sentence a clerk understands."""

    __tablename__ = "discrepancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[OwnedByDocument]
    order_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_lines.id", ondelete="SET NULL")
    )
    invoice_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True, comment="for payment ones"
    )
    subject: Mapped[str] = mapped_column(
        String(120), default="", comment="what it is about: a line, an invoice number"
    )
    kind: Mapped[str] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text)
    expected: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    status: Mapped[str] = mapped_column(String(10), default="open", comment="open | resolved")
    resolution: Mapped[str | None] = mapped_column(
        String(20), comment="accepted | written_off | cleared (no longer holds)"
    )
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    review_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_tasks.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_discrepancies_status_kind", "status", "kind"),)


class LinkCandidate(Base):
    """An order offered for a document the machine would not link alone, best first."""

    __tablename__ = "link_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[OwnedByDocument]
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    rank: Mapped[int]
    score: Mapped[float]
    reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    review_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_tasks.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
