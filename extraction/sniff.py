"""Format detection by content (magic bytes), never by file name."""

from __future__ import annotations

import re
from typing import Literal

from extraction.errors import EmptyDocumentError, UnsupportedFormatError

Format = Literal["pdf", "png", "jpeg", "tiff", "xml"]

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# after the prolog: a comment, a processing instruction or a start tag
_XML_START = re.compile(rb"<(?:\?xml[\s?]|!--|[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?[\s/>])")
_HTML = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def looks_like_xml(data: bytes) -> bool:
    """XML by its first characters (UTF-8, or UTF-16 with its byte order mark); an HTML
    page is not taken for XML."""
    head = data[:1024]
    for bom in _BOMS:
        if head.startswith(bom):
            if bom != _BOMS[0]:  # UTF-16: the markup is every other byte
                head = (
                    head[len(bom) :]
                    .decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be", "ignore")
                    .encode()
                )
            else:
                head = head[len(bom) :]
            break
    head = head.lstrip(b" \t\r\n")
    return bool(_XML_START.match(head)) and not _HTML.search(head[:512])


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
    if looks_like_xml(data):
        return "xml"
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyDocumentError("the file holds only blank bytes")
    raise UnsupportedFormatError(
        "not a PDF, PNG, JPEG, TIFF or XML e-invoice/e-order "
        "(content does not match any supported format)"
    )
