"""Is a printed line the wrapped start of the text under it? A program or a browser that
wraps a description breaks a line where its next word would not fit in the column: the
line runs to about the column's right edge less that word. A heading or a note is as long
as its own words, wherever the column ends. Geometry only: no word is read for meaning.
"""

from __future__ import annotations

import itertools

from extraction.layout import Row, Segment
from extraction.result import Word

# the share of the column's width a wrapped line may fall short of the edge by, beyond its
# next word (proportional type: a line of the same count of letters is narrower or wider)
_SLACK = 0.12


def _segment_at(row: Row, x0: float) -> Segment | None:
    """The row's segment that starts where ``x0`` is (within 2 pt): its text in that column."""
    return next((s for s in row.segments if abs(s.words[0].bbox[0] - x0) <= 2.0), None)


def column_edge(rows: list[Row], x0: float) -> float | None:
    """The right edge of the widest text starting at ``x0`` among ``rows``: how far the
    column lets a line run."""
    ends = [s.words[-1].bbox[2] for r in rows if (s := _segment_at(r, x0)) is not None]
    return max(ends) if len(ends) >= 3 else None


def wraps_into(upper: Row, lower: Row, edge: float | None) -> bool:
    """Does ``upper`` (a row of text) stop where the first word of ``lower``'s text in the
    same column would not have fitted before ``edge``? Then the two are one cell's lines."""
    if edge is None or not upper.segments:
        return False
    nxt = _segment_at(lower, x0_of(upper))
    return nxt is not None and fills_line(upper.segments[0].words, nxt.words[0], edge)


def fills_line(line: list[Word], next_word: Word, edge: float | None) -> bool:
    """Do the words of ``line`` run to where ``next_word`` (the first of the line under
    it) would not have fitted before ``edge``, the column's right edge?"""
    if edge is None or not line:
        return False
    x0, end = line[0].bbox[0], line[-1].bbox[2]
    word = next_word.bbox[2] - next_word.bbox[0]
    space = max(1.0, (line[-1].bbox[3] - line[-1].bbox[1]) * 0.25)
    width = edge - x0
    return width > 0 and end + space + word > edge - _SLACK * width


def had_room(line: list[Word], next_word: Word, edge: float) -> bool:
    """Would ``next_word`` have fitted after ``line`` before ``edge`` (the widest line seen,
    so no further than the column lets a line run)? Then no program wrapping the cell
    would have carried it to the next line."""
    end = line[-1].bbox[2]
    space = max(1.0, (line[-1].bbox[3] - line[-1].bbox[1]) * 0.25)
    return end + space + (next_word.bbox[2] - next_word.bbox[0]) <= edge - 1.0


def x0_of(row: Row) -> float:
    """Where the row's first text starts."""
    return row.segments[0].words[0].bbox[0]


def opens_next(
    above: list[Word], lines: list[list[Word]], next_first: Word | None, edge: float | None
) -> bool:
    """Are ``lines`` (text between two item rows, each a list of words) the first lines of
    the item under them rather than more of the line ``above``? A program wrapping a cell
    breaks where the next word would not fit: so the first word of ``lines`` had room
    after ``above`` (no continuation of it), and each line runs to where the next
    line's first word, the last one the item row's own (``next_first``), would not fit.
    A note or a heading is as long as its words and fails the second test."""
    if edge is None or not above or not lines or not all(lines) or next_first is None:
        return False
    if not had_room(above, lines[0][0], edge):
        return False
    seq = [*lines, [next_first]]
    return all(fills_line(a, b[0], edge) for a, b in itertools.pairwise(seq))
