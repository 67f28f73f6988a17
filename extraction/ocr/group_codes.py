"""Codes printed as digit groups agree on their shape down a column: a code read off it is
put back on it.

Item codes printed as groups of digits ("55.95.75", "12-345-67") share one shape down
their column: the same separator and the same group lengths. On a fax a separator dot
comes back as a comma ("29,29.53" among "71.75.80"s) and a digit as its look-alike letter
("22.31.1G"); the table then sees a column of mixed shapes, some of them amounts, and may
not take it as the code column at all (every code of a fax's table lost while most were
read right: ``bench/ocr/row_losses.py``, "word dropped" under sku). The column says what
the shape is: a cell in it that reaches that shape with at most ``MAX_CHANGES`` look-alike
changes (a separator for the column's, a letter for its look-alike digit from the one
confusion table, ``candidates.confusions.TO_DIGIT``) is read that way.

The mended code is one reading among others, not a check: capped at ``MENDED_CONFIDENCE``,
its first reading kept as an alternative.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from extraction import repairs
from extraction.candidates.confusions import TO_DIGIT
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr import code_column
from extraction.ocr.tesseract import OcrWord

MENDED_CONFIDENCE = UNCONFIRMED_CAP
MIN_CODES = 4  # codes of one shape in a column before the shape is believed
SHARE = 0.75  # of the column's code-like cells that must be on that shape
MAX_CHANGES = 2  # look-alike glyphs a mended cell may differ by
_SEPARATORS = ".-/"  # a code's own separators; a comma is an amount's, read for a dot
_LOOSE_SEPARATORS = re.compile(r"[.,\-/]")
_EDGE = ";:"

Shape = tuple[str, tuple[int, ...]]  # separator, group lengths


def _shape(core: str) -> Shape | None:
    """The shape of a code of three or more digit groups, one separator between them."""
    seps = set(_LOOSE_SEPARATORS.findall(core))
    if len(seps) != 1 or not seps <= set(_SEPARATORS):
        return None
    sep = next(iter(seps))
    groups = core.split(sep)
    if len(groups) < 3 or not all(g.isdigit() and 1 <= len(g) <= 4 for g in groups):
        return None
    return sep, tuple(len(g) for g in groups)


def _loose(core: str) -> bool:
    """Three or more groups of digits (and look-alike letters), any separators between."""
    groups = _LOOSE_SEPARATORS.split(core)
    return len(groups) >= 3 and all(
        1 <= len(g) <= 4 and g.isalnum() and any(c.isdigit() for c in g) for g in groups
    )


def _onto(core: str, shape: Shape) -> str | None:
    """``core`` put on ``shape`` with at most ``MAX_CHANGES`` look-alike changes, or None."""
    sep, lengths = shape
    groups = _LOOSE_SEPARATORS.split(core)
    if tuple(len(g) for g in groups) != lengths:
        return None
    changes = sum(s != sep for s in _LOOSE_SEPARATORS.findall(core))
    digits = []
    for group in groups:
        out = ""
        for c in group:
            if c.isdigit():
                out += c
            elif c in TO_DIGIT:
                out += TO_DIGIT[c]
                changes += 1
            else:
                return None
        digits.append(out)
    if changes == 0 or changes > MAX_CHANGES:
        return None
    return sep.join(digits)


def mend(words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` with the digit-group codes read off their column's shape put on it."""
    out = list(words)
    if not repairs.on("code_column_shape"):
        return out
    for column in code_column.aligned(words, lambda t: _loose(t.strip(_EDGE)), MIN_CODES):
        shapes = Counter(_shape(words[i].text.strip(_EDGE)) for i in column)
        shapes.pop(None, None)
        if not shapes:
            continue
        shape, count = shapes.most_common(1)[0]
        if shape is None or count < MIN_CODES or count < SHARE * len(column):
            continue
        for i in column:
            w = words[i]
            core = w.text.strip(_EDGE)
            better = _onto(core, shape)
            if better is None:
                continue
            out[i] = replace(
                w,
                text=w.text.replace(core, better, 1),
                confidence=min(w.confidence, MENDED_CONFIDENCE),
                alternatives=(w.text, *w.alternatives),
            )
    return out
