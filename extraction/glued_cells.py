"""Words of a text layer that run over a column's edge, split at it.

A line table whose columns print closer than the word grouping's tolerance (1.5 pt:
``text_layer.X_TOLERANCE``) gives one word for two cells: an article code against the
description ("4001808708601Huile"), a unit price against the line total
("66.29198.87"), a quantity against its unit ("10roll"). Inside a printed word the
characters follow each other by their advance (kerning moves them a few tenths of a
point); between two cells stands the cell's padding. So a word is split between two of its
characters when

- the gap between them is at least ``_GAP`` points and stands out of the word's other gaps
  by ``_OVER`` (a letter-spaced or italic word spaces all its characters alike), and is
  not the one after a ligature's second letter (whose box is the glyph's);
- the columns say an edge is there: the piece after the gap starts at an x where words of
  ``_ROWS`` other lines of the page start (a left-aligned column), or the piece before it
  ends at an x where words of ``_ROWS`` other lines end (a right-aligned one); the other
  glued words of the column count as such words (a column of 13-digit codes glued to every
  description starts all the descriptions at one x).

Per-character positions are the text layer's own: OCR words are not split here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from statistics import median
from typing import Any

# a gap between two characters of one word at least this wide (points) may be a column's edge
_GAP = 0.4
# ... and wider than the word's typical gap between characters by this much
_OVER = 0.4
# other lines of the page that must start (or end) a word at the x of the edge
_ROWS = 2
# two x this close are one column edge (a column's cells align to a hundredth of a point)
_ALIGN = 0.3
# two words whose tops differ by less than this are on one line
_SAME_LINE = 2.0

Merge = Callable[[list[dict[str, Any]]], dict[str, Any]]


def _gaps(word: dict[str, Any]) -> list[int]:
    """The indexes ``i`` of the characters after which the word has a gap that may be a
    column's edge (between characters ``i`` and ``i + 1``)."""
    chars = word.get("chars") or []
    if len(chars) < 2:
        return []
    gaps = [b["x0"] - a["x1"] for a, b in itertools.pairwise(chars)]
    usual = median(gaps)
    # a ligature's second letter ("fl") starts where its first does: its box is the
    # glyph's, not the letter's advance, and the gap after it is no gap
    return [
        i
        for i, g in enumerate(gaps)
        if g >= _GAP and g >= usual + _OVER and not (i and chars[i]["x0"] == chars[i - 1]["x0"])
    ]


def _lines_at(edges: list[tuple[float, float]], x: float, top: float) -> int:
    """How many lines other than the one at ``top`` have an edge at ``x``."""
    tops: list[float] = []
    for ex, et in edges:
        if (
            abs(ex - x) <= _ALIGN
            and abs(et - top) > _SAME_LINE
            and not any(abs(et - t) <= _SAME_LINE for t in tops)
        ):
            tops.append(et)
    return len(tops)


def split_glued(words: list[dict[str, Any]], merge: Merge) -> list[dict[str, Any]]:
    """``words`` (pdfplumber's word dicts with their ``chars``) with each word that runs
    over a column's edge split there (module docstring); ``merge`` makes a word of
    characters as the word grouping does."""
    found = [(k, _gaps(w)) for k, w in enumerate(words)]
    found = [(k, gaps) for k, gaps in found if gaps]
    if not found:
        return words
    starts = [(float(w["x0"]), float(w["top"])) for w in words]
    ends = [(float(w["x1"]), float(w["top"])) for w in words]
    for k, gaps in found:
        chars = words[k]["chars"]
        starts += [(chars[i + 1]["x0"], float(words[k]["top"])) for i in gaps]
        ends += [(chars[i]["x1"], float(words[k]["top"])) for i in gaps]
    out = list(words)
    for k, gaps in reversed(found):
        w = words[k]
        chars, top = w["chars"], float(w["top"])
        cuts = [
            i + 1
            for i in gaps
            if _lines_at(starts, chars[i + 1]["x0"], top) >= _ROWS
            or _lines_at(ends, chars[i]["x1"], top) >= _ROWS
        ]
        if not cuts:
            continue
        bounds = [0, *cuts, len(chars)]
        out[k : k + 1] = [
            {**merge(chars[a:b]), "chars": chars[a:b]} for a, b in itertools.pairwise(bounds)
        ]
    return out
