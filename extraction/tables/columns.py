"""Columns of a table body by x-alignment: cells that overlap horizontally, row after row,
are one column; the header labels are then laid over them in order."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extraction.result import Word
from extraction.tables.cells import Cell, split_cell
from extraction.tables.header import Label
from extraction.tables.tight_cells import cut_aligned_units, cut_tight_cells, starts_by_rows

_CODE = re.compile(r"^[A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_.]*$")


@dataclass
class Column:
    x0: float
    x1: float
    cells: list[Cell] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    role: str | None = None

    @property
    def numeric(self) -> bool:
        nums = sum(1 for c in self.cells if c.numeric)
        return nums > 0 and nums * 2 >= len(self.cells)

    @property
    def label_text(self) -> str:
        return " ".join(lb.text for lb in self.labels)

    @property
    def label_roles(self) -> set[str]:
        return {lb.role for lb in self.labels if lb.role}


def _components(cells: list[Cell]) -> list[list[Cell]]:
    """Groups of cells linked by horizontal overlap (1 pt of slack)."""
    ordered = sorted(cells, key=lambda c: c.x0)
    groups: list[list[Cell]] = []
    right = -1e9
    for c in ordered:
        if groups and c.x0 <= right + 1:
            groups[-1].append(c)
            right = max(right, c.x1)
        else:
            groups.append([c])
            right = c.x1
    return groups


def _split(group: list[Cell], row_of: dict[int, int]) -> list[list[Cell]]:
    """A group holding two cells of one row is two columns joined by a wide cell: the row
    with the most cells in it gives the columns, the others join the one they overlap most."""
    per_row: dict[int, list[Cell]] = {}
    for c in sorted(group, key=lambda c: c.x0):
        per_row.setdefault(row_of[id(c)], []).append(c)
    apart = [
        cells
        for cells in per_row.values()
        if all(a.x1 <= b.x0 for a, b in itertools.pairwise(cells))
    ]
    seeds = max(apart, key=len, default=[])
    if len(seeds) < 2:
        return [group]
    parts: list[list[Cell]] = [[s] for s in seeds]
    for c in group:
        if any(c is s for s in seeds):
            continue
        # a number overlapping a number's seed and a word's ("6 box" under "829" and
        # "hr", printed apart on another row) is the number's: the quantity, its unit
        # written after it
        best = max(
            range(len(seeds)),
            key=lambda k: (
                min(seeds[k].x1, c.x1) - max(seeds[k].x0, c.x0) > 0
                and seeds[k].numeric == c.numeric,
                min(seeds[k].x1, c.x1) - max(seeds[k].x0, c.x0),
                -abs(seeds[k].x0 - c.x0),
            ),
        )
        parts[best].append(c)
    return parts


def _unglue(rows: list[list[Cell]], language: str) -> None:
    """A text cell whose last words start where, on the other rows, a column of codes
    starts (a long description printed into the next column's space, "Étagère ... 5
    plateaux 011-6114-345"): cut in two there, in place. The code column is told by rows
    where it stands apart, every one of its cells a code."""
    starts: list[float] = []
    for cells in rows:
        for a, b in itertools.pairwise(cells):
            if not a.numeric and not b.numeric and b.code_like:
                starts.append(b.x0)
    if len(starts) < 2:
        return
    for cells in rows:
        for i, c in enumerate(cells):
            if c.numeric or len(c.words) < 2:
                continue
            for at in range(1, len(c.words)):
                w = c.words[at]
                if any(abs(w.bbox[0] - x) <= 2 for x in starts) and all(
                    _CODE.match(x.text) for x in c.words[at:]
                ):
                    cells[i : i + 1] = list(split_cell(c, at, language))
                    break


# two rows or more whose text starts at one x (within this many points) start a column there
_START_SLACK = 1.5
# a gap this many times the word's height is wider than a word space: two cells set close
_CELL_GAP = 0.55


def _text_starts(
    rows: list[list[Cell]], labels: list[float], text_only: bool = False
) -> list[float]:
    """Where cells of two rows or more start (or one row and a header label): the left
    edges of the table's columns, as the rows whose cells stand apart show them (a wrapped
    code's end, "568", is a number that starts its column too)."""
    # a label set flush with its column's left edge counts as one row more
    xs = [
        (at, c.x0) for at, cells in enumerate(rows) for c in cells if not (text_only and c.numeric)
    ]
    xs += [(-1, x) for x in labels]
    return [x for x, seen in starts_by_rows(xs, _START_SLACK) if len(seen) >= 2]


# rows whose words start at one x after a wide gap inside their cells, to start a column
_GAP_ROWS = 3
# a code's first word: capitals and digits, a capital in it or five digits and more
_GAP_CODE = re.compile(r"^(?=.*[A-Z]|\d{5})[A-Z0-9][A-Z0-9./\-]+$")


def _gap_edges(rows: list[list[Cell]], side: int) -> list[float]:
    """Where, on three rows or more, a word starts after a gap wider than a word space
    inside a cell (``side`` 0), or the word before such a gap ends (``side`` 2): a column
    set too close to the one before it on every row ("835.56  MF 554 63", "EUR 74,52  BT
    577 67": an amount and a code column at the row's end), which no row prints apart;
    the amounts' right edges align as the codes' left edges do. Only the text layer's
    positions count (``_cut_at_starts``)."""
    found: list[tuple[float, set[int]]] = []
    for at, cells in enumerate(rows):
        for c in cells:
            if c.source != "text":
                continue
            for before, w in itertools.pairwise(c.words):
                height = max(1.0, w.bbox[3] - w.bbox[1])
                if w.bbox[0] - before.bbox[2] < _CELL_GAP * height:
                    continue
                # an amount's last digit, then a code's first word ("MF", "KEZ51717"):
                # words of a text set wide (justified, letter-spaced) are no columns
                if not before.text[-1:].isdigit() or not _GAP_CODE.match(w.text):
                    continue
                x = w.bbox[0] if side == 0 else before.bbox[2]
                hit = next((f for f in found if abs(f[0] - x) <= _START_SLACK), None)
                if hit is None:
                    found.append((x, {at}))
                else:
                    hit[1].add(at)
    return [x for x, seen in found if len(seen) >= _GAP_ROWS]


def _number_ends(rows: list[list[Cell]]) -> list[float]:
    """Where cells of numbers alone end on two rows or more: the right edges of columns of
    amounts. A number before text that ends there ("835.56 | MF 554 63", an amount set
    close before a code column at the row's end) is that column's cell, no count of the
    text after it."""
    found: list[tuple[float, set[int]]] = []
    for at, cells in enumerate(rows):
        for c in cells:
            if not c.numeric or c.unit is not None or c.percent:
                continue
            hit = next((f for f in found if abs(f[0] - c.x1) <= _START_SLACK), None)
            if hit is None:
                found.append((c.x1, {at}))
            else:
                hit[1].add(at)
    return [x for x, seen in found if len(seen) >= 2]


def _own_label(head: Cell, tail: Word, labels: list[Label]) -> bool:
    """Is a lone number before the cut printed under a label of its own, one the words
    after it are not under ("1" under "Pos.", "plateaux" under "Désignation")? A number
    under no label of its own may be the text's ("25 Bolts box")."""

    def under(x0: float, x1: float, lb: Label) -> bool:
        return min(x1, lb.x1) - max(x0, lb.x0) > 0

    return any(
        under(head.x0, head.x1, lb) and not under(tail.bbox[0], tail.bbox[2], lb) for lb in labels
    )


def _cut_at_starts(
    rows: list[list[Cell]], evidence: list[list[Cell]], labels: list[Label], language: str
) -> None:
    """A cell whose words run over a gap wider than a word space, the words after it
    starting where other rows start a text cell ("80.76.68 23-6018-867 | Filtre à huile",
    "6 | logiciel (12 mois)" under a description column whose other lines start at
    "logiciel"): two cells printed too close for the page's gap to part them, cut in two
    there, in place. Only the column's alignment on other rows parts them, never the gap
    alone, and only in the text layer, whose positions are the printer's own."""
    xs = [lb.x0 for lb in labels]
    starts = _text_starts(evidence, xs)
    # a number and its unit ("10 coil") are one cell, unless text starts where the unit
    # does ("6 m" over "Tuyau PER ...": a line number glued to the wrapped description)
    text_starts = _text_starts(evidence, xs, text_only=True)
    if not starts:
        return
    ends = _number_ends(evidence) + _gap_edges(evidence, 2)
    # starts no row prints apart: a guess about the table's columns (``Cell.parted``)
    gapped = [x for x in _gap_edges(evidence, 0) if all(abs(x - s) > _START_SLACK for s in starts)]
    starts += gapped
    for cells in rows:
        i = 0
        while i < len(cells):
            c = cells[i]
            cut = None
            if c.source != "text":
                # an OCR engine's boxes are a few points off a glyph's advance either way:
                # its gaps and left edges are no evidence of two cells printed too close
                i += 1
                continue
            for at in range(1, len(c.words)):
                w, before = c.words[at], c.words[at - 1]
                height = max(1.0, w.bbox[3] - w.bbox[1])
                if w.bbox[0] - before.bbox[2] >= _CELL_GAP * height and any(
                    abs(w.bbox[0] - x) <= _START_SLACK
                    for x in (text_starts if c.numeric else starts)
                ):
                    cut = at
                    break
            if cut is None:
                i += 1
                continue
            head, tail = split_cell(c, cut, language)
            # a number before text ("25 Bolts box") is cut off only under a label of its
            # own; a number and its unit ("24 heure") part where the units' column starts
            if (
                cut == 1
                and head.numeric
                and not c.numeric
                and not _own_label(head, c.words[1], labels)
                and not any(abs(head.x1 - x) <= _START_SLACK for x in ends)
            ):
                i += 1
                continue
            if any(abs(tail.x0 - x) <= _START_SLACK for x in gapped):
                tail.parted = True
            cells[i : i + 1] = [head, tail]
            i += 1  # the tail may hold another column's start


def body_columns(
    rows: list[list[Cell]],
    language: str = "en",
    evidence: list[list[Cell]] | None = None,
    labels: list[Label] | None = None,
) -> list[Column]:
    _unglue(rows, language)
    _cut_at_starts(rows, evidence if evidence is not None else rows, labels or [], language)
    seen = evidence if evidence is not None else rows
    cut_tight_cells(rows, seen, [lb.x0 for lb in labels or []], language)
    cut_aligned_units(rows, seen, language)
    row_of = {id(c): i for i, cells in enumerate(rows) for c in cells}
    cols: list[Column] = []
    for group in _components([c for cells in rows for c in cells]):
        for part in _split(group, row_of):
            cols.append(Column(min(c.x0 for c in part), max(c.x1 for c in part), part))
    return sorted(cols, key=lambda c: c.x0)


_SKIP_LABEL = 25.0
_OPEN = 4.0


def _distance(lb: Label, col: Column) -> float:
    overlap = min(lb.x1, col.x1) - max(lb.x0, col.x0)
    if overlap > 0:
        return -min(4.0, overlap / 4)
    return -overlap


def lay_labels(labels: list[Label], cols: list[Column]) -> None:
    """Give each column the labels over it: an order-keeping alignment of labels to columns
    that minimises the gaps between them (labels of right-aligned numbers sit off their
    values, so the nearest label is not always the column's own)."""
    n, m = len(labels), len(cols)
    inf = float("inf")
    # cost[i][j][k]: i labels and j columns done, k = column j-1 already has a label
    cost = [[[inf, inf] for _ in range(m + 1)] for _ in range(n + 1)]
    back: dict[tuple[int, int, int], tuple[int, int, int, bool]] = {}
    cost[0][0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for k in (0, 1):
                here = cost[i][j][k]
                if here == inf:
                    continue
                steps: list[tuple[int, int, int, float, bool]] = []
                if i < n:
                    steps.append((i + 1, j, k, _SKIP_LABEL, False))
                    if j < m:
                        steps.append((i + 1, j + 1, 1, _distance(labels[i], cols[j]), True))
                    if j > 0 and k == 1:
                        steps.append((i + 1, j, 1, _distance(labels[i], cols[j - 1]) + _OPEN, True))
                if j < m:
                    unlabelled = 12.0 if cols[j].numeric else 6.0
                    steps.append((i, j + 1, 0, unlabelled, False))
                for ni, nj, nk, c, matched in steps:
                    if here + c < cost[ni][nj][nk]:
                        cost[ni][nj][nk] = here + c
                        back[(ni, nj, nk)] = (i, j, k, matched)
    state = (n, m, 0 if cost[n][m][0] <= cost[n][m][1] else 1)
    for col in cols:
        col.labels = []
    while state != (0, 0, 0):
        i, j, k, matched = back[state]
        if matched:
            ni, nj, _nk = state
            col = cols[nj - 1] if nj > j else cols[j - 1]
            col.labels.insert(0, labels[ni - 1])
        state = (i, j, k)
