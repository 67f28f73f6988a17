"""Column edges of a page's tables found by alignment down the rows, so that two cells set
closer than the layout's column gap are still two segments.

The layout cuts a row into segments where the gap between two words is wider than a word
space could be (``layout.build_layout``); a line table whose columns print a few points
apart (a code against the description, a quantity against its unit, a unit price against
the line total) leaves two cells in one segment on the rows whose cells fill their
columns. The rows themselves say where a column starts: an x is a column's edge when

- words of ``_ROWS`` rows or more start at it (a column set left), or end at it (set
  right), to ``_ALIGN`` of a point;
- on one of those rows at least the word stands apart by a column-sized gap (a shorter
  cell, the header's caption): the column is printed apart somewhere, so a second word of
  a description that happens to start at one x on three rows is no edge;
- no word of any row between the first and the last of those rows runs across it.

- the table has a caption row (the nearest row of captions at or above the first of
  those rows), and the two words the cut parts are printed under two of its captions
  (the one each overlaps most, else the nearest). Alignment alone is no column: the
  letters of a unit printed after every quantity ("12 pcs", "sq m") or the second word
  of descriptions that start alike align as well as a column does, but under one
  caption; a column of its own has a caption of its own.

A word of such a row that starts at a left edge (or follows a word ending at a right
edge) then starts a segment of its own. Only the text layer's positions count: OCR boxes
are a few points off a glyph's advance.
"""

from __future__ import annotations

import bisect
import re

from extraction.result import Word

# rows that must start (or end) a word at one x to make it a column's edge
_ROWS = 3
# two x this close are one edge (a column's cells align to a hundredth of a point)
_ALIGN = 0.3
# a word runs across an edge when it overlaps it by more than this
_ACROSS = 0.5
# the widest gutter (points) looked at beside an edge
_GUTTER = 3.0
# segments a row of a table prints at least (a totals row or an address line prints fewer)
_CELLS = 3
# rows above the first aligned row searched for the table's caption row
_HEAD_ROWS = 2
# two digits in a row: an amount, a code or a date, no caption
_DIGITS = re.compile(r"\d\d")
# a number's groups of thousands printed apart ("15 861,59"): one word for the reader,
# never two cells, whatever its digits align with
_GROUP_HEAD = re.compile(r"[-+(]?\d{1,3}")
_GROUP_TAIL = re.compile(r"\d{3}(?:[.,]\d|\s|$)")


def _first_near(by_x: list[tuple[float, int]], x: float) -> int | None:
    """The index of the first edge found within ``_ALIGN`` of ``x``, looked up in the
    edges sorted by x (``by_x``): a table has hundreds of words and a page dozens of
    edges, too many to test each word against each edge. Found edges lie more than
    ``_ALIGN`` apart, so the window holds a few at the most."""
    j = bisect.bisect_left(by_x, (x - 2 * _ALIGN,))
    near = []
    while j < len(by_x) and by_x[j][0] <= x + 2 * _ALIGN:
        if abs(by_x[j][0] - x) <= _ALIGN:
            near.append(by_x[j][1])
        j += 1
    return min(near, default=None)


def _edges(
    groups: list[list[Word]], gaps: list[list[float]], limits: list[float], side: int
) -> list[tuple[float, set[int], int]]:
    """Edges on ``side`` (0: left edges of words, 2: right edges), each as (x, the rows
    that align a word on it). ``gaps[r][k]``: the gap before word ``k`` of row ``r``
    (side 0) or after it (side 2). Only rows printing ``_CELLS`` segments or more count:
    a table's. Each edge comes with its table's caption row; a table without one has no
    edges."""
    found: list[tuple[float, list[int], float]] = []
    by_x: list[tuple[float, int]] = []  # the found edges' x, sorted, with their index
    for r, group in enumerate(groups):
        if sum(g > limits[r] for g in gaps[r]) < _CELLS:
            continue
        for k, w in enumerate(group):
            if w.source != "text":
                continue
            x, gap = w.bbox[side], gaps[r][k]
            i = _first_near(by_x, x)
            if i is None:
                bisect.insort(by_x, (x, len(found)))
                found.append((x, [r], gap))
                continue
            hx, rows, least = found[i]
            if rows[-1] != r:
                rows.append(r)
            found[i] = (hx, rows, min(least, gap))
    edges = []
    for x, rows, least in found:
        # (_sharing keeps some of the rows: an edge of too few rows is done without it)
        if len(rows) < _ROWS:
            continue
        rows = _sharing(groups, rows, x)
        if len(rows) < _ROWS or not any(
            gaps[r][k] > limits[r]
            for r in rows
            for k, w in enumerate(groups[r])
            if abs(w.bbox[side] - x) <= _ALIGN
        ):
            continue
        # the gutter beside the edge, as wide as its narrowest gap there, is open down the
        # rows: a column's padding; a word space that happens to line up with two rows of
        # another table has words of the rows between in it
        width = min(max(least, 2 * _ACROSS), _GUTTER)
        if side == 0:
            lo, hi = x - width + _ACROSS / 2, x + _ACROSS
        else:
            lo, hi = x - _ACROSS, x + width - _ACROSS / 2
        if not any(
            w.bbox[0] < hi
            and w.bbox[2] > lo
            and not (side == 0 and w.bbox[0] >= x - _ALIGN)
            and not (side == 2 and w.bbox[2] <= x + _ALIGN)
            for group in groups[rows[0] : rows[-1] + 1]
            for w in group
        ):
            head = _caption_row(groups, rows[0])
            if head is not None:
                edges.append((x, set(rows), head))
    return edges


