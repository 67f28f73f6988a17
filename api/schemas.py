"""Request and response bodies of the REST API (what OpenAPI at /docs shows).

Response schemas read the stored rows themselves (``from_attributes``): a route builds one
with ``model_validate(row)`` and adds only what the row does not carry. A default there only
stands in until the route adds the value: every field is in every answer, so OpenAPI lists
them all as required (``RESPONSE``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from models.order_shape import Amount, OrderLineShape, OrderSummary, Quantity

RESPONSE = ConfigDict(from_attributes=True, json_schema_serialization_defaults_required=True)


class DocumentSummary(BaseModel):
    model_config = RESPONSE

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
    queue: str | None = None  # the open review task's, which the document row does not hold
    duplicate_of: int | None = Field(
        None, validation_alias=AliasChoices("duplicate_of", "duplicate_of_id")
    )
    error: str | None = None
    received_at: dt.datetime
    archived: bool = Field(False, validation_alias=AliasChoices("archived", "archived_at"))

    @field_validator("archived", mode="before")
    @classmethod
    def _archived(cls, value: object) -> bool:
        """A document row says when it was archived; the API says whether."""
        return value not in (None, False)


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


class PageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    source: str
    width: float
    height: float


class CheckOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    rule: str
    outcome: str
    message: str
    field: str | None


class ArchivedPart(BaseModel):
    """One object of the document in the archive (original, confirmation, bundle …)."""

    model_config = ConfigDict(from_attributes=True)

    kind: str
    key: str
    sha256: str
    size: int
    version_id: str | None


class EventOut(BaseModel):
    """One entry of the document's audit history."""

    model_config = ConfigDict(from_attributes=True)

    seq: int
    at: str = Field(validation_alias=AliasChoices("at", "occurred_at"))
    actor: str
    action: str
    data: dict[str, Any]

    @field_validator("at", mode="before")
    @classmethod
    def _iso(cls, value: object) -> object:
        return value.isoformat() if isinstance(value, dt.datetime) else value


class MailEnvelope(BaseModel):
    """The message a document came in, so a clerk can answer the sender."""

    model_config = RESPONSE

    message_id: str | None
    sender: str | None
    recipients: str | None
    subject: str | None
    sent_at: dt.datetime | None
    part: str = Field(
        "",  # the mail part's, added to the message row's
        description="attachment | body | nested, and where: e.g. attachment 2/1",
    )


class TotalOut(BaseModel):
    """A total as the document printed it (the machine's reading) and as it is now."""

    name: str = Field(description="total_net | total_tax | total_gross | lines_sum")
    printed: Decimal | None
    current: Decimal | None
    difference: Decimal | None = Field(description="current - printed")


class DocumentDetail(DocumentSummary):
    """A document row with its pages, fields and lines; what other stages know of it
    (checks, totals, links, archive, history, mail) is added by the route."""

    mail: MailEnvelope | None = None
    language: str | None
    doc_type_confidence: float | None
    page_count: int | None
    pages: list[PageOut]
    fields: dict[str, FieldOut]
    lines: list[LineOut]
    checks: list[CheckOut] = Field(default_factory=list)
    totals: list[TotalOut] = Field(default_factory=list)
    links: list[LinkOut] = Field(default_factory=list)
    archive: list[ArchivedPart] = Field(default_factory=list)
    history: list[EventOut] = Field(default_factory=list)
    decided_by: str | None
    decision_reason: str | None

    @field_validator("fields", mode="before")
    @classmethod
    def _by_name(cls, value: object) -> object:
        """A row's fields are a list; the API keys them by name."""
        if isinstance(value, list | tuple):
            return {f.name: f for f in value}
        return value


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


class CustomerOut(BaseModel):
    """A master-data customer as the REST API lists it."""

    model_config = RESPONSE

    number: str
    name: str
    aliases: list[str]
    vat_id: str | None
    iban: str | None
    billing_address: str | None
    delivery_address: str | None
    email: str | None
    credit_limit: Decimal | None
    currency: str | None
    language: str | None
    active: bool

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_texts(cls, value: object) -> object:
        """A customer row holds alias rows; the API lists their text."""
        if isinstance(value, list | tuple):
            return [getattr(a, "alias", a) for a in value]
        return value


class ProductCodeOut(BaseModel):
    model_config = RESPONSE

    kind: str
    code: str


class PriceOut(BaseModel):
    model_config = RESPONSE

    unit_price: Decimal
    currency: str
    valid_from: dt.date | None
    valid_to: dt.date | None


class ProductOut(BaseModel):
    """A master-data product, with the codes it is known by and its price list."""

    model_config = RESPONSE

    sku: str
    description: str
    description_fr: str | None
    unit: str | None
    pack_size: Decimal | None
    pack_unit: str | None
    codes: list[ProductCodeOut]
    prices: list[PriceOut]


# --- orders and links (``linking.views`` builds them; the routes validate them here) ---------

VIEW = ConfigDict(extra="forbid", populate_by_name=True)  # a key the view adds must be named here


