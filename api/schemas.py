"""Request and response bodies of the REST API (what OpenAPI at /docs shows).

Response schemas read the stored rows themselves (``from_attributes``): a route builds one
with ``model_validate(row)`` and adds only what the row does not carry. A default there only
stands in until the route adds the value: every field is in every answer, so OpenAPI lists
them all as required (``RESPONSE``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import Response
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from archive.search import SearchHit
from models.order_shape import Amount, OrderLineShape, OrderShape, OrderSummary, Quantity
from models.search import DocumentHeadline

RESPONSE = ConfigDict(from_attributes=True, json_schema_serialization_defaults_required=True)


class Out(BaseModel):
    """A response read from stored rows, every field in every answer (``RESPONSE``)."""

    model_config = RESPONSE


def download(media_type: str, what: str) -> dict[str, Any]:
    """The route arguments of a download: OpenAPI names the file's media type, not an
    empty JSON object (``@router.get(path, **download("application/pdf", "the PDF"))``)."""
    return {
        "response_class": Response,
        "responses": {200: {"description": what, "content": {media_type: {}}}},
    }


class DocumentSummary(Out, DocumentHeadline):
    sha256: str
    original_name: str
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
    """A page of a list: its items, and how many there are in all."""

    items: list[Any]
    total: int


class DocumentPage(Page):
    items: list[DocumentSummary]


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


class MailEnvelope(Out):
    """The message a document came in, so a clerk can answer the sender."""

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


class CustomerOut(Out):
    """A master-data customer as the REST API lists it."""

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


class CustomerPage(Page):
    items: list[CustomerOut]


class ProductCodeOut(Out):
    kind: str
    code: str


class PriceOut(Out):
    unit_price: Decimal
    currency: str
    valid_from: dt.date | None
    valid_to: dt.date | None


class ProductOut(Out):
    """A master-data product, with the codes it is known by and its price list."""

    sku: str
    description: str
    description_fr: str | None
    unit: str | None
    pack_size: Decimal | None
    pack_unit: str | None
    codes: list[ProductCodeOut]
    prices: list[PriceOut]


class ProductPage(Page):
    items: list[ProductOut]


class OrderPage(Page):
    items: list[OrderSummary]


# --- orders and links (``linking.views`` builds them; the routes validate them here) ---------

VIEW = ConfigDict(extra="forbid", populate_by_name=True)  # a key the view adds must be named here


class View(BaseModel):
    """A response validated from a view's dict: a key the view adds must be named here."""

    model_config = VIEW


class LineLinkOut(View):
    """How one document line counts against one order line."""

    document_line_id: int | None
    order_line_id: int | None
    kind: str = Field(description="confirmed | delivered | invoiced | credited")
    quantity: Quantity
    unit_price: Amount
    amount: Amount
    match: str | None


class OrderLinkOut(View):
    """The document is linked to this order (or is the purchase order it was made from:
    role ``purchase_order``, method ``source``)."""

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


class CandidateOut(View):
    """An order offered for the document while it waits in link review, ranked."""

    kind: Literal["candidate"]
    order_id: int
    order_number: str
    order_status: str
    rank: int
    score: float
    reasons: dict[str, Any] = Field(description="the score of each criterion")


class Settlement(View):
    """What a payment advice settled of one invoice, and why (a discount taken, a short
    payment written off): a payment advice's link and an order's payment both say it."""

    invoice_document_id: int | None
    invoice_number: str | None
    amount: Amount
    discount: Amount
    written_off: Amount
    reason: str | None


class PaymentLinkOut(Settlement):
    """The document (a payment advice) settled part of this invoice."""

    kind: Literal["payment"]


LinkOut = Annotated[OrderLinkOut | CandidateOut | PaymentLinkOut, Field(discriminator="kind")]
_LINKS = TypeAdapter(list[LinkOut])


def links_out(links: list[dict[str, Any]]) -> list[LinkOut]:
    """A document's links (``linking.views.document_links``), each validated by its kind."""
    return _LINKS.validate_python(links)


class LinkReviewItem(View):
    """A document waiting for a person to say which order it belongs to."""

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


