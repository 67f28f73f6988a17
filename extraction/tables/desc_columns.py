"""A line's description printed in two text columns both named like the description
("Item" | "Description": the item's name, then its details), its details on lines of their
own over and under the item row ("Serial no." over it, "SN719486" under it), which the
table reads as wrapped lines of one column, top to bottom. The header's labels part the
words: each column's words in reading order, the left column's first, as the page sets
them side by side. Only where the words of the two columns interleave on the page.
"""

from __future__ import annotations

import itertools

from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.header import Label


def _free_gap(words: list[Word], a: float, b: float) -> float | None:
    """The middle of the widest stretch between ``a`` and ``b`` that no word covers."""
    spans = sorted((w.bbox[0], w.bbox[2]) for w in words)
    best: tuple[float, float] | None = None
    edge = a
    for x0, x1 in [*spans, (b, b)]:
        lo, hi = max(edge, a), min(x0, b)
        if hi > lo and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
        edge = max(edge, x1)
    return (best[0] + best[1]) / 2 if best is not None else None


def text_by_columns(cell: Cell | None, labels: list[Label]) -> str | None:
    """The description's text read column by column (see the module's doc), or None where
    the words do not interleave two columns named like the description, or no stretch
    free of words between two labels parts them."""
    centres = sorted((lb.x0 + lb.x1) / 2 for lb in labels if lb.role == "description")
    if cell is None or len(centres) < 2:
        return None
    bounds = []
    for a, b in itertools.pairwise(centres):
        cut = _free_gap(cell.words, a, b)
        if cut is None:
            return None
        bounds.append(cut)
    words = sorted(cell.words, key=lambda w: (w.bbox[1], w.bbox[0]))
    order = [sum(1 for x in bounds if w.bbox[0] > x) for w in words]
    if len(set(order)) < 2 or order == sorted(order):
        return None  # one column, or the columns already read left to right
    groups = [
        " ".join(w.text for w, k in zip(words, order, strict=True) if k == col)
        for col in sorted(set(order))
    ]
    return " ".join(groups)
