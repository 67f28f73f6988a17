"""One reading per place on the page: words of one engine's reading that lie on top of
each other are the same ink read twice, and only one of them stays.

Tesseract's sparse-text mode (psm 11) now and then finds a text line twice on a degraded
page (an upscaled fax most of all): once as the line it is, once as a tall box that spans
it and its neighbour. Both readings then reach extraction, and a table row comes out with
every word doubled ('Soluble Soluble cutting oil oil 20 20 L L drum drum') or a header
value beside its own misreading. Of two words covering the same ink, the one of a text
line's height is kept over a box much taller than the page's lines (which is two lines
merged, and sits across row boundaries); between two of a line's height, the surer one.
"""

from __future__ import annotations

from collections.abc import Sequence

from extraction.ocr.tesseract import OcrWord

# a share of the smaller box that the other covers, over which two words are one place
SAME_PLACE = 0.5
# a word this many times the page's line height spans two lines
TALL = 1.6


def line_height(words: Sequence[OcrWord]) -> float:
    """The page's usual word height: the median of words read with some confidence."""
    heights = sorted(w.height for w in words if len(w.text) >= 2 and w.confidence >= 0.6)
    if not heights:
        heights = sorted(w.height for w in words)
    return float(heights[len(heights) // 2]) if heights else 0.0


def covered(a: OcrWord, b: OcrWord) -> float:
    """Share of the smaller of two boxes that the other covers."""
    dx = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    dy = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    if dx <= 0 or dy <= 0:
        return 0.0
    return dx * dy / max(1, min(a.width * a.height, b.width * b.height))


def one_per_place(words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` without the second readings of ink another word already reads, in their
    order. Words with no letter or digit (a rule read as '—') take no part."""
    size = line_height(words)
    if not size:
        return list(words)
    tall = TALL * size
    order = sorted(
        (i for i, w in enumerate(words) if any(c.isalnum() for c in w.text)),
        key=lambda i: words[i].top,
    )
    dropped: set[int] = set()
    for n, i in enumerate(order):
        a = words[i]
        bottom = a.top + a.height
        for j in order[n + 1 :]:
            b = words[j]
            if b.top >= bottom:
                break
            if i in dropped or j in dropped or covered(a, b) <= SAME_PLACE:
                continue
            dropped.add(_worse(i, j, words, tall))
    return [w for k, w in enumerate(words) if k not in dropped]


def _worse(i: int, j: int, words: Sequence[OcrWord], tall: float) -> int:
    """Which of two readings of the same ink goes: the part of a longer reading that
    holds it (the tall box's '1392.80' over '80.' read inside it), else a box two lines
    tall, else the less sure."""
    a, b = words[i], words[j]
    ta, tb = _alnum(a.text), _alnum(b.text)
    if ta != tb:
        narrow, wide = (i, j) if a.width < b.width else (j, i)
        if _alnum(words[narrow].text) in _alnum(words[wide].text):
            return narrow
    if (a.height > tall) != (b.height > tall):
        return i if a.height > tall else j
    return i if a.confidence < b.confidence else j


def _alnum(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
