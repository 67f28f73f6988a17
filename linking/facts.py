"""What a document says, as typed values (Decimal money, dates), read from its current fields.

Fields are read from the document as approved (a clerk's corrections included); references
(the invoices a payment advice pays) come from the extraction, which is where the contract
puts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from models.documents import Document, DocumentLine

FOLLOW_UPS = ("order_confirmation", "delivery_note", "invoice", "credit_note")
LINE_KIND = {
    "order_confirmation": "confirmed",
    "delivery_note": "delivered",
    "invoice": "invoiced",
    "credit_note": "credited",
}


def to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except InvalidOperation:
        return None


def to_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Reference:
    doc_type: str
    number: str
    amount: Decimal | None
    discount: Decimal | None = None
    reason: str | None = None


@dataclass
class DocFacts:
    id: int
    doc_type: str
    number: str | None
    date: dt.date | None
    order_ref: str | None
    customer_name: str | None
    customer_number: str | None
    currency: str | None
    total_net: Decimal | None
    total_gross: Decimal | None
    payment_terms: str | None
    payment_date: dt.date | None
    lines: list[DocumentLine] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    @property
    def amount(self) -> Decimal | None:
        """The amount compared with an order: net when known (orders are priced net)."""
        return self.total_net if self.total_net is not None else self.total_gross


def read(doc: Document) -> DocFacts:
    values = {f.name: f.value for f in doc.fields}
    refs = _references(doc)
    order_ref = values.get("order_number") or next(
        (r.number for r in refs if r.doc_type == "purchase_order"), None
    )
    return DocFacts(
        id=doc.id,
        doc_type=doc.doc_type or "other",
        number=values.get("document_number") or doc.document_number,
        date=to_date(values.get("document_date")) or doc.document_date,
        order_ref=order_ref,
        customer_name=values.get("customer_name") or doc.customer_name,
        customer_number=values.get("customer_number"),
        currency=values.get("currency") or doc.currency,
        total_net=to_decimal(values.get("total_net")),
        total_gross=to_decimal(values.get("total_gross")) or doc.total_gross,
        payment_terms=values.get("payment_terms"),
        payment_date=to_date(values.get("payment_date")),
        lines=list(doc.lines),
        references=refs,
    )


def _references(doc: Document) -> list[Reference]:
    raw = (doc.approved_data or {}).get("references")
    if raw is None:
        raw = (doc.extraction or {}).get("references") or []
    out = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("number"):
            continue
        out.append(
            Reference(
                doc_type=str(item.get("doc_type") or "invoice"),
                number=str(item["number"]),
                amount=to_decimal(item.get("amount")),
                discount=to_decimal(item.get("discount")),
                reason=item.get("reason") or None,
            )
        )
    return out
