"""Format detection by content (magic bytes), never by file name."""

from __future__ import annotations

from typing import Literal

from extraction.errors import EmptyDocumentError, UnsupportedFormatError

Format = Literal["pdf", "png", "jpeg", "tiff"]


def sniff(data: bytes) -> Format:
    if not data:
        raise EmptyDocumentError("the file is empty (0 bytes)")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyDocumentError("the file holds only blank bytes")
    raise UnsupportedFormatError(
        "not a PDF, PNG, JPEG or TIFF document (content does not match any supported format)"
    )
