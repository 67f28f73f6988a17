"""What the readers of cells the table reading left out share (grouped_codes.py,
unit_between.py, line_vat.py): the words printed on a line's rows, cut into cells where the
gap is wider than a space, and the one candidate a line that stands in one column down the
page (left or right edges aligned).

Those readers work after the table reading, on the lines it made and the page's words, so
they find a column by the alignment of its cells down the rows, whatever its header says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from extraction.layout import PageLayout
from extraction.result import LineItem, Word

ALIGN = 4.0  # points the edges of one column's cells may differ by
T = TypeVar("T")


def line_cells(li: LineItem, layout: PageLayout) -> list[list[list[Word]]]:
    """The page's rows within the line's box, each cut into its cells (``sequences``):
    the words of two printed lines of one item never mix."""
    if li.bbox is None:
        return []
    _x0, top, _x1, bottom = li.bbox
    out: list[list[list[Word]]] = []
    for row in layout.rows:
        mid = (row.top + row.bottom) / 2
        if top - 1 <= mid <= bottom + 1:
            out.append(sequences(row.words))
    return out


def sequences(words: list[Word]) -> list[list[Word]]:
    """The row's words cut where the gap is wider than a space."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.bbox[0]):
        height = max(w.bbox[3] - w.bbox[1], 4.0)
        if out and 0 <= w.bbox[0] - out[-1][-1].bbox[2] <= 0.55 * height:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def page_lines(
    lines: list[LineItem], layouts: list[PageLayout]
) -> Iterator[tuple[PageLayout, list[int]]]:
    """Each page with the indexes of its lines, two lines or more."""
    by_page = {layout.page: layout for layout in layouts}
    for page in sorted({li.page for li in lines if li.page is not None}):
        idx = [i for i, li in enumerate(lines) if li.page == page]
        layout = by_page.get(page)
        if layout is not None and len(idx) >= 2:
            yield layout, idx


def most_aligned(found: dict[int, list[T]], edges: list[Callable[[T], float]]) -> dict[int, T]:
    """The column that holds most lines: for an edge of some candidate, each line's one
    candidate whose same edge is within ``ALIGN`` of it (a line with two such has none)."""
    best: dict[int, T] = {}
    for anchor in (c for cs in found.values() for c in cs):
        for edge in edges:
            at = edge(anchor)
            pick: dict[int, T] = {}
            for i, cs in found.items():
                near = [c for c in cs if abs(edge(c) - at) <= ALIGN]
                if len(near) == 1:
                    pick[i] = near[0]
            if len(pick) > len(best):
                best = pick
    return best


def header_over(layout: PageLayout, top: float, x0: float, x1: float) -> str:
    """The text printed over a column (``x0``-``x1``) on the nearest row above ``top``
    (40 points at most) that prints anything over it: the column's header, if any."""
    above = [r for r in layout.rows if r.bottom <= top + 0.5 and top - r.bottom <= 40]
    for row in sorted(above, key=lambda r: -r.bottom):
        over = [w.text for w in row.words if w.bbox[0] < x1 and w.bbox[2] > x0]
        if over:
            return " ".join(over)
    return ""
