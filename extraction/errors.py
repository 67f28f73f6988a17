"""Typed extraction errors. Each message says what is wrong in words an operator can act on;
``code`` is a stable slug used for quarantine reasons and metrics."""

from __future__ import annotations

from models.errors import InvalidInput


class ExtractionError(InvalidInput):
    code = "extraction_failed"
    retryable = False


class UnsupportedFormatError(ExtractionError):
    code = "unsupported_format"


class EmptyDocumentError(ExtractionError):
    code = "empty_document"


class CorruptDocumentError(ExtractionError):
    code = "corrupt_document"


class EncryptedDocumentError(ExtractionError):
    code = "encrypted_document"


class TooLargeError(ExtractionError):
    code = "too_large"


class OcrUnavailableError(ExtractionError):
    """tesseract is missing or broken: not the document's fault, so worth a retry."""

    code = "ocr_unavailable"
    retryable = True
