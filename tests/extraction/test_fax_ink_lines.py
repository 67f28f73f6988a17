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


def _boxed_head() -> tuple[np.ndarray, list[OcrWord]]:
    """A fax head at 300 dpi: the sender's address line on the left, and on the right a
    boxed label ('Exercice') between two rules a little askew, as a fax's boxed head
    prints them; RapidOCR's grown box for the label reaches over both rules."""
    image = Image.new("L", (2400, 200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 36)
    draw.text((200, 96), "125 chemin des Vignes", font=font, fill=0)
    draw.text((1560, 80), "Exercice", font=font, fill=0)
    # the cell's rules, 3 px thick, one pixel lower every 200 px (the page's skew)
    for y in (66, 130):
        for x in range(1530, 2100):
            draw.line([(x, y + (x - 1530) // 200), (x, y + 2 + (x - 1530) // 200)], fill=0)
    left_right = 200 + round(draw.textlength("125 chemin des Vignes", font=font))
    label_right = 1560 + round(draw.textlength("Exercice", font=font))
    words = [
        OcrWord("125 chemin des Vignes", 200, 88, left_right - 200, 50, 0.99, 1, 1),
        OcrWord("Exercice", 1540, 62, label_right - 1540 + 30, 76, 0.99, 2, 1),
    ]
    return np.asarray(image), words


def test_a_boxed_label_is_as_high_as_its_text_not_its_rules() -> None:
    image, words = _boxed_head()
    label = ink_lines(image, words)[1]
    # the text's ink (about 28 px at 36 px type), not the rules above and below it
    assert label.top > 70 and label.top + label.height < 125
    assert label.height < 40


def test_a_boxed_label_is_no_row_of_the_address_beside_it() -> None:
    image, words = _boxed_head()
    rows_as_read = build_layout(placed_words(words), 1, 595, 842).rows
    assert len(rows_as_read) == 1  # the label's box spans the address line's row
    tight = build_layout(placed_words(ink_lines(image, words)), 1, 595, 842).rows
    assert len(tight) == 2
