"""One bundled invoice scanned at 300 dpi (grey, degraded with a fixed seed), for tests that
put a page image through OCR and extraction and then alter what tesseract read; any
bundled sample faxed, every page, into one TIFF; and OCR words placed by hand."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

from extraction.result import Word
from models.settings.extraction import ExtractionSettings
from samples.degrade import KINDS, degrade, render_pages

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "born_digital" / "classic_invoice_en.pdf"
# page clean-up on, tesseract alone: what the test alters is tesseract's own reading
CLEAN = ExtractionSettings(page_cleanup=True, second_engine="none")


def scanned_page(kind: str = "dpi300") -> Image.Image:
    """The sample's first page as the scan ``kind`` of ``samples.degrade`` makes it."""
    variant = KINDS[kind]
    return degrade(render_pages(SAMPLE, variant)[0], variant, random.Random(3))


def sample_scan(tmp_path: Path, kind: str = "dpi300") -> Path:
    """The sample's first page scanned as ``kind``, a 300 dpi PNG in ``tmp_path``."""
    path = tmp_path / f"{kind}.png"
    scanned_page(kind).save(path, dpi=(300, 300))
    return path


def fax_tiff(tmp_path: Path, source: Path, seed: int = 3) -> Path:
    """Every page of ``source`` faxed (204 x 98 dpi, 1-bit) into one multi-page TIFF."""
    pages = [
        degrade(p, KINDS["fax"], random.Random(seed)) for p in render_pages(source, KINDS["fax"])
    ]
    fax = tmp_path / "fax.tif"
    pages[0].save(
        fax,
        format="TIFF",
        compression="group4",
        dpi=(204, 98),
        save_all=True,
        append_images=pages[1:],
    )
    return fax


def placed_rows(
    rows: list[list[tuple[str, float, float]]], top: float = 100, step: float = 14
) -> list[Word]:
    """OCR words placed by hand at their own x-extents (a scan's cells do not keep the
    widths of a font): (text, x0, x1) per row, rows ``step`` pt apart from ``top``."""
    return [_ocr_word(t, x0, x1, top + step * i) for i, row in enumerate(rows) for t, x0, x1 in row]


def placed(table: str) -> list[Word]:
    """The same written as a table: ``y`` then the words on that line, each ``text@x0-x1``
    (``316 LED-1439@44-81 Tube@99-117``); a line of the same ``y`` carries on the row."""
    out = []
    for line in table.splitlines():
        if not line.strip():
            continue
        y, *words = line.split()
        for word in words:
            text, _at, extent = word.rpartition("@")
            x0, x1 = extent.split("-")
            out.append(_ocr_word(text, float(x0), float(x1), float(y)))
    return out


def _ocr_word(text: str, x0: float, x1: float, y: float) -> Word:
    """A word OCR read at 0.9, 8 pt tall."""
    return Word(text=text, bbox=(x0, y, x1, y + 8), confidence=0.9, source="ocr")