class LineLinkOut(BaseModel):
    """How one document line counts against one order line."""

    model_config = VIEW

    document_line_id: int | None
    order_line_id: int | None
    kind: str = Field(description="confirmed | delivered | invoiced | credited")
    quantity: Quantity
    unit_price: Amount
    amount: Amount
    match: str | None


class OrderLinkOut(BaseModel):
    """The document is linked to this order (or is the purchase order it was made from:
    role ``purchase_order``, method ``source``)."""

    model_config = VIEW

    kind: Literal["order"]
    order_id: int
    order_number: str
    order_status: str
    role: str
    method: str
    score: float | None
    reference: str | None
    related_document_id: int | None
    lines: list[LineLinkOut]


class CandidateOut(BaseModel):
    """An order offered for the document while it waits in link review, ranked."""

    model_config = VIEW

    kind: Literal["candidate"]
    order_id: int
    order_number: str
    order_status: str
    rank: int
    score: float
    reasons: dict[str, Any] = Field(description="the score of each criterion")


class PaymentLinkOut(BaseModel):
    """The document (a payment advice) settled part of this invoice."""

    model_config = VIEW

    kind: Literal["payment"]
    invoice_document_id: int | None
    invoice_number: str | None
    amount: Amount
    discount: Amount
    written_off: Amount
    reason: str | None


LinkOut = Annotated[OrderLinkOut | CandidateOut | PaymentLinkOut, Field(discriminator="kind")]
_LINKS = TypeAdapter(list[LinkOut])


def links_out(links: list[dict[str, Any]]) -> list[LinkOut]:
    """A document's links (``linking.views.document_links``), each validated by its kind."""
    return _LINKS.validate_python(links)


class LinkReviewItem(BaseModel):
    """A document waiting for a person to say which order it belongs to."""

    model_config = VIEW

    task_id: int
    document_id: int
    doc_type: str | None
    document_number: str | None
    customer_name: str | None
    total_gross: Decimal | None
    currency: str | None
    reason: str | None
    created_at: dt.datetime
    candidates: list[CandidateOut]


class LinkReviewPage(Page):
    items: list[LinkReviewItem]


class DiscrepancyOut(BaseModel):
    model_config = VIEW

    id: int
    kind: str
    label: str
    message: str
    document_id: int | None
    order_id: int | None
    order_line_id: int | None
    invoice_document_id: int | None
    expected: Quantity
    actual: Quantity
    status: str
    resolution: str | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    note: str | None
    created_at: dt.datetime


class DiscrepancyPage(Page):
    items: list[DiscrepancyOut]


class OrderLineView(BaseModel):
    """An order line with its three-way quantities."""

    model_config = VIEW

    id: int
    position: int
    sku: str | None
    description: str | None
    unit: str | None
    unit_price: Amount
    line_total: Amount
    tax_rate: Quantity
    quantity: Quantity
    ordered: Quantity
    confirmed: Quantity
    delivered: Quantity
    invoiced: Quantity = Field(description="net of credit notes")
    credited: Quantity
    backorder: Quantity


class DocumentLinkInfo(BaseModel):
    model_config = VIEW

    method: str
    score: float | None
    reference: str | None
    linked_by: str | None
    related_document_id: int | None
    created_at: dt.datetime


class OrderDocument(BaseModel):
    """A document of the order's timeline (the purchase order first, then in date order)."""

    model_config = VIEW

    document_id: int
    doc_type: str | None
    document_number: str | None
    document_date: dt.date | None
    status: str
    total_net: Amount
    total_gross: Amount
    currency: str | None
    link: DocumentLinkInfo | None = Field(description="none for the purchase order")
    discrepancies: list[DiscrepancyOut]


class InvoiceBalance(BaseModel):
    model_config = VIEW

    document_id: int
    number: str | None
    gross: Amount
    credited: Amount
    paid: Amount
    discount: Amount
    written_off: Amount
    open: Amount


class OrderPayment(BaseModel):
    """What a payment advice settled of one of the order's invoices, and why."""

    model_config = VIEW

    payment_document_id: int | None
    invoice_document_id: int | None
    invoice_number: str | None
    amount: Amount
    discount: Amount
    written_off: Amount
    reason: str | None
    payment_date: dt.date | None


class OrderTotals(BaseModel):
    model_config = VIEW

    ordered_net: Amount
    invoiced_net: Amount
    invoiced_gross: Amount
    paid: Amount
    discount: Amount
    written_off: Amount
    open_balance: Amount


class StatusChange(BaseModel):
    model_config = VIEW

    at: dt.datetime
    actor: str
    from_: str | None = Field(alias="from")
    to: str | None
    document_id: int | None = Field(description="the document that moved it, if one did")


class OrderDetail(OrderSummary):
    """One order: its header, lines with the three-way quantities, every document in date
    order with its discrepancies, payments, balances and status history."""

    model_config = VIEW

    lines: list[OrderLineView]
    documents: list[OrderDocument]
    invoices: list[InvoiceBalance]
    payments: list[OrderPayment]
    discrepancies: list[DiscrepancyOut]
    open_discrepancies: int
    totals: OrderTotals
    history: list[StatusChange]
