"""Payment advices spread over the invoices they name; what each invoice still owes.

An advice lists invoice numbers with the amount paid. Each becomes an allocation against
the invoice. When less is paid than is open, the difference is an early-payment discount
if the invoice's terms grant one ("2 % 10 jours", "2/10 net 30") and the payment came in
time, or if the advice says so; otherwise it stays open and a clerk decides (partial
payment, or a short payment written off with its reason).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from linking.facts import DocFacts, read
from models.documents import Document
from models.linking import DocumentLink, PaymentAllocation

ZERO = Decimal(0)
_PCT_DAYS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*%[^0-9%]{0,40}?(\d{1,3})\s*(?:j\b|jours|jrs|days|d\b)", re.I
)
_SLASH_NET = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*/\s*(\d{1,3})\s*,?\s*net\b", re.I)


@dataclass(frozen=True)
class DiscountTerms:
    percent: Decimal
    days: int


def discount_terms(terms: str | None) -> DiscountTerms | None:
    """The early-payment discount granted by payment terms, if any."""
    if not terms:
        return None
    m = _PCT_DAYS.search(terms) or _SLASH_NET.search(terms)
    if not m:
        return None
    return DiscountTerms(Decimal(m.group(1).replace(",", ".")), int(m.group(2)))


@dataclass(frozen=True)
class Balance:
    invoice_id: int
    number: str | None
    gross: Decimal
    credited: Decimal
    paid: Decimal
    discount: Decimal
    written_off: Decimal

    @property
    def due(self) -> Decimal:
        return self.gross - self.credited

    @property
    def open(self) -> Decimal:
        return self.due - self.paid - self.discount - self.written_off


def credited(session: Session, invoice_id: int) -> Decimal:
    credit_ids = (
        select(DocumentLink.document_id)
        .where(DocumentLink.related_document_id == invoice_id, DocumentLink.role == "credit_note")
        .scalar_subquery()
    )
    rows = session.execute(select(Document).where(Document.id.in_(credit_ids))).scalars()
    return sum((read(d).total_gross or ZERO for d in rows), ZERO)


def balance(session: Session, invoice: Document, *, excluding: int | None = None) -> Balance:
    """What the invoice owes; ``excluding`` leaves one payment advice out (its own re-run)."""
    query = select(PaymentAllocation).where(PaymentAllocation.invoice_document_id == invoice.id)
    if excluding is not None:
        query = query.where(PaymentAllocation.payment_document_id != excluding)
    allocs = list(session.execute(query).scalars())
    return Balance(
        invoice_id=invoice.id,
        number=invoice.document_number,
        gross=read(invoice).total_gross or ZERO,
        credited=credited(session, invoice.id),
        paid=sum((a.amount for a in allocs), ZERO),
        discount=sum((a.discount for a in allocs), ZERO),
        written_off=sum((a.written_off for a in allocs), ZERO),
    )


def early_discount(
    invoice: DocFacts,
    open_amount: Decimal,
    paid: Decimal,
    paid_on: dt.date | None,
    *,
    stated: Decimal | None,
    max_pct: Decimal,
    tolerance: Decimal,
) -> Decimal:
    """The part of a short payment that is a legitimate early-payment discount (else 0)."""
    short = open_amount - paid
    if short <= tolerance or open_amount <= 0:
        return ZERO
    if stated is not None and abs(stated - short) <= tolerance:
        return short if short * 100 <= open_amount * max_pct else ZERO
    terms = discount_terms(invoice.payment_terms)
    if terms is None or terms.percent > max_pct:
        return ZERO
    if paid_on and invoice.date and (paid_on - invoice.date).days > terms.days:
        return ZERO
    if paid_on is None or invoice.date is None:
        return ZERO
    expected = (open_amount * terms.percent / 100).quantize(Decimal("0.01"))
    return short if abs(expected - short) <= tolerance else ZERO
