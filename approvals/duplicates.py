"""Business duplicates: the same document sent again as another file (a re-scan, a resent
invoice with one byte different, the PDF attached to a second mail). The one rule, for every
kind of document: an earlier document of the same type and issuer with the same number, or
with the same amount and date. Exact copies (the same bytes) never get this far: intake
catches them by sha256.

A flagged document fails the ``duplicate`` check, so it waits in the duplicate queue, is
never approved touchless and so never linked; a clerk decides (``review.mark_duplicate`` /
``review.mark_not_duplicate``). A "not a duplicate" decision is kept on the document
(``meta["not_duplicate_of"]``) so the same pair is not raised again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from approvals.normalize import company_key
from models.documents import Document
from models.enums import DocStatus
from models.masterdata import DocumentMatch
from models.parsing import decimal_or_none

RULE = "duplicate"
QUEUE = "duplicate"
# who issued the document: the buyer for an order or a payment advice, else the seller
ISSUED_BY_CUSTOMER = {None, "purchase_order", "payment_advice"}
NOT_DUPLICATE_KEY = "not_duplicate_of"
# documents that no longer count: an earlier one of these is not "the same document again"
GONE = (DocStatus.REJECTED, DocStatus.DUPLICATE, DocStatus.QUARANTINED, DocStatus.SPLIT)
# separators dropped from numbers on both sides (SQL and here), so "po 2026/0042" is PO20260042
_SEPARATORS = (" ", "-", "/", ".", "_", "#")


def number_key(number: str | None) -> str:
    key = (number or "").strip().upper()
    for sep in _SEPARATORS:
        key = key.replace(sep, "")
    return key


def _sql_number_key(column: Any) -> ColumnElement[str]:
    expr: ColumnElement[str] = func.upper(func.trim(column))
    for sep in _SEPARATORS:
        expr = func.replace(expr, sep, "")
    return expr


@dataclass(frozen=True)
class Issuer:
    vat: str | None
    customer_id: int | None  # the master-data customer, for documents the customer issued
    name: str | None

    @property
    def known(self) -> bool:
        return bool(self.vat or self.customer_id or self.name)

    def same_as(self, other: Issuer) -> bool:
        """The strongest identity both documents carry decides."""
        if self.vat and other.vat:
            return self.vat == other.vat
        if self.customer_id and other.customer_id:
            return self.customer_id == other.customer_id
        return bool(self.name and other.name and self.name == other.name)


def issuer_of(session: Session, doc: Document) -> Issuer:
    vat = doc.field("vat_id")
    vat_key = "".join((vat.value or "").split()).upper() if vat is not None else ""
    by_customer = doc.doc_type in ISSUED_BY_CUSTOMER
    party = doc.field("customer_name" if by_customer else "supplier_name")
    name = company_key(party.value if party is not None else None)
    customer_id = None
    if by_customer:
        customer_id = session.execute(
            select(DocumentMatch.customer_id).where(DocumentMatch.document_id == doc.id)
        ).scalar_one_or_none()
    return Issuer(vat_key or None, customer_id, name or None)


@dataclass(frozen=True)
class Duplicate:
    earlier: Document
    why: str  # "number" | "amount"


def find_duplicates(
    session: Session, doc: Document, *, customer_id: int | None = None
) -> list[Duplicate]:
    """Earlier documents ``doc`` repeats, oldest first (none without an issuer to compare:
    a number or an amount alone is too weak to call a document a duplicate)."""
    if not doc.doc_type or doc.doc_type == "other" or doc.id is None:
        return []
    issuer = issuer_of(session, doc)
    if customer_id is not None and doc.doc_type in ISSUED_BY_CUSTOMER:
        issuer = Issuer(issuer.vat, customer_id, issuer.name)
    if not issuer.known:
        return []
    key = number_key(doc.document_number)
    amount, day = _gross(doc), doc.document_date
    same: list[ColumnElement[bool]] = []
    if key:
        same.append(_sql_number_key(Document.document_number) == key)
    if amount is not None and day is not None:
        same.append((Document.total_gross == amount) & (Document.document_date == day))
    if not same:
        return []
    decided_not = set((doc.meta or {}).get(NOT_DUPLICATE_KEY) or [])
    rows = session.execute(
        select(Document)
        .where(
            Document.id < doc.id,
            Document.doc_type == doc.doc_type,
            Document.status.not_in(GONE),
            or_(*same),
        )
        .order_by(Document.id)
    ).scalars()
    out = []
    for other in rows:
        if other.id in decided_not or not issuer_of(session, other).same_as(issuer):
            continue
        by_number = bool(key) and number_key(other.document_number) == key
        out.append(Duplicate(other, "number" if by_number else "amount"))
    return out


def _gross(doc: Document) -> Decimal | None:
    if doc.total_gross is not None:
        return doc.total_gross
    field = doc.field("total_gross")
    return decimal_or_none(field.value) if field is not None else None


def describe(doc: Document, dup: Duplicate) -> str:
    other, kind = dup.earlier, (doc.doc_type or "document").replace("_", " ")
    what = (
        f"the same {kind} number {doc.document_number} from the same issuer"
        if dup.why == "number"
        else f"the same amount, date and issuer ({kind} {other.document_number or 'unnumbered'})"
    )
    return (
        f"Possibly sent twice: {what} as document {other.id} ({other.original_name}, received "
        f"{other.received_at:%Y-%m-%d}). Mark it a duplicate (it is archived as such and never "
        "linked) or not a duplicate (it then goes on as usual)."
    )
