"""The extraction stage: bytes in, ``ExtractionResult`` out.

read pages (text layer or OCR per page) -> layout rows -> doc type + language -> header
fields, parties, line items -> cross-checks adjust confidence -> embedded e-invoice XML.
A bare XML e-invoice or e-order has no page: ``extraction.einvoice`` reads it alone.
Only ``ExtractionError`` subclasses leave this module for bad input.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from extraction import assemble
from extraction.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    ExtractionError,
    TooLargeError,
)
from extraction.layout import build_layout
from extraction.pages import PageImages, read_image, read_pdf, region_reader
from extraction.profiles import Learned
from extraction.result import ExtractionResult
from extraction.sniff import sniff
from models.settings.extraction import ExtractionSettings


def _settings(settings: ExtractionSettings | None) -> ExtractionSettings:
    if settings is not None:
        return settings
    from models.settings import get_settings

    return get_settings().extraction


def extract(
    path: Path,
    *,
    settings: ExtractionSettings | None = None,
    use_embedded_xml: bool | None = None,
    learned: Learned | None = None,
) -> ExtractionResult:
    """Read one document file; raises only ``ExtractionError`` subclasses for bad input.
    ``learned``: the sender profiles approved documents taught (``learning/``)."""
    cfg = _settings(settings)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read {path}: {exc.strerror}") from exc
    return extract_bytes(data, settings=cfg, use_embedded_xml=use_embedded_xml, learned=learned)


def extract_bytes(
    data: bytes,
    *,
    settings: ExtractionSettings | None = None,
    use_embedded_xml: bool | None = None,
    learned: Learned | None = None,
) -> ExtractionResult:
    cfg = _settings(settings)
    fmt = sniff(data)
    if fmt == "xml":  # an e-invoice or e-order on its own: no page to read
        from extraction.einvoice import extract_xml

        try:
            return extract_xml(data, cfg)
        except RecursionError as exc:
            raise CorruptDocumentError("the XML structure is too deeply nested") from exc
    try:
        images: PageImages = {}
        pages = read_pdf(data, cfg, images) if fmt == "pdf" else read_image(data, fmt, cfg, images)
        layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
        reread = region_reader(images, cfg) if images else None
        use_xml = fmt == "pdf" and (
            cfg.use_embedded_xml if use_embedded_xml is None else use_embedded_xml
        )
        try:
            result = assemble.build_result(pages, layouts, reread, learned)
        except EmptyDocumentError:
            if not use_xml:
                raise
            # a page with nothing to read, but the PDF may carry its e-invoice as XML
            result = ExtractionResult(pages=pages, warnings=["no text could be read on the page"])
        images.clear()
        if use_xml:
            from extraction.einvoice import apply_embedded_xml

            if not apply_embedded_xml(data, result, cfg) and not any(p.words for p in pages):
                raise EmptyDocumentError(
                    "no text could be read on any page (blank or unreadable scan)"
                )
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise TooLargeError("the document needs more memory than allowed to read") from exc
    except RecursionError as exc:
        raise CorruptDocumentError("the document structure is too deeply nested") from exc
    return result


def render_page_png(path: Path, page: int, *, dpi: int = 110) -> bytes:
    """PNG of page ``page`` (from 1) for the review screen."""
    return render_png(Path(path).read_bytes(), page, dpi=dpi)


def render_png(data: bytes, page: int, *, dpi: int = 110) -> bytes:
    """PNG of page ``page`` (from 1) of a PDF or image given as its bytes."""
    fmt = sniff(data)
    if fmt == "pdf":
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise CorruptDocumentError(f"the PDF cannot be opened: {exc}") from exc
        try:
            if not 1 <= page <= len(pdf):
                raise ExtractionError(f"page {page} does not exist (1..{len(pdf)})")
            image = pdf[page - 1].render(scale=dpi / 72).to_pil()
        finally:
            pdf.close()
    else:
        try:
            img = Image.open(io.BytesIO(data))
            n = int(getattr(img, "n_frames", 1))
            if not 1 <= page <= n:
                raise ExtractionError(f"page {page} does not exist (1..{n})")
            img.seek(page - 1)
            src_dpi = img.info.get("dpi", (300, 300))[0] or 300
            factor = dpi / float(src_dpi)
            image = img.convert("RGB").resize(
                (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
            )
        except ExtractionError:
            raise
        except Exception as exc:
            raise CorruptDocumentError(f"the image cannot be read: {exc}") from exc
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
