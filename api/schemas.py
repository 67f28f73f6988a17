"""Request and response bodies of the REST API (what OpenAPI at /docs shows)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from models.order_shape import OrderLineShape


class DocumentSummary(BaseModel):
    id: int
    status: str
    doc_type: str | None
    sha256: str
    original_name: str
    channel: str
    document_number: str | None
    document_date: dt.date | None
    customer_name: str | None
    total_gross: Decimal | None
    currency: str | None
    queue: str | None = None
    duplicate_of: int | None = None
    error: str | None = None
    received_at: dt.datetime
    archived: bool = False


class Page(BaseModel):
    items: list[Any]
    total: int


class FieldOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    value: str | None
    confidence: float
    page: int | None
    bbox: list[float] | None
    source: str
    machine_value: str | None = None
    corrected_by: str | None = None


class LineOut(OrderLineShape):
    """A document's line: the order line shape, and where it was read and how surely."""

    confidence: float
    page: int | None
    bbox: list[float] | None
    source: str


class CheckOut(BaseModel):
    rule: str
    outcome: str
    message: str
    field: str | None


class MailEnvelope(BaseModel):
    """The message a document came in, so a clerk can answer the sender."""

    message_id: str | None
    sender: str | None
    recipients: str | None
    subject: str | None
    sent_at: dt.datetime | None
    part: str = Field(description="attachment | body | nested, and where: e.g. attachment 2/1")


class TotalOut(BaseModel):
    """A total as the document printed it (the machine's reading) and as it is now."""

    name: str = Field(description="total_net | total_tax | total_gross | lines_sum")
    printed: Decimal | None
    current: Decimal | None
    difference: Decimal | None = Field(description="current - printed")


class DocumentDetail(DocumentSummary):
    mail: MailEnvelope | None = None
    language: str | None
    doc_type_confidence: float | None
    page_count: int | None
    pages: list[dict[str, Any]]
    fields: dict[str, FieldOut]
    lines: list[LineOut]
    checks: list[CheckOut]
    totals: list[TotalOut] = Field(default_factory=list)
    links: list[dict[str, Any]] = Field(default_factory=list)
    archive: list[dict[str, Any]]
    history: list[dict[str, Any]]
    decided_by: str | None
    decision_reason: str | None


class Corrections(BaseModel):
    fields: dict[str, str | None] = Field(default_factory=dict)
    lines: list[dict[str, Any]] | None = None


class Decision(BaseModel):
    reason: str | None = None
    override: bool = Field(
        default=False,
        description="Approve an order whose totals do not add up (approvers only; needs a "
        "reason, and no confirmation is sent from it).",
    )


class ClaimRequest(BaseModel):
    take_over: bool = Field(
        default=False, description="An approver takes the claim from whoever holds it."
    )


class DuplicateDecision(BaseModel):
    duplicate: bool = Field(description="true: the same document again; false: only alike.")
    reason: str | None = None


class UploadResult(BaseModel):
    id: int
    outcome: str
    reason: str | None = None
