"""Page images for people: rendered from the file's bytes, cached by content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from extraction.errors import ExtractionError
from extraction.preview import cached_page_png, page_png


def _pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842))
    for n in range(pages):
        pdf.drawString(72, 760, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_a_page_of_a_pdf_given_as_bytes() -> None:
    png = page_png(_pdf(2), 2)
    assert Image.open(io.BytesIO(png)).format == "PNG"
    with pytest.raises(ExtractionError, match="page 3 does not exist"):
        page_png(_pdf(2), 3)


def test_a_page_is_rendered_once_then_read_from_the_cache(tmp_path: Path) -> None:
    calls: list[int] = []

    def original() -> bytes:
        calls.append(1)
        return _pdf(1)

    first = cached_page_png(tmp_path / "pages", "abc", 1, original)
    again = cached_page_png(tmp_path / "pages", "abc", 1, original)
    assert first == again and len(calls) == 1
    assert [p.name for p in (tmp_path / "pages").iterdir()] == ["abc-1.png"]


def test_nothing_is_cached_for_a_page_that_does_not_render(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError):
        cached_page_png(tmp_path / "pages", "abc", 4, lambda: _pdf(1))
    assert not (tmp_path / "pages").exists() or not list((tmp_path / "pages").iterdir())