def _caption_row(groups: list[list[Word]], first: int) -> int | None:
    """The caption row of the table whose aligned rows start at ``first``: the nearest row
    at or above it (``_HEAD_ROWS`` up) of ``_CELLS`` words or more, letters in most of
    them and no two digits in a row (an amount, a code, a date)."""
    for r in range(first, max(-1, first - _HEAD_ROWS - 1), -1):
        words = groups[r]
        if (
            len(words) >= _CELLS
            and not any(_DIGITS.search(w.text) for w in words)
            and 2 * sum(any(c.isalpha() for c in w.text) for w in words) >= len(words)
        ):
            return r
    return None


def _owner(captions: list[Word], w: Word) -> int:
    """The caption ``w`` is printed under: the one its box overlaps most, else the
    nearest."""

    def key(k: int) -> tuple[float, float]:
        c = captions[k].bbox
        overlap = min(c[2], w.bbox[2]) - max(c[0], w.bbox[0])
        return (-overlap, 0.0) if overlap > 0 else (0.0, -overlap)

    return min(range(len(captions)), key=key)


def _sharing(groups: list[list[Word]], rows: list[int], x: float) -> list[int]:
    """The rows of ``rows`` that align a word's edge other than at ``x`` with another of
    them: rows of one table share their columns; a row of another table (a VAT summary
    under the items) that meets one of them at one x by chance shares no other.

    The rows' marks (side, x) sorted: the marks within ``_ALIGN`` of one are the few right
    after it, so each is compared with those, not every row's with every other row's."""
    marks = sorted(
        (side, w.bbox[side], r)
        for r in rows
        for w in groups[r][1:]
        for side in (0, 2)
        if abs(w.bbox[side] - x) > _ALIGN
    )
    shared: set[int] = set()
    for i, (side, a, r) in enumerate(marks):
        for j in range(i + 1, len(marks)):
            t, b, o = marks[j]
            if t != side or b - a > _ALIGN:
                break
            if o != r:
                shared.update((r, o))
    return [r for r in rows if r in shared]


def cuts(groups: list[list[Word]], limits: list[float]) -> list[set[int]]:
    """For each row (words left to right, ``limits[r]`` its column-sized gap), the indexes
    of the words that start a segment at a column's edge although the gap before them is
    narrower than a column's."""
    gaps = [
        [w.bbox[0] - g[k - 1].bbox[2] if k else float("inf") for k, w in enumerate(g)]
        for g in groups
    ]
    after = [[*gs[1:], float("inf")] for gs in gaps]
    lefts = _edges(groups, gaps, limits, 0)
    rights = _edges(groups, after, limits, 2)
    out: list[set[int]] = []
    for r, group in enumerate(groups):
        at: set[int] = set()
        for k in range(1, len(group)):
            if not 0 < gaps[r][k] <= limits[r] or group[k].source != "text":
                continue
            if _GROUP_HEAD.fullmatch(group[k - 1].text) and _GROUP_TAIL.match(group[k].text):
                continue
            a, b = group[k - 1], group[k]
            heads = [h for x, rows, h in lefts if r in rows and abs(b.bbox[0] - x) <= _ALIGN]
            heads += [h for x, rows, h in rights if r in rows and abs(a.bbox[2] - x) <= _ALIGN]
            # the cut must separate two captions: a unit after its quantity, a
            # description's second word are under the caption of the cell they are in
            if any(_owner(groups[h], a) != _owner(groups[h], b) for h in heads):
                at.add(k)
        out.append(at)
    return out
