"""A fax line's words as high as its ink (``pages.ink_lines``): RapidOCR gives each word of
a fax line its grown detection box's height (about twice the digits'), and the layout,
which tells a column's gap from a word space by the words' height, then read a quantity
and the code a column gap beside it as one phrase ("15 06409-25" as the code)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extraction.layout import build_layout
from extraction.ocr.tesseract import OcrWord
from extraction.pages import ink_lines
from tests.extraction.scans_for_tests import FONT, placed_words


def _page() -> tuple[np.ndarray, list[OcrWord]]:
    """A 300 dpi strip: a quantity, then a code a column gap (41 px) to its right, each a
    detection box of its own, 51 px high as RapidOCR gives them on a fax."""
    image = Image.new("L", (1200, 200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    qty_right = 684 + round(draw.textlength("15", font=font))
    code = qty_right + 41  # a column's gap: wider than the word space of its glyphs
    code_right = code + round(draw.textlength("06409-25", font=font))
    draw.text((684, 80), "15", font=font, fill=0)
    draw.text((code, 80), "06409-25", font=font, fill=0)
    words = [
        OcrWord("15", 684, 70, qty_right - 684, 51, 0.99, 1, 1),
        OcrWord("06409-25", code, 70, code_right - code, 51, 0.99, 2, 1),
    ]
    return np.asarray(image), words


def _segments(words: list[OcrWord]) -> list[str]:
    placed = placed_words(words)
    layout = build_layout(placed, 1, 595, 842)
    return [" ".join(w.text for w in s.words) for row in layout.rows for s in row.segments]


def test_a_column_gap_stays_a_column_gap_on_a_fax_line() -> None:
    image, words = _page()
    assert _segments(words) == ["15 06409-25"]  # as the grown boxes read
    tight = ink_lines(image, words)
    assert all(w.height < 51 for w in tight)
    assert _segments(tight) == ["15", "06409-25"]


def test_a_box_with_no_ink_is_left_as_read() -> None:
    image, words = _page()
    blank = np.full_like(image, 255)
    assert ink_lines(blank, words) == words
