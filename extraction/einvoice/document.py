"""An e-invoice or e-order read from its XML alone: the ``ExtractionResult`` of a bare XML
file (no page), and the XML side of a PDF that carries one. A French lifecycle status (CDAR)
comes in the same way and becomes an ``ExtractionResult`` that carries its message."""

from __future__ import annotations

from typing import Any

from einvoice.cdar import is_cdar, read_cdar, summary
from einvoice.model import EDocument
from einvoice.reader import read_root
from einvoice.xmlread import parse
from extraction.einvoice.mapping import DOUBT_CONFIDENCE, XML_CONFIDENCE, map_document
from extraction.result import ExtractionResult, FieldValue
from models.settings.extraction import ExtractionSettings


def result_from(root: Any, doc: EDocument, settings: ExtractionSettings) -> ExtractionResult:
    mapped = map_document(doc)
    result = ExtractionResult(
        doc_type=mapped.doc_type,
        doc_type_confidence=XML_CONFIDENCE,
        language=mapped.language,
        fields={
            name: FieldValue(
                value=value,
                confidence=DOUBT_CONFIDENCE if name in mapped.doubtful else XML_CONFIDENCE,
                source="xml",
            )
            for name, value in mapped.fields.items()
        },
        lines=mapped.lines,
        references=mapped.references,
        warnings=mapped.warnings,
        einvoice=doc,
    )
    if settings.validate_xml:
        from einvoice.validation import validate

        result.validation = validate(
            root,
            doc,
            french_rules=settings.french_rules,
            timeout=settings.xml_validation_timeout_seconds,
        )
    return result


def extract_xml(data: bytes, settings: ExtractionSettings) -> ExtractionResult:
    """A bare XML e-invoice or e-order, or a lifecycle status (CDAR); ``ExtractionError``
    subclasses for bad input (``UnsupportedXmlError`` for XML of another kind)."""
    root = parse(data)
    if is_cdar(root):
        return lifecycle_result(root, settings)
    return result_from(root, read_root(root), settings)


def lifecycle_result(root: Any, settings: ExtractionSettings) -> ExtractionResult:
    """A platform's lifecycle status: its message, and its checks (schema, BR-FR-CDV)."""
    message = read_cdar(root)
    fields = {}
    if message.message_id:
        fields["document_number"] = FieldValue(
            value=message.message_id, confidence=XML_CONFIDENCE, source="xml"
        )
    if message.issued_at:
        fields["document_date"] = FieldValue(
            value=message.issued_at.date().isoformat(), confidence=XML_CONFIDENCE, source="xml"
        )
    result = ExtractionResult(
        doc_type="other",
        doc_type_confidence=XML_CONFIDENCE,
        language="fr",
        fields=fields,
        warnings=[f"lifecycle status: {summary(ref)}" for ref in message.references],
        lifecycle=message,
    )
    if settings.validate_xml:
        from einvoice.validation.cdar import validate_cdar

        result.validation = validate_cdar(root, timeout=settings.xml_validation_timeout_seconds)
    return result
