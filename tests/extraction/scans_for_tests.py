"""One bundled invoice scanned at 300 dpi (grey, degraded with a fixed seed), for tests that
put a page image through OCR and extraction and then alter what tesseract read; any
bundled sample faxed, every page, into one TIFF; a table ruled as a grid drawn on a page
image; and OCR words placed by hand."""

from __future__ import annotations

import json
import random
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extraction.assemble import build_result
from extraction.evaluate import same_value
from extraction.layout import build_layout
from extraction.ocr import preprocess
from extraction.ocr.tesseract import OcrWord
from extraction.pipeline import extract
from extraction.result import ExtractionResult, PageResult, Word
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


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def ruled_grid(
    rows: Sequence[Sequence[str]],
    xs: Sequence[float],
    flush_right: Collection[int],
    angle: float = 0.0,
) -> np.ndarray:
    """A 300 dpi grey page (2480 x 1700) with a table ruled all round, every cell boxed:
    ``rows`` (the header first) 80 px high from y 300, between the vertical rules at
    ``xs``; a cell starts 20 px after its left rule, or ends 20 px before its right one
    in the columns ``flush_right`` (numbers); turned ``angle`` degrees as a scanner feeds
    a sheet askew."""
    page = Image.new("L", (2480, 1700), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 34)
    top, height = 300, 80
    for i, row in enumerate(rows):
        y = top + i * height
        for k, text in enumerate(row):
            if k in flush_right:
                x = xs[k + 1] - 20 - draw.textlength(text, font=font)
            else:
                x = xs[k] + 20
            draw.text((x, y + 18), text, font=font, fill=0)
    bottom = top + len(rows) * height
    for i in range(len(rows) + 1):
        draw.line([(xs[0], top + i * height), (xs[-1], top + i * height)], fill=0, width=4)
    for x in xs:
        draw.line([(x, top), (x, bottom)], fill=0, width=4)
    return preprocess.rotate(np.asarray(page), angle)


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


# points a pixel: a 300 dpi page
SCALE = 0.24


def placed_words(words: Sequence[OcrWord]) -> list[Word]:
    """OCR words in pixels of a 300 dpi scan placed on an A4 page in points, as the
    pipeline places them (with their alternatives)."""
    return [
        Word(
            text=w.text,
            source="ocr",
            bbox=(
                w.left * SCALE,
                w.top * SCALE,
                (w.left + w.width) * SCALE,
                (w.top + w.height) * SCALE,
            ),
            confidence=w.confidence,
            alternatives=w.alternatives,
        )
        for w in words
    ]


def read_ocr_words(words: Sequence[OcrWord]) -> ExtractionResult:
    """What extraction reads of an A4 page of OCR words placed in pixels of a 300 dpi scan
    (as tesseract hands them over, with their alternatives)."""
    placed = placed_words(words)
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=placed)
    return build_result([page], [build_layout(placed, 1, 595, 842)])


def _ocr_word(text: str, x0: float, x1: float, y: float) -> Word:
    """A word OCR read at 0.9, 8 pt tall."""
    return Word(text=text, bbox=(x0, y, x1, y + 8), confidence=0.9, source="ocr")


class ShapeSpy:
    """A RapidOCR model session that writes down the shape of each input it is given."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.shapes: list[tuple[int, ...]] = []

    def __call__(self, batch: np.ndarray) -> Any:
        self.shapes.append(batch.shape)
        return self.session(batch)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session, name)


FAXED = SAMPLE.with_name("boxed_invoice_en.pdf")


def read_faxed(tmp_path: Path, seed: int = 3) -> ExtractionResult:
    """The bundled boxed invoice faxed (two pages, ``fax_tiff``) and read by the default
    route."""
    fax = fax_tiff(tmp_path, FAXED, seed)
    return extract(fax, settings=ExtractionSettings(use_embedded_xml=False))


def read_faxed_spied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model: Any
) -> tuple[ExtractionResult, ShapeSpy]:
    """``read_faxed``, the RapidOCR ``model``'s session spied on: the result and the shapes
    the model was given."""
    spy = ShapeSpy(model.session)
    monkeypatch.setattr(model, "session", spy)
    return read_faxed(tmp_path), spy


def assert_reads_the_faxed_fields(result: ExtractionResult) -> None:
    """The faxed invoice's number, order, VAT id and totals are read as its truth says."""
    truth = json.loads(FAXED.with_suffix(".truth.json").read_text("utf-8"))
    for field in ("document_number", "order_number", "vat_id", "total_net", "total_gross"):
        got = result.fields.get(field)
        want = truth["fields"][field]["value"]
        assert got is not None and same_value(field, got.value, want), (field, got and got.value)