class DiscrepancyOut(View):
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


class OrderLineView(View):
    """An order line with its three-way quantities."""

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


class DocumentLinkInfo(View):
    method: str
    score: float | None
    reference: str | None
    linked_by: str | None
    related_document_id: int | None
    created_at: dt.datetime


class OrderDocument(View):
    """A document of the order's timeline (the purchase order first, then in date order)."""

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


class InvoiceBalance(View):
    document_id: int
    number: str | None
    gross: Amount
    credited: Amount
    paid: Amount
    discount: Amount
    written_off: Amount
    open: Amount


class OrderPayment(Settlement):
    """What a payment advice settled of one of the order's invoices, and why."""

    payment_document_id: int | None
    payment_date: dt.date | None


class OrderTotals(View):
    ordered_net: Amount
    invoiced_net: Amount
    invoiced_gross: Amount
    paid: Amount
    discount: Amount
    written_off: Amount
    open_balance: Amount


class StatusChange(View):
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


# --- the surface's small answers ------------------------------------------------------------


class Health(BaseModel):
    status: Literal["ok"] = Field(description="the app answers and its database too")


class ClaimOut(Out):
    """Who holds the document's review task now, and until when (an idle claim lapses)."""

    document_id: int
    claimed_by: str | None = Field(description="none when the caller does not hold it")
    until: dt.datetime | None = None


class HoldOut(BaseModel):
    document_id: int
    legal_hold: bool
    objects: int = Field(description="the archived objects of the document now (not) on hold")


class QueueCount(View):
    queue: str
    count: int
    overdue: int


class QueueCounts(BaseModel):
    """Open work per queue, with how much of it is overdue."""

    queues: list[QueueCount]


class QueueItem(View):
    """A document waiting in a review queue."""

    document_id: int
    document_number: str | None
    customer_name: str | None
    total_gross: Decimal | None
    currency: str | None
    queue: str
    reason: str | None
    created_at: dt.datetime
    due_at: dt.datetime | None
    overdue: bool
    claimed_by: str | None


class QueuePage(Page):
    items: list[QueueItem]


class SearchPage(Page):
    items: list[SearchHit] = Field(
        description="``snippet`` is HTML: text escaped, matches in <mark>"
    )
    facets: dict[str, dict[str, int]] = Field(description="facet -> value -> documents")


class MasterDataImported(View):
    """What a master-data import changed, and how many waiting documents were checked again
    (``approved``: of those, how many went on by themselves)."""

    customers_added: int
    customers_updated: int
    products_added: int
    products_updated: int
    prices: int
    notes: list[str]
    rechecked: int
    approved: int


# --- the archive's view of a document (``archive.records.archive_view``) ----------------------


class ArchivedDocumentData(View):
    """A document's data for an auditor: its header, fields with provenance, lines, what was
    extracted and approved, and the order it became."""

    id: int
    doc_type: str | None
    status: str
    channel: str
    sha256: str
    document_number: str | None
    document_date: dt.date | None
    customer_name: str | None
    currency: str | None
    total_gross: Decimal | None
    received_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str | None
    archived_at: dt.datetime | None
    fields: dict[str, FieldOut]
    lines: list[OrderLineShape]
    order: OrderShape | None
    extraction: dict[str, Any] | None
    approved_data: dict[str, Any] | None


class ArchivedObjectOut(View):
    """One archived object with its retention and legal hold."""

    kind: str
    key: str
    version_id: str | None
    sha256: str
    size: int
    retain_until: dt.datetime | None
    legal_hold: bool
    stored_at: dt.datetime


class LinkedDocument(View):
    id: int
    doc_type: str | None
    document_number: str | None
    status: str


class ChainedEvent(EventOut):
    """An audit event with its hash in the chain."""

    model_config = VIEW

    hash: str


class ArchiveView(View):
    """A document as an auditor sees it; the view itself joins its audit history."""

    document: ArchivedDocumentData
    original_url: str
    archive: list[ArchivedObjectOut]
    linked: list[LinkedDocument]
    history: list[ChainedEvent]
