"""Cells of two columns set so tight that the page's gap between them is no wider than a
word space: a code column's cell run on into the description's ("2440419 Clé
dynamométrique"), a description run on into the unit column beside it ("Vis inox M6
pcs"), on the rows whose code or text fills its column.

The gap cannot tell such a cut from a space between two words; the table's structure can.
A cut is made at an x where the table's columns start (a header label set flush with its
column, or two cells of the rows that print the columns apart, continuation lines of a
wrapped description included) and only when

- the x is a gap down the whole table: no word of an item row runs across it, and at most
  one row of text does (a note set across the table);
- the piece cut off is at the cell's edge, of a kind a column of its own holds: a lone
  unit of the closed set (``unit_words``), a unit column beside the description on
  either side, or a code of up to three words (``desc_codes.code_kind``, "AB 123 45")
  whose kind most of the cut rows share
  (a column of codes has one shape down the rows; a model name, "T8", is no code);
- three rows at least start a cell or a cut piece at that x.

A unit column set centred or right starts each word at another x: there a unit word that
ends a text cell is cut off where two rows or more print their units apart aligned as it
is (centres or right edges), the gap before it open down the table
(``cut_aligned_units``).

A row with a cell so cut is a reading of the table's structure: its line is capped at
``UNCONFIRMED_CAP`` (``read._line``).

Only the text layer's positions count: an OCR engine's boxes are a few points off a
glyph's advance, which is the width of the gap read here. Neither rule splits a
description's own words: a cut piece is a lone unit or code word, never text, and it lands
in a column of its own kind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extraction.tables.cells import Cell, read_number, split_cell
from extraction.tables.desc_codes import code_kind
from extraction.tables.unit_words import is_unit

# a word starting this close to a column's start starts there (the text layer's own
# positions: a left-aligned column's cells start at one x to a tenth of a point)
_SLACK = 1.0
# a word runs across a column's start when it overlaps it by more than this
_ACROSS = 0.5
# rows that start a cell or a cut piece at one x, to take it as a column's start
_LEAST_ROWS = 3
# the most words a code is printed in ("AB 123 45")
_CODE_WORDS = 3
# rows of text (no number) allowed to run across the start: a note set across the table
_NOTES_ACROSS = 1


@dataclass(frozen=True)
class _Cut:
    cells: list[Cell]  # the row's cells, cut in place
    cell: Cell
    at: int  # the index of the first word after the cut
    kind: str  # "unit" or "code:<the code's kind>"


def starts_by_rows(xs: list[tuple[int, float]], slack: float) -> list[tuple[float, set[int]]]:
    """The x where cells start, each with the rows that start one there (``xs``: a row's
    index, -1 for a header label, and an x; an x within ``slack`` of one found is that
    one): the left edges of a table's columns, as many rows as set them."""
    found: list[tuple[float, set[int]]] = []
    for at, x in xs:
        hit = next((f for f in found if abs(f[0] - x) <= slack), None)
        if hit is None:
            found.append((x, {at}))
        else:
            hit[1].add(at)
    return found


def _starts(evidence: list[list[Cell]], labels: list[float]) -> list[tuple[float, set[int]]]:
    """Every x where cells of the text layer start, with the rows (-1 for a header label)
    that start one."""
    xs = [(at, c.x0) for at, cells in enumerate(evidence) for c in cells if c.source == "text"]
    return starts_by_rows(xs + [(-1, x) for x in labels], _SLACK)


def _open_down_the_table(x: float, evidence: list[list[Cell]]) -> bool:
    """No word of an item row runs across ``x``, and at most one row of text does."""
    notes = 0
    for cells in evidence:
        across = any(
            w.bbox[0] < x - _ACROSS and w.bbox[2] > x + _ACROSS for c in cells for w in c.words
        )
        if not across:
            continue
        if any(c.numeric for c in cells):
            return False
        notes += 1
    return notes <= _NOTES_ACROSS


def _kind(cell: Cell, at: int, language: str) -> str | None:
    """What the cut before word ``at`` would cut off at either edge of the cell: a lone
    unit word ("unit"), a code of up to three words ("code:<its kind>"), or, at its left
    edge, a count and its unit ("15 COURONNE", the quantity's column set tight before the
    unit's), also "unit". None when the piece is neither (a cut inside the text, words of
    text)."""
    words = [w.text for w in cell.words]
    if at == 2 and is_unit(words[1]) and read_number(words[0], language)[0] is not None:
        return "unit"
    left, right = words[:at], words[at:]
    for piece in (left, right):
        if len(piece) == 1 and is_unit(piece[0]):
            return "unit"
    # a code of up to three words ("AB 123 45"), the kind its words' shapes say
    for piece in (left, right):
        kind = code_kind(piece) if len(piece) <= _CODE_WORDS else None
        if kind is not None:
            return f"code:{kind}"
    return None


def _lone_kind(cell: Cell) -> str | None:
    """The kind of a cell that starts a column, printed apart: a unit (one word) or a code
    (up to three words)."""
    words = [w.text for w in cell.words]
    if len(words) == 1 and is_unit(words[0]):
        return "unit"
    kind = code_kind(words) if len(words) <= _CODE_WORDS else None
    return f"code:{kind}" if kind is not None else None


