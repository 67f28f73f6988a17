"""An e-invoice or e-order read from its XML alone: the ``ExtractionResult`` of a bare XML
file (no page), and the XML side of a PDF that carries one."""

from __future__ import annotations

from typing import Any

from extraction.einvoice.mapping import DOUBT_CONFIDENCE, XML_CONFIDENCE, map_document
from extraction.einvoice.model import EDocument
from extraction.einvoice.reader import read_xml
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
        from extraction.einvoice.validation import validate

        result.validation = validate(
            root,
            doc,
            french_rules=settings.french_rules,
            timeout=settings.xml_validation_timeout_seconds,
        )
    return result


def extract_xml(data: bytes, settings: ExtractionSettings) -> ExtractionResult:
    """A bare XML e-invoice or e-order; ``ExtractionError`` subclasses for bad input
    (``UnsupportedXmlError`` for XML of another kind)."""
    root, doc = read_xml(data)
    return result_from(root, doc, settings)
