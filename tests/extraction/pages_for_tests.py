"""Small documents drawn with reportlab for whole-document extraction tests: each line is
placed where a real sender would print it, then the PDF goes through ``extract_bytes``."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extraction.pipeline import extract_bytes
from extraction.result import ExtractionResult, Word
from models.settings.extraction import ExtractionSettings


@dataclass(frozen=True)
class Text:
    x: float  # points from the left
    y: float  # points from the top
    text: str
    size: float = 10
    bold: bool = False


def pdf(*items: Text) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    height = A4[1]
    for item in items:
        page.setFont("Helvetica-Bold" if item.bold else "Helvetica", item.size)
        page.drawString(item.x, height - item.y - item.size, item.text)
    page.showPage()
    page.save()
    return out.getvalue()


def read(*items: Text) -> ExtractionResult:
    return extract_bytes(pdf(*items), settings=ExtractionSettings(), use_embedded_xml=False)


def rows(x: float, y: float, lines: list[str], step: float = 13) -> list[Text]:
    """Consecutive printed lines (an address block)."""
    return [Text(x, y + i * step, line) for i, line in enumerate(lines)]


def value(result: ExtractionResult, name: str) -> str | None:
    fv = result.fields.get(name)
    return fv.value if fv is not None else None


def row_words(
    rows: list[list[tuple[str, float]]], conf: float = 1.0, top: float = 100, char: float = 6
) -> list[Word]:
    """Words at (text, x0) per row, ``char`` pt per character, rows 14 pt apart (OCR words
    when ``conf`` is below 1)."""
    out = []
    for i, row in enumerate(rows):
        y = top + 14 * i
        for text, x in row:
            out.append(
                Word(
                    text=text,
                    bbox=(x, y, x + char * len(text), y + 9),
                    confidence=conf,
                    source="ocr" if conf < 1 else "text",
                )
            )
    return out
