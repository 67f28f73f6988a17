"""Titles set in spaced letters, read as words: "I N V O I C E", "con fi rm ati on of order".

A title printed letter-spaced (or in small capitals with tracking) reaches the text layer
as letters or pieces of words, each a word of its own: no title phrase matches "i n v o i c
e". The gaps tell the words apart again: between the letters of one word they are the
tracking, between two words the tracking plus a space. So a segment made mostly of
one-to-three-letter pieces is rebuilt with its pieces joined where the gap is in the
smaller of the two sizes (every gap, when they are all alike: one spaced word). Only the
document-type reading uses it; the words on the page are left as they were read.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from extraction.layout import PageLayout, Row, Segment, words_bbox
from extraction.result import Word

# the longest piece counted as a fragment, and the share of fragments that makes a
# segment letter-spaced
PIECE = 3
FRAGMENTED = 0.7
# gaps this much wider than the narrowest are spaces between words
SPACE_RATIO = 1.6


def _fragmented(seg: Segment) -> bool:
    words = seg.words
    if len(words) < 3 or not all(w.text.isalpha() for w in words):
        return False
    return sum(len(w.text) <= PIECE for w in words) >= FRAGMENTED * len(words)


def _joined(words: list[Word]) -> Word:
    return Word(
        text="".join(w.text for w in words),
        bbox=words_bbox(words),
        confidence=min(w.confidence for w in words),
        source=words[0].source,
    )


def respaced(seg: Segment) -> Segment:
    """``seg`` with letter-spaced pieces joined into words (itself when not spaced)."""
    if not _fragmented(seg):
        return seg
    words = sorted(seg.words, key=lambda w: w.bbox[0])
    gaps = [b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(words)]
    narrow = max(min(gaps), 0.0)
    wide = max(gaps)
    cut = (narrow + wide) / 2 if wide > SPACE_RATIO * narrow + 0.5 else wide + 1.0
    groups: list[list[Word]] = [[words[0]]]
    for gap, w in zip(gaps, words[1:], strict=True):
        if gap > cut:
            groups.append([w])
        else:
            groups[-1].append(w)
    return Segment([_joined(g) for g in groups], seg.page, seg.row)


def respaced_layouts(layouts: list[PageLayout], wanted: Callable[[str], bool]) -> list[PageLayout]:
    """``layouts`` with every letter-spaced segment rebuilt (``respaced``) where the rebuilt
    folded text is ``wanted`` (it names a kind) and the pieces were not: a row of short
    column heads ("Qté U PU") stays as printed. Unchanged pages are the same objects."""

    def rebuilt(seg: Segment) -> Segment:
        new = respaced(seg)
        if new is seg or wanted(seg.folded) or not wanted(new.folded):
            return seg
        return new

    out: list[PageLayout] = []
    for lay in layouts:
        if not any(_fragmented(s) for s in lay.segments):
            out.append(lay)
            continue
        rows = [Row([rebuilt(s) for s in r.segments], r.page, r.index) for r in lay.rows]
        out.append(PageLayout(lay.page, lay.width, lay.height, rows, lay.line_height))
    return out
