"""Receiving an extraction: what extraction found becomes the document's rows (pages,
fields, lines, header columns), each value with its provenance, ready for the rules."""

from __future__ import annotations

from sqlalchemy.orm import Session

from extraction.result import ExtractionResult
from models.base import utcnow
from models.documents import Document, DocumentLine, ExtractedField, Page
from models.enums import DocStatus
from models.parsing import date_or_none, decimal_or_none


def save_extraction(session: Session, doc: Document, result: ExtractionResult) -> None:
    """Store what extraction found, each value with its provenance."""
    contract = result.to_contract()
    doc.extraction = contract
    doc.doc_type = result.doc_type
    doc.doc_type_confidence = result.doc_type_confidence
    doc.language = result.language
    doc.page_count = len(result.pages)
    doc.extracted_at = utcnow()
    doc.status = DocStatus.EXTRACTED
    doc.pages = [
        Page(number=p.number, text=p.text, source=p.source, width=p.width, height=p.height)
        for p in result.pages
    ]
    doc.fields = [
        ExtractedField(
            name=name,
            value=fv.value,
            confidence=fv.confidence,
            page=fv.page,
            bbox=list(fv.bbox) if fv.bbox else None,
            source=fv.source,
        )
        for name, fv in result.fields.items()
    ]
    doc.lines = [
        DocumentLine(
            position=i,
            sku=li.sku,
            description=li.description,
            quantity=decimal_or_none(li.quantity),
            unit=li.unit,
            unit_price=decimal_or_none(li.unit_price),
            line_total=decimal_or_none(li.line_total),
            tax_rate=decimal_or_none(li.tax_rate),
            confidence=li.confidence,
            page=li.page,
            bbox=list(li.bbox) if li.bbox else None,
            source=li.source,
        )
        for i, li in enumerate(result.lines, 1)
    ]
    fields = result.fields
    doc.document_number = fields["document_number"].value if "document_number" in fields else None
    doc.customer_name = fields["customer_name"].value if "customer_name" in fields else None
    doc.currency = fields["currency"].value if "currency" in fields else None
    doc.document_date = (
        date_or_none(fields["document_date"].value) if "document_date" in fields else None
    )
    doc.total_gross = (
        decimal_or_none(fields["total_gross"].value) if "total_gross" in fields else None
    )
