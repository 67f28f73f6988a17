"""Typed extraction errors. Each message says what is wrong in words an operator can act on;
``code`` is a stable slug used for quarantine reasons and metrics. The family's root and the
kinds the e-invoice reader raises too live in ``models.errors``; they are named here as well
so extraction's callers have one place to import from."""

from __future__ import annotations

from models.errors import CorruptDocumentError, ExtractionError, UnsupportedFormatError

__all__ = [
    "CorruptDocumentError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "ExtractionError",
    "OcrUnavailableError",
    "TooLargeError",
    "UnsupportedFormatError",
]


class EmptyDocumentError(ExtractionError):
    code = "empty_document"


class EncryptedDocumentError(ExtractionError):
    code = "encrypted_document"


class TooLargeError(ExtractionError):
    code = "too_large"


class OcrUnavailableError(ExtractionError):
    """tesseract is missing or broken: not the document's fault, so worth a retry."""

    code = "ocr_unavailable"
    retryable = True
