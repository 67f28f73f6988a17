"""Item blocks found by page geometry alone: consecutive rows whose numbers end at the same
x positions (right-aligned columns), whatever the header above them says or whether there
is one at all. Header words are never needed: the block is told by its alignment, its
columns' roles later by their arithmetic (``grid_roles``).

Rows of text only (a wrapped description, a note) may stand between item rows; a row
with a total's label, or numbers that do not line up, ends the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extraction.layout import PageLayout, Row
from extraction.lines import _is_stop
from extraction.parse.text import fold
from extraction.tables.cells import Cell, cells_of, split_cell

# how far (pt) the right edge of one column may wander from row to row
EDGE = 4.0
# text-only rows an item row may have under it before the block is over
_MAX_TEXT_ROWS = 4
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_COUNT = re.compile(r"^\d{1,5}(?:[.,]\d{1,3})?$")
_TIMES = frozenset({"x", "×", "X"})
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$")
# the first words of a row that closes a table or heads a block of fields, in the
# languages the pipeline reads (evidence against an item row, never needed to find one)
_CLOSING = re.compile(
    r"^(?:sub ?-?total|total|montant|net|tva|vat|tax|taxe|ttc|ht|balance|solde|acompte"
    r"|deposit|page|report|carried|a reporter|base)\b"
)


@dataclass
class GridRow:
    """An item row of a block: its cells and the text-only rows printed under it."""

    row: Row
    cells: list[Cell]
    under: list[list[Cell]] = field(default_factory=list)
    # a count the text starts with ("4 × PEX pipe"), cut off it: a quantity if the
    # arithmetic says so
    lead: Cell | None = None
    lead_of: Cell | None = None  # the text cell it was cut off
    lead_rest: Cell | None = None  # the rest of that text

    @property
    def numbers(self) -> list[Cell]:
        return [c for c in self.cells if c.numeric]


@dataclass
class Block:
    page: int
    rows: list[GridRow]
    line_height: float
    # text printed close above the first item row, where a description wrapped over the
    # row's numbers may start: which row a loose line of text belongs to is then a guess
    text_above: bool = False

    @property
    def loose_text(self) -> bool:
        """Whether any line of text stands between or beside the item rows."""
        return self.text_above or any(r.under for r in self.rows)


def number_end(cell: Cell) -> float:
    """Where a cell's number ends: a unit printed after it ("12 pcs") stands apart."""
    if cell.unit is None or len(cell.words) < 2:
        return cell.x1
    digits = [w for w in cell.words if any(ch.isdigit() for ch in w.text)]
    return digits[-1].bbox[2] if digits else cell.x1


def _item_cells(row: Row, language: str) -> list[Cell] | None:
    """The row's cells when it may be an item row: some text with letters and two numbers
    or more, none of them a date, no label ending in a colon, no total's word first."""
    if _is_stop(row):
        return None
    cells = cells_of(row, language)
    if not cells or _CLOSING.match(fold(cells[0].text)) or cells[0].text.rstrip().endswith(":"):
        return None
    # a date in a row (a delivery date per line) is neither a number nor its text
    cells = [c for c in cells if not _DATE.match(c.text.strip())]
    if sum(1 for c in cells if c.numeric) < 2:
        return None
    if not any(not c.numeric and _LETTERS.search(c.text) for c in cells):
        return None
    return cells


def _lead(row: GridRow, language: str) -> None:
    """Cut a count off the start of the row's first text cell ("12 × Widget", "12 Widget")."""
    k = next(
        (i for i, c in enumerate(row.cells) if not c.numeric and _LETTERS.search(c.text)), None
    )
    if k is None:
        return
    cell = row.cells[k]
    words = [w.text for w in cell.words]
    if len(words) < 3 or not _COUNT.match(words[0]):
        return
    at = 2 if words[1] in _TIMES else 1
    if not _LETTERS.search(words[at]):
        return
    head, rest = split_cell(cell, at, language)
    count, _sign = split_cell(head, 1, language) if at == 2 else (head, head)
    if count.number is None:
        return
    row.lead, row.lead_of, row.lead_rest = count, cell, rest


def _aligned(edges: list[float], cells: list[Cell]) -> int:
    ends = [number_end(c) for c in cells if c.numeric]
    return sum(1 for e in ends if any(abs(e - x) <= EDGE for x in edges))


def _text_close_above(above: Row | None, row: list[Cell], lh: float, language: str) -> bool:
    """A line of text just above an item row, all of it left of the row's numbers (a
    header row names the number columns too)."""
    if above is None or _is_stop(above):
        return False
    cells = cells_of(above, language)
    first_number = min((c.x0 for c in row if c.numeric), default=0.0)
    return (
        bool(cells)
        and all(not c.numeric and c.x1 < first_number for c in cells)
        and min(c.top for c in row) - above.bottom <= lh
    )


def page_blocks(layout: PageLayout, language: str) -> list[Block]:
    """Each run of item rows on the page whose numbers end at two or more shared x
    positions, with the text-only rows between them; a lone item row is a block too (its
    arithmetic alone must then speak for it)."""
    blocks: list[Block] = []
    current: list[GridRow] = []
    edges: list[float] = []
    texts = 0
    above = False
    previous: Row | None = None
    lh = layout.line_height

    def close() -> None:
        nonlocal current, edges, texts
        if current:
            blocks.append(Block(layout.page, current, lh, above))
        current, edges, texts = [], [], 0

    for row in layout.rows:
        cells = _item_cells(row, language)
        if cells is not None:
            gap = row.top - current[-1].row.bottom if current else 0.0
            need = min(2, sum(1 for c in cells if c.numeric))
            if current and (_aligned(edges, cells) < need or gap > lh * (2.5 + 1.5 * texts)):
                close()
            if not current:
                above = _text_close_above(previous, cells, lh, language)
            current.append(GridRow(row, cells))
            _lead(current[-1], language)
            edges.extend(number_end(c) for c in cells if c.numeric)
            texts = 0
            previous = row
            continue
        previous = row
        if not current:
            continue
        other = cells_of(row, language)
        gap = row.top - current[-1].row.bottom
        text_only = bool(other) and not any(c.numeric for c in other) and not _is_stop(row)
        if text_only and texts < _MAX_TEXT_ROWS and gap <= lh * (1.6 + 1.2 * texts):
            current[-1].under.append(other)
            texts += 1
            continue
        close()
    close()
    return blocks
