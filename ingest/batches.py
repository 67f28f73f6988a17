"""Batch scans: one PDF holding several documents, cut where a separator sheet is (a blank
page, or a barcode/QR patch sheet reading a configured text) and where the document number
or type changes from one page to the next.

Only the decisions live here (pure, testable); reading pages is done by the ``split_batch``
job in ``flow/split.py``, which may call extraction. Barcodes are decoded with
zxing-cpp (a maintained C++ library with a Python wheel; no system dependency).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image
from pypdf import PdfReader, PdfWriter

from models.settings.ingest import IngestSettings


@dataclass(frozen=True)
class PageInfo:
    number: int  # from 1
    ink: float  # share of dark pixels
    codes: tuple[str, ...] = ()  # barcode / QR texts found on the page
    doc_type: str | None = None
    document_number: str | None = None


def ink_ratio(image: Image.Image) -> float:
    """Share of dark pixels (scanner noise on a blank sheet stays far below 1 %)."""
    gray = image.convert("L")
    histogram = gray.histogram()
    total = gray.width * gray.height or 1
    return sum(histogram[:128]) / total


def read_codes(image: Image.Image) -> tuple[str, ...]:
    import zxingcpp

    return tuple(b.text for b in zxingcpp.read_barcodes(image) if b.text)


def is_separator(page: PageInfo, cfg: IngestSettings) -> bool:
    wanted = {t.strip().upper() for t in cfg.batch_separator_texts}
    if any(code.strip().upper() in wanted for code in page.codes):
        return True
    return page.ink < cfg.batch_blank_ink_ratio


def split_points(pages: list[PageInfo], cfg: IngestSettings) -> list[list[int]]:
    """Groups of page numbers, one per document; separator pages belong to none."""
    groups: list[list[int]] = []
    current: list[int] = []
    number: str | None = None
    doc_type: str | None = None
    for page in pages:
        if is_separator(page, cfg):
            if current:
                groups.append(current)
            current, number, doc_type = [], None, None
            continue
        page_type = page.doc_type if page.doc_type not in (None, "other") else None
        changed = (page.document_number and number and page.document_number != number) or (
            page_type and doc_type and page_type != doc_type
        )
        if current and changed:
            groups.append(current)
            current, number, doc_type = [], None, None
        current.append(page.number)
        number = number or page.document_number
        doc_type = doc_type or page_type
    if current:
        groups.append(current)
    return groups


def cut_pdf(data: bytes, groups: list[list[int]]) -> list[bytes]:
    """One PDF per group of pages (page numbers from 1)."""
    reader = PdfReader(io.BytesIO(data))
    parts = []
    for group in groups:
        writer = PdfWriter()
        for number in group:
            writer.add_page(reader.pages[number - 1])
        out = io.BytesIO()
        writer.write(out)
        parts.append(out.getvalue())
    return parts
