"""Business duplicates: the same document sent again as a different file (a re-scan, the
PDF attached to a second mail). Same doc type, issuer and number = flagged, never merged or
dropped; a clerk decides. Exact duplicates (same bytes) are caught at intake by sha256.

Called by the pipeline right after an extraction is saved, in the same transaction.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.documents import Check, Document
from models.enums import CheckOutcome, DocStatus

RULE = "duplicate"
# who issued the document: the buyer for an order or a payment advice, else the seller
_ISSUED_BY_CUSTOMER = {"purchase_order", "payment_advice"}
_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def _norm(value: str | None) -> str:
    return _NOISE.sub("", value or "").upper()


def issuer_of(doc: Document) -> str:
    """The issuer's VAT id when printed, else its name, normalised for comparison."""
    vat = doc.field("vat_id")
    if vat is not None and vat.value:
        return "VAT:" + _norm(vat.value)
    party = "customer_name" if doc.doc_type in _ISSUED_BY_CUSTOMER else "supplier_name"
    name = doc.field(party)
    return "NAME:" + _norm(name.value if name else None)


def flag_business_duplicate(session: Session, doc: Document) -> Document | None:
    """Add a ``duplicate`` warning check (and ``duplicate_of``) when an earlier document has
    the same type, issuer and number; returns that earlier document."""
    number = _norm(doc.document_number)
    if not doc.doc_type or doc.doc_type == "other" or not number:
        return None
    issuer = issuer_of(doc)
    if issuer.endswith(":"):
        return None  # no issuer on the page: a number alone is too weak to call it a duplicate
    candidates = session.execute(
        select(Document)
        .where(
            Document.id != doc.id,
            Document.doc_type == doc.doc_type,
            func.upper(func.trim(Document.document_number))
            == (doc.document_number or "").strip().upper(),
            Document.status.not_in([DocStatus.DUPLICATE, DocStatus.QUARANTINED]),
        )
        .order_by(Document.id)
    ).scalars()
    for other in candidates:
        if other.id < doc.id and _norm(other.document_number) == number:
            if issuer_of(other) != issuer:
                continue
            doc.duplicate_of_id = other.id
            doc.meta = {**(doc.meta or {}), "business_duplicate_of": other.id}
            session.add(
                Check(
                    document_id=doc.id,
                    rule=RULE,
                    outcome=CheckOutcome.WARN,
                    field="document_number",
                    message=f"Same {doc.doc_type.replace('_', ' ')} number "
                    f"{doc.document_number} from the same issuer as document {other.id} "
                    f"({other.original_name}, received {other.received_at:%Y-%m-%d}): "
                    "possibly sent twice. Both are kept; decide which one counts.",
                )
            )
            return other
    return None
