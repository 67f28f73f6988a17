"""What a document says, as typed values (Decimal money, dates), read from its current fields.

Fields are read from the document as approved (a clerk's corrections included); references
(the invoices a payment advice pays) come from the extraction, which is where the contract
puts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models.documents import Document, DocumentLine
from models.parsing import date_or_none, decimal_or_none

FOLLOW_UPS = ("order_confirmation", "delivery_note", "invoice", "credit_note")
LINE_KIND = {
    "order_confirmation": "confirmed",
    "delivery_note": "delivered",
    "invoice": "invoiced",
    "credit_note": "credited",
}


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
        date=date_or_none(values.get("document_date")) or doc.document_date,
        order_ref=order_ref,
        customer_name=values.get("customer_name") or doc.customer_name,
        customer_number=values.get("customer_number"),
        currency=values.get("currency") or doc.currency,
        total_net=decimal_or_none(values.get("total_net")),
        total_gross=decimal_or_none(values.get("total_gross")) or doc.total_gross,
        payment_terms=values.get("payment_terms"),
        payment_date=date_or_none(values.get("payment_date")),
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
                amount=decimal_or_none(item.get("amount")),
                discount=decimal_or_none(item.get("discount")),
                reason=item.get("reason") or None,
            )
        )
    return out
