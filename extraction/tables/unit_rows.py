"""A unit printed under its quantity, on the line below in the same cell ("12" over
"pcs"), as narrow quantity columns wrap it: a row of the table whose cells under the
quantity (or unit) column are each one unit word of the closed set (``unit_words``),
close under an item row. The unit is that item's; the row's other cells (a description
wrapped beside it) are read as before. Structure and vocabulary both: a word under the
quantity column that is no unit (a note, a lot number) is left where it was."""

from __future__ import annotations

from extraction.tables.cells import Cell
from extraction.tables.unit_words import is_unit

_UNDER = frozenset({"quantity", "unit"})


def unit_under_quantity(
    cells: dict[int, Cell], roles: dict[int, str]
) -> tuple[Cell | None, dict[int, Cell]]:
    """(the unit cell, the row's other cells) when the row prints a unit under the
    quantity column, else (None, ``cells``)."""
    under = [k for k in cells if roles.get(k) in _UNDER]
    if len(under) != 1:
        return None, cells
    cell = cells[under[0]]
    if len(cell.words) != 1 or cell.numeric or not is_unit(cell.text.strip()):
        return None, cells
    return cell, {k: c for k, c in cells.items() if k != under[0]}


def unit_column(cells: list[Cell]) -> bool:
    """Does a column of text under a header word no reader knows ("Cond.", "Packing")
    hold one unit of the closed set in each of its cells, on two rows or more? Then it is
    the unit column even where some rows print none (a shipping line)."""
    return len(cells) >= 2 and all(
        len(c.words) == 1 and not c.numeric and is_unit(c.text.strip()) for c in cells
    )


def unit_column_beside_counts(cells: list[Cell], counts: list[Cell]) -> bool:
    """``unit_column`` read on the cells level with a count only: a totals row under the
    table ("GOODS TOTAL" set in the unit's column) is no item's, and no evidence against
    the units of the items above it."""
    return unit_column(
        [c for c in cells if any(min(c.bottom, q.bottom) - max(c.top, q.top) > 0 for q in counts)]
    )
