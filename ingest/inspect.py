"""Checks at the door, before anything decodes a file: truncated, encrypted or oversized PDFs,
PDFs carrying JavaScript, images whose header announces a decompression bomb.

Everything here reads structure only (the PDF trailer and page tree, an image header), so
a hostile file costs milliseconds; what passes is safe to hand to extraction.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from ingest.sniff import XML_MEDIA_TYPE, NotADocument
from ingest.xmldoc import inspect_xml
from models.settings.ingest import IngestSettings

log = logging.getLogger("orderdesk.ingest")


@dataclass
class Inspection:
    pages: int | None = None
    width: int | None = None
    height: int | None = None
    flags: list[str] = field(default_factory=list)


def inspect(data: bytes, media_type: str, cfg: IngestSettings) -> Inspection:
    """Structure of a sniffed file, or NotADocument (with a code) when it must not go on."""
    if media_type == "application/pdf":
        return inspect_pdf(data, cfg)
    if media_type == XML_MEDIA_TYPE:
        return Inspection(pages=inspect_xml(data))
    return inspect_image(data, cfg)


def inspect_pdf(data: bytes, cfg: IngestSettings) -> Inspection:
    if b"%%EOF" not in data[-2048:]:
        raise NotADocument(
            "truncated PDF: the end-of-file marker is missing, so the copy was cut short; "
            "send the complete file again",
            "truncated",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise NotADocument(
                    "encrypted PDF: it needs a password to open; ask the sender for an "
                    "unprotected copy",
                    "encrypted",
                )
            root: Any = reader.trailer["/Root"].get_object()
            count = int(root["/Pages"].get_object().get("/Count", 0))
    except NotADocument:
        raise
    except Exception as exc:
        raise NotADocument(f"damaged PDF: its structure cannot be read ({exc})", "corrupt") from exc
    if count <= 0:
        raise NotADocument("PDF without pages", "empty_document")
    if count > cfg.max_pages:
        raise NotADocument(
            f"PDF has {count} pages, more than the {cfg.max_pages}-page limit "
            "(ORDERDESK_INGEST__MAX_PAGES); split it or raise the limit",
            "too_many_pages",
        )
    result = Inspection(pages=count)
    if _has_javascript(data, root, reader):
        if cfg.pdf_javascript == "quarantine":
            raise NotADocument(
                "PDF contains JavaScript, which this installation refuses "
                "(ORDERDESK_INGEST__PDF_JAVASCRIPT=quarantine)",
                "pdf_javascript",
            )
        result.flags.append("pdf_javascript")
    return result


def _has_javascript(data: bytes, root: Any, reader: PdfReader) -> bool:
    """JavaScript in the catalog (names tree, open action, additional actions) or on pages.
    The raw scan catches uncompressed actions anywhere; the walk catches object streams."""
    if b"/JavaScript" in data or b"/JS " in data or b"/JS(" in data:
        return True
    try:
        names = _resolve(root.get("/Names"))
        if isinstance(names, DictionaryObject) and "/JavaScript" in names:
            return True
        if "/AA" in root or _is_js_action(_resolve(root.get("/OpenAction"))):
            return True
        for page in list(reader.pages)[:50]:
            if "/AA" in page:
                return True
            for annot in _resolve(page.get("/Annots")) or []:
                if _is_js_action(_resolve(_resolve(annot).get("/A"))):
                    return True
    except Exception:  # a damaged catalog is extraction's business, not a script
        log.debug("javascript check incomplete", exc_info=True)
    return False


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _is_js_action(action: object) -> bool:
    return isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript"


def inspect_image(data: bytes, cfg: IngestSettings) -> Inspection:
    """Width and height from the header; Pillow decodes nothing until asked."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            width, height = img.size
            frames = int(getattr(img, "n_frames", 1))
    except Image.DecompressionBombError as exc:
        raise NotADocument(f"image too large to decode safely ({exc})", "image_too_large") from exc
    except Exception as exc:
        raise NotADocument(f"damaged image: its header cannot be read ({exc})", "corrupt") from exc
    if width * height > cfg.max_image_pixels:
        raise NotADocument(
            f"image of {width} × {height} pixels is over the {cfg.max_image_pixels:,} pixel "
            "limit (ORDERDESK_INGEST__MAX_IMAGE_PIXELS): likely a decompression bomb",
            "image_too_large",
        )
    if frames > cfg.max_pages:
        raise NotADocument(
            f"image has {frames} pages, more than the {cfg.max_pages}-page limit",
            "too_many_pages",
        )
    return Inspection(pages=frames, width=width, height=height)
