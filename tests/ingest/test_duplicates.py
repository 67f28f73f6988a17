"""Business duplicates (same type, issuer, number) are flagged and shown, never merged."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.duplicates import flag_business_duplicate
from models.documents import Check, Document, ExtractedField
from models.enums import DocStatus


def _doc(
    session: Session, sha: str, number: str, customer: str, doc_type: str = "purchase_order"
) -> Document:
    doc = Document(
        sha256=sha,
        original_name=f"{sha}.pdf",
        status=DocStatus.EXTRACTED,
        doc_type=doc_type,
        document_number=number,
        customer_name=customer,
        meta={},
    )
    doc.fields = [ExtractedField(name="customer_name", value=customer, source="text")]
    session.add(doc)
    session.flush()
    return doc


def test_same_order_from_same_customer_is_flagged_both_kept(session: Session) -> None:
    first = _doc(session, "a" * 64, "PO-2026-0042", "ACME SARL")
    other_customer = _doc(session, "b" * 64, "PO-2026-0042", "Globex")
    other_type = _doc(session, "c" * 64, "PO-2026-0042", "ACME SARL", "invoice")
    assert flag_business_duplicate(session, other_customer) is None
    assert flag_business_duplicate(session, other_type) is None
    again = _doc(session, "d" * 64, "po 2026 0042 ", "Acme sarl")  # re-scan, OCR spacing
    again.document_number = "PO-2026-0042 "
    hit = flag_business_duplicate(session, again)
    assert hit is not None and hit.id == first.id
    assert again.duplicate_of_id == first.id and again.status == DocStatus.EXTRACTED
    check = session.execute(select(Check).where(Check.document_id == again.id)).scalar_one()
    assert check.rule == "duplicate" and check.outcome == "warn"
    assert f"document {first.id}" in check.message
    assert session.execute(select(Check).where(Check.document_id == first.id)).first() is None
