"""What a file is, judged by its first bytes, never by its name."""

from __future__ import annotations

import re

from models.errors import InvalidInput

MEDIA_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
XML_MEDIA_TYPE = "application/xml"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# after the BOM and blanks: an XML declaration, a comment or a start tag
_XML_START = re.compile(rb"<(?:\?xml[\s?]|!--|[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?[\s/>])")
_HTML = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
# RFC 5322 header fields a stored message starts with (mbox "From " lines too)
_MAIL_HEADER = re.compile(
    rb"^(?:From |(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|"
    rb"Delivered-To|X-[\w-]+|DKIM-Signature|Content-Type|Reply-To|Cc|Sender)\s*:)",
    re.IGNORECASE,
)


class NotADocument(InvalidInput, ValueError):
    """The bytes are not a format orderdesk reads; the message says what they look like."""

    def __init__(self, message: str, code: str = "unsupported_format") -> None:
        super().__init__(message)
        self.code = code


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def is_message(head: bytes) -> bool:
    """An e-mail message (.eml, a Maildir file): header lines, a colon each, first."""
    first = head.lstrip(b"\r\n")[:200]
    return bool(_MAIL_HEADER.match(first)) and b":" in first


def sniff(head: bytes, size: int) -> str:
    """Media type of a supported document, or NotADocument with a reason an operator can act on."""
    if size == 0:
        raise NotADocument(
            "empty file (0 bytes): nothing to read; was the copy interrupted?", "empty_file"
        )
    # a PDF header may follow a little junk (some scanners), as readers allow
    window = head[:1024]
    for magic, media_type in MEDIA_TYPES:
        if window.startswith(magic) or (magic == b"%PDF-" and magic in window):
            return media_type
    if is_xml(head):
        return XML_MEDIA_TYPE
    raise NotADocument(
        f"not a PDF or image, nor an XML e-invoice: the file starts with {_describe(head)}"
    )


def is_xml(head: bytes) -> bool:
    """XML (UTF-8, or UTF-16 with its byte order mark) by its first characters; an HTML
    page is not XML here (a mail's .html part is text, not a document)."""
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != _BOMS[0]:  # UTF-16: look at the characters, not the bytes
                codec = "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be"
                head = head[: len(head) // 2 * 2].decode(codec, "ignore").encode()
            break
    head = head.lstrip(b" \t\r\n")
    return bool(_XML_START.match(head)) and not _HTML.search(head[:512])


def _describe(head: bytes) -> str:
    sample = head[:24]
    try:
        text = sample.decode("utf-8")
        if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text):
            return f"text {text.strip()[:20]!r}"
    except UnicodeDecodeError:
        pass
    return f"bytes {sample[:8].hex(' ')}"
