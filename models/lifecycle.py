"""French lifecycle statuses of invoices, sent and received (CDAR messages), one row each.

A sent status comes from a decision (an approval, a refusal, a dispute …) or a payment; a
received one from a platform's CDAR file taken in like any document. Each keeps where its
XML is archived, what its validation found, and, once delivered, when the webhook took it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class LifecycleStatus(Base):
    __tablename__ = "lifecycle_statuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"), index=True, comment="the invoice (None: not found yet)"
    )
    direction: Mapped[str] = mapped_column(String(10), comment="sent | received")
    state: Mapped[str] = mapped_column(
        String(12), comment="sent | invalid (not sent) | attached | waiting (no invoice yet)"
    )
    code: Mapped[str] = mapped_column(String(5), comment="MDT-105: 205 approved … 212 collected")
    label: Mapped[str] = mapped_column(String(60))
    reason_code: Mapped[str | None] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(Text)
    reason_source: Mapped[str | None] = mapped_column(
        String(20), comment="clerk | inferred | platform"
    )
    action_code: Mapped[str | None] = mapped_column(String(5))
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    invoice_number: Mapped[str | None] = mapped_column(String(100), index=True)
    invoice_date: Mapped[dt.date | None]
    seller_siren: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(
        String(10), comment="who set it: BY buyer, SE seller (sent: us)"
    )
    counterpart: Mapped[str | None] = mapped_column(
        String(300), comment="sent: who it is for; received: who set it"
    )
    message_id: Mapped[str | None] = mapped_column(String(200))
    trigger: Mapped[str] = mapped_column(
        String(120), unique=True, comment="what made it: event:<seq>, payment:…, received:…"
    )
    source_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"), comment="the CDAR received, or the payment advice"
    )
    archive_key: Mapped[str | None] = mapped_column(String(300))
    archive_sha256: Mapped[str | None] = mapped_column(String(64))
    outbox_file: Mapped[str | None] = mapped_column(String(300))
    findings: Mapped[list[Any]] = mapped_column(JSON, default=list, comment="validation")
    set_at: Mapped[dt.datetime] = mapped_column(comment="MDT-78: when the status was set")
    delivered_at: Mapped[dt.datetime | None] = mapped_column(comment="webhook accepted it")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
