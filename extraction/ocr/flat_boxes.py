"""Boxes too low to hold text: a rule, an underline or a table's grid line tesseract read
as a word.

On a 1-bit scan tesseract reads a table's rules as words ("eee", "_——", "a") in boxes a
few pixels high and a page wide. Cut out for the second engine, such a box is scaled to
the recogniser's 48 px height: a 2000 x 7 px rule becomes ~14,000 columns, half a page's
re-read budget in one crop, and the recogniser pads every crop of its run to the widest,
so the words read beside it cost as much again. On a 1-bit 300 dpi page of samples.wild
(issue 23) 4.7 s of the re-read's and 2 s of ``stretched.mend``'s 10.3 s went to such
boxes, and what they gave back was no text. A box lower than ``FLAT`` of the page's text
height (``overlaps.line_height``: a word's box, ascenders to descenders) is left as read:
neither re-read (``vote.reread``) nor mended as a stretched box (``stretched.mend``).

Measured alone on main (bench/ocr ``flat35`` against ``before14``), the 7 1-bit 300 dpi
pages of samples.wild seed 1401 (families A): fields and rows the same (94.2 %, 51.7 %),
4.33x -> 2.48x raw tesseract's CPU time (worst page 11.6x -> 3.6x). On 8-bit pages such
boxes are rare among the words re-read (1 of 9 scans of that seed, 1 of 11 realworld-dev
scans: the stained EDF invoice, four specks; its fields the same).

A dash is as low as its stroke, but it holds no letter or digit, so it was never re-read
nor mended: it is not touched here either.
"""

from __future__ import annotations

from collections.abc import Sequence

from extraction.ocr import overlaps
from extraction.ocr.tesseract import OcrWord

# the lowest a word's box may be, as a share of the page's text height, and still be text:
# an x-height letter is about half of it, a rule a tenth. None: every box may be text
FLAT: float | None = 0.35


def flat(words: Sequence[OcrWord]) -> set[int]:
    """Indices of the words whose box is too low to hold text (``FLAT``)."""
    if FLAT is None or not words:
        return set()
    lowest = FLAT * overlaps.line_height(words)
    return {i for i, w in enumerate(words) if w.height < lowest}
