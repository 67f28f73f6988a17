"""Codes in a column agree on their shape: a code read off that shape is read again.

Item codes printed one a row ("CAB2035D", "SAB7331C", "MNT884A") share a shape: the same
letters and digits in the same places. On a fax or a poor scan a letter of one of them is
read as its look-alike digit ("BO1908B" for "BOI908B", "PN18128C" for "PNT8128C"), and
nothing else on the page says so: the column does. A code whose run of leading letters is
shorter than that of most codes of its column, where the difference is digits read for
letters, gets a second reading:

- tesseract's reading of the word's box, when it is on the column's shape and a glyph or
  two from the first reading (two engines, the column deciding between them);
- else the one-glyph confusion (``candidates.confusions.TO_LETTER``: 1 -> I, 0 -> O, ...)
  when exactly one such variant fits the shape.

A code read again is capped at ``REREAD_CONFIDENCE`` (a new kind of reading), its first
reading kept as an alternative.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from extraction import repairs
from extraction.candidates.confusions import TO_LETTER
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr.tesseract import OcrWord

log = logging.getLogger(__name__)

REREAD_CONFIDENCE = UNCONFIRMED_CAP
MIN_CODES = 4  # codes in a column before its shape is believed
SHARE = 0.75  # of the column's codes that must share the leading-letter run
MAX_SWAPS = 2  # digits read for letters a code may have
_CODE = re.compile(r"^[A-Z]{1,4}[A-Z0-9]*\d[A-Z0-9]*$")
_EDGE = ".,;:"

# reads the given word boxes of the page image again: a reading for each (tesseract)
Reader = Callable[[np.ndarray, Sequence[OcrWord]], list[str]]


def _core(text: str) -> str:
    return text.strip(_EDGE)


def _lead(code: str) -> int:
    """The number of letters the code starts with."""
    n = 0
    while n < len(code) and code[n].isalpha():
        n += 1
    return n


def _is_code(text: str) -> bool:
    core = _core(text)
    return 5 <= len(core) <= 14 and bool(_CODE.match(core)) and sum(c.isalpha() for c in core) >= 2


def _columns(words: Sequence[OcrWord]) -> list[list[int]]:
    """Indices of code-like words whose left edges line up, top to bottom."""
    return aligned(words, _is_code, MIN_CODES)


def aligned(
    words: Sequence[OcrWord], is_code: Callable[[str], bool], least: int
) -> list[list[int]]:
    """Indices of the words ``is_code`` takes whose left edges line up, top to bottom: the
    columns of at least ``least`` of them."""
    codes = sorted((i for i, w in enumerate(words) if is_code(w.text)), key=lambda i: words[i].left)
    columns: list[list[int]] = []
    for i in codes:
        w = words[i]
        if columns:
            first = words[columns[-1][0]]
            if abs(w.left - first.left) <= max(6, first.height):
                columns[-1].append(i)
                continue
        columns.append([i])
    return [sorted(c, key=lambda i: words[i].top) for c in columns if len(c) >= least]


def _fits(code: str, lead: int) -> bool:
    """On the column's shape: as many leading letters as its codes (their lengths vary:
    "MNT884A" beside "CAB2035D")."""
    return _lead(code) == lead and _is_code(code)


def _variant(code: str, lead: int) -> str | None:
    """The code with the digits that stand where the column has letters read as their
    look-alike letters, when each has one and there are at most ``MAX_SWAPS``."""
    have = _lead(code)
    if have >= lead or lead - have > MAX_SWAPS or len(code) <= lead:
        return None
    out = list(code)
    for k in range(have, lead):
        letter = TO_LETTER.get(code[k])
        if letter is None:
            return None
        out[k] = letter
    return "".join(out)


def _close(a: str, b: str) -> bool:
    """The same length and at most ``MAX_SWAPS`` glyphs apart."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= MAX_SWAPS


def mend_codes(
    words: Sequence[OcrWord], image: np.ndarray | None = None, reader: Reader | None = None
) -> list[OcrWord]:
    """``words`` with the codes read off their column's shape read again (module doc).
    ``reader`` reads word boxes of ``image`` again (the other engine); None: the
    confusion table alone."""
    out = list(words)
    if not repairs.on("code_column_shape"):
        return out
    wrong: list[tuple[int, int]] = []
    for column in _columns(words):
        cores = [_core(words[i].text) for i in column]
        leads = Counter(_lead(c) for c in cores)
        lead, count = leads.most_common(1)[0]
        if count < SHARE * len(cores) or count < MIN_CODES - 1:
            continue
        wrong += [(i, lead) for i, c in zip(column, cores, strict=True) if _lead(c) < lead]
    if not wrong:
        return out
    again: list[str] = []
    if reader is not None and image is not None:
        try:
            again = reader(image, [words[i] for i, _ in wrong])
        except Exception:  # the other engine failing leaves the confusion table
            again = []
    for k, (i, lead) in enumerate(wrong):
        w = words[i]
        core = _core(w.text)
        other = _core(again[k].strip()) if k < len(again) else ""
        log.debug("code %r off its column's shape; the other engine reads %r", core, other)
        if other and _fits(other, lead) and _close(other, core):
            better = other
        else:
            variant = _variant(core, lead)
            if variant is None or not _fits(variant, lead):
                continue
            better = variant
        text = w.text.replace(core, better, 1)
        out[i] = replace(
            w,
            text=text,
            confidence=min(w.confidence, REREAD_CONFIDENCE),
            alternatives=(w.text, *w.alternatives),
        )
    return out


def _crops(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[np.ndarray]:
    out = []
    for w in boxes:
        pad_y, pad_x = max(2, round(0.25 * w.height)), max(3, round(0.3 * w.height))
        y0, y1 = max(0, w.top - pad_y), min(image.shape[0], w.top + w.height + pad_y)
        x0, x1 = max(0, w.left - pad_x), min(image.shape[1], w.left + w.width + pad_x)
        out.append(np.ascontiguousarray(image[y0:y1, x0:x1]))
    return out


def tesseract_reader(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[str]:
    """Tesseract's reading of each box (one line each), for a page RapidOCR read."""
    from extraction.ocr import tesseract

    found = tesseract.read_regions(_crops(image, boxes), "eng", psm=7)
    return ["".join(w.text for w in words) for words in found]


def rapid_reader(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[str]:
    """RapidOCR's reading of each box, for a page tesseract read."""
    from extraction.ocr import rapid

    return [text.replace(" ", "") for text, _score in rapid.read_crops(_crops(image, boxes))]