def _cuts_at(x: float, rows: list[list[Cell]], language: str) -> list[_Cut]:
    cuts = []
    for cells in rows:
        for c in cells:
            # a code before one word reads as a count and its unit ("1868441 Software"):
            # such a cell is cut for the code only
            numeric = c.numeric and c.unit is None
            if numeric or c.source != "text" or len(c.words) < 2:
                continue
            for at in range(1, len(c.words)):
                w, before = c.words[at], c.words[at - 1]
                if abs(w.bbox[0] - x) <= _SLACK and w.bbox[0] > before.bbox[2]:
                    kind = _kind(c, at, language)
                    if kind is not None and not (c.numeric and kind == "unit"):
                        cuts.append(_Cut(cells, c, at, kind))
                    break
    return cuts


def cut_tight_cells(
    rows: list[list[Cell]], evidence: list[list[Cell]], labels: list[float], language: str
) -> None:
    """Cut in place the cells of ``rows`` that run over a column's start by a gap no
    wider than a word space, where the table's structure says a column starts there and
    the piece cut off is of its column's kind (module docstring)."""
    for x, seen in _starts(evidence, labels):
        if len(seen) < 2:
            continue
        cuts = _cuts_at(x, rows, language)
        if not cuts or not _open_down_the_table(x, evidence):
            continue
        # the cells that start the column on the item rows printing it apart count with
        # the cut pieces: a column of codes has one kind down the rows (a wrapped line's
        # "4000 K" under the text is no cell of it)
        kinds = Counter(cut.kind for cut in cuts)
        kinds.update(
            k
            for cells in evidence
            if any(c.numeric for c in cells)
            for c in cells
            if abs(c.x0 - x) <= _SLACK and (k := _lone_kind(c)) is not None
        )
        kind, count = kinds.most_common(1)[0]
        if kind.startswith("code:") and (count < 2 or count * 2 <= sum(kinds.values())):
            continue
        taken = [cut for cut in cuts if cut.kind == kind]
        if len(seen) + len(taken) < _LEAST_ROWS:
            continue
        for cut in taken:
            i = next((k for k, c in enumerate(cut.cells) if c is cut.cell), None)
            if i is not None:
                cut.cells[i : i + 1] = _cut(cut.cell, cut.at, language)


def _cut(cell: Cell, at: int, language: str) -> list[Cell]:
    """The cell cut before word ``at``, both pieces marked as read by the structure."""
    pieces = list(split_cell(cell, at, language))
    for piece in pieces:
        piece.tight = True
    return pieces


def _edges(c: Cell) -> tuple[float, float, float]:
    return c.x0, (c.x0 + c.x1) / 2, c.x1


def _unit_anchors(evidence: list[list[Cell]]) -> list[tuple[int, float]]:
    """The alignments of the table's unit columns that print their units apart (on two
    rows or more): (0, the cells' left edge), (1, their centre) or (2, their right edge),
    as a column set left, centred or right aligns them."""
    units = [
        c
        for cells in evidence
        for c in cells
        if c.source == "text" and len(c.words) == 1 and is_unit(c.text)
    ]
    anchors: list[tuple[int, float]] = []
    for side in range(3):
        found: list[tuple[float, int]] = []
        for c in units:
            x = _edges(c)[side]
            hit = next((k for k, (y, _n) in enumerate(found) if abs(y - x) <= _SLACK), None)
            if hit is None:
                found.append((x, 1))
            else:
                found[hit] = (found[hit][0], found[hit][1] + 1)
        anchors += [(side, x) for x, n in found if n >= 2]
    return anchors


def cut_aligned_units(rows: list[list[Cell]], evidence: list[list[Cell]], language: str) -> None:
    """Cut in place a unit word that ends a text cell where, on two rows or more, a column
    of units printed apart aligns its cells (left, centred or right: a centred unit column
    starts each word at another x), when no word of the table runs across the word's left
    edge (the unit column's own words aside): the row's description run on into the unit
    column, the unit its own cell."""
    anchors = _unit_anchors(evidence)
    if not anchors:
        return
    # the unit column's own words may run across the edge (a centred "sachet" starts left
    # of a centred "pce"): the gap is read on the other cells
    others = [[c for c in cells if _lone_kind(c) != "unit"] for cells in evidence]
    for cells in rows:
        for i, c in enumerate(cells):
            if c.numeric or c.source != "text" or len(c.words) < 2:
                continue
            last, before = c.words[-1], c.words[-2]
            if not is_unit(last.text) or last.bbox[0] <= before.bbox[2]:
                continue
            edges = (last.bbox[0], (last.bbox[0] + last.bbox[2]) / 2, last.bbox[2])
            if not any(abs(edges[side] - x) <= _SLACK for side, x in anchors):
                continue
            if _open_down_the_table(last.bbox[0] - _ACROSS, others):
                cells[i : i + 1] = _cut(c, len(c.words) - 1, language)
