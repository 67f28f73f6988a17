"""Short table cells tesseract did not read: a lone unit ("m", "t", "u", "kg"), a quantity
"1", a "%" standing apart on a row of words.

Tesseract's sparse-text mode drops a glyph or two standing alone between wide gaps: on
the scans of samples.wild seed 7601 (erp_grid) every unit cell "m" and "t" of a table was
missing while the rest of the row was read at 0.96 (``bench/ocr/row_losses.py``: units
lost as "word dropped"). ``gaps.py`` cannot bring them back: it looks for text-like ink,
longer than high, and one glyph is not. Here the ink no word covers is cut into marks of a
glyph's size; a mark on a row of words read, apart from them, is a cell to read. The marks
are read by RapidOCR's recogniser alone, several side by side in one strip
(``rapid.read_packed``), so a page's few dozen marks cost a few runs of the recogniser.

Words found here are read by one engine only: their confidence is capped below what
auto-accepts (``gaps.ONE_ENGINE_CONFIDENCE``).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from extraction.ocr import gaps, rapid
from extraction.ocr.preprocess import Gray
from extraction.ocr.tesseract import OcrWord
from extraction.ocr.vote import latin

# a mark is read when RapidOCR scores its reading at least this (a speck's reading scores
# lower); a lone stroke read as "1", "l" or "I" must score higher, as noise looks like one
MIN_SCORE = 0.8
STROKE_SCORE = 0.95
# at most this many marks a page are read (the largest first): a page with more is noisy
MAX_MARKS = 40
# a mark's height, and its widest, in the page's text heights (``gaps._text_height``: a
# word's box, ascenders to descenders); an x-height letter ("m", "u") is about half of it
MIN_HEIGHT, MAX_HEIGHT, MAX_WIDTH = 0.35, 1.3, 2.6
# the white a mark keeps from the words read beside it, in text heights (a space is about
# a quarter): nearer, it is a glyph of one of them that tesseract left out, not a word
APART = 0.2
LONGEST = 4  # characters of a short cell's reading; a longer one is no glyph or two
_STROKES = frozenset({"1", "l", "I", "i", "|", "!", "j", "J"})
_SIGNS = frozenset("%€$£")
BLOCK = 20_000  # block number of the words found here (``gaps`` uses 10_000 and over)


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _rows_of(words: Sequence[OcrWord]) -> list[Box]:
    """Each word as (left, top, right, bottom)."""
    return [(w.left, w.top, w.left + w.width, w.top + w.height) for w in words]


# a mark's box (x0, y0, x1, y1) in the page's pixels, and the top and bottom of the word
# read level with it
Mark = tuple[int, int, int, int, int, int]


def lone_marks(gray: Gray, words: Sequence[OcrWord]) -> list[Mark]:
    """Glyph-sized ink no word covers, level with a word read and apart from every word:
    the largest first."""
    size = gaps._text_height(words)
    trusted = gaps._trusted(words, size)
    if not trusted:
        return []
    factor = max(1, round(size / 16))  # work where text is ~16 px high: a glyph keeps shape
    ink = gaps.small_ink(gray, factor)
    text_h = size / factor
    ruled = gaps.small_rules(gray, factor, max(8, round(text_h * 3)))
    covered = np.zeros_like(ink)
    for left, top, right, bottom in _rows_of(trusted):
        covered[
            max(0, int(top // factor) - 1) : int(bottom // factor) + 2,
            max(0, int(left // factor) - 1) : int(right // factor) + 2,
        ] = 1
    rest = ink & (1 - covered) & (1 - ruled)
    # the glyphs of a short cell ("kg", "pcs") as one mark: close across a letter's gap
    joined = cv2.morphologyEx(
        rest, cv2.MORPH_CLOSE, np.ones((1, max(2, round(text_h * 0.25))), np.uint8)
    )
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = [_rows_of([t])[0] for t in trusted]
    marks: list[tuple[int, Mark]] = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if not MIN_HEIGHT * text_h <= bh <= MAX_HEIGHT * text_h or bw > MAX_WIDTH * text_h:
            continue
        if area < 0.12 * bw * bh or area < 0.02 * text_h * text_h:
            continue  # a speck, or a mark too faint for a glyph
        box = (x * factor, y * factor, (x + bw) * factor, (y + bh) * factor)
        row = _on_a_row(box, boxes)
        if row is not None and _apart(box, boxes, size):
            marks.append((area, (*box, *row)))
    marks.sort(key=lambda m: -m[0])
    return [box for _, box in marks[:MAX_MARKS]]


def _on_a_row(box: tuple[int, int, int, int], words: list[Box]) -> tuple[int, int] | None:
    """The top and bottom of the nearest word read level with ``box`` (its middle within
    the word's height), or None: no such word on both sides of it."""
    middle = (box[1] + box[3]) / 2
    level = [b for b in words if b[1] <= middle <= b[3]]
    # a cell between the row's words: a mark before the first or after the last is a
    # bullet, an icon or a glyph of the margin ("7 75 bis rue" on a seed 7601 scan)
    if not any(b[2] <= box[0] for b in level) or not any(b[0] >= box[2] for b in level):
        return None
    near = min(level, key=lambda b: min(abs(b[0] - box[2]), abs(b[2] - box[0])))
    return round(near[1]), round(near[3])


def _apart(box: tuple[int, int, int, int], words: list[Box], size: float) -> bool:
    """No word read within ``APART`` text heights of it, on its level."""
    gap = APART * size
    x0, y0, x1, y1 = box
    for left, top, right, bottom in words:
        if bottom < y0 - gap / 2 or top > y1 + gap / 2:
            continue
        if left - gap < x1 and right + gap > x0:
            return False
    return True


def _accepted(text: str, score: float) -> bool:
    t = text.strip()
    if not t or len(t) > LONGEST or " " in t or not latin(t):
        return False
    if not (any(c.isalnum() for c in t) or t in _SIGNS):
        return False
    return score >= (STROKE_SCORE if t in _STROKES else MIN_SCORE)


def read(gray: Gray, words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` and the short cells read in the marks no word covers (``lone_marks``)."""
    marks = lone_marks(gray, words)
    if not marks:
        return list(words)
    size = gaps._text_height(words)
    pad = max(3, round(0.25 * size))
    h, w = gray.shape
    crops = []
    for x0, y0, x1, y1, row_top, row_bottom in marks:
        # the crop as high as the level word's box: a glyph read alone at its own height
        # (an "m" scaled to a capital's) reads as another
        top, bottom = max(0, min(y0, row_top) - pad), min(h, max(y1, row_bottom) + pad)
        crops.append(gray[top:bottom, max(0, x0 - pad) : min(w, x1 + pad)])
    found = []
    for mark, (text, score) in zip(marks, rapid.read_packed(crops), strict=True):
        x0, y0, x1, y1, row_top, row_bottom = mark
        if _accepted(text, score):
            # the word's box as high as the row's words, so it is grouped with them
            top, bottom = min(y0, row_top), max(y1, row_bottom)
            found.append(
                OcrWord(
                    text=text.strip(),
                    left=x0,
                    top=top,
                    width=x1 - x0,
                    height=bottom - top,
                    confidence=min(score, gaps.ONE_ENGINE_CONFIDENCE),
                    block=BLOCK,
                    line=0,
                )
            )
    return [*words, *found]
