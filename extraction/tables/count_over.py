"""A count printed over its row, on the line above in the same cell ("15" over the row,
"pot" under it), as narrow quantity columns centre a two-line cell on the row: a table
row whose only cell is one number under the quantity column, set close over an item row
that prints no quantity. The count is that item's.

Structure and arithmetic both: the number is taken only where the item row then closes
(quantity x price = amount, both printed), and only when the item row
under it is nearer than an item row above it lacking its count too (the number could be
that one's, printed under it). The unit under the count is read by ``unit_rows``.
"""

from __future__ import annotations

from extraction.tables.cells import Cell
from extraction.tables.roles import prices_out

# how far over its item row a count may be set, in the page's line heights
_NEAR = 1.2


def _col(cells: dict[int, Cell], roles: dict[int, str], role: str) -> int | None:
    return next((k for k in cells if roles.get(k) == role), None)


def _lacks_count(cells: dict[int, Cell], roles: dict[int, str]) -> bool:
    return bool(cells) and _col(cells, roles, "quantity") is None


def _closes(item: dict[int, Cell], roles: dict[int, str], count: Cell) -> bool:
    price_at, total_at = _col(item, roles, "unit_price"), _col(item, roles, "line_total")
    if price_at is None or total_at is None:
        return False
    price, total = item[price_at], item[total_at]
    return prices_out(count.number, price.number, total.number, None) is True


def counts_over(rows: list[dict[int, Cell]], roles: dict[int, str], line_height: float) -> None:
    """Move each count printed over its item row into that row (see the module's doc)."""
    filled = [at for at, cells in enumerate(rows) if cells]
    for n, at in enumerate(filled):
        cells = rows[at]
        if len(cells) != 1:
            continue
        ((k, cell),) = cells.items()
        if roles.get(k) != "quantity" or cell.number is None or len(cell.words) != 1:
            continue
        below = filled[n + 1] if n + 1 < len(filled) else None
        if below is None:
            continue
        item = rows[below]
        if not _lacks_count(item, roles):
            continue
        gap = min(c.top for c in item.values()) - cell.bottom
        if not -0.5 * line_height <= gap <= _NEAR * line_height:
            continue
        above = filled[n - 1] if n > 0 else None
        if above is not None and _lacks_count(rows[above], roles):
            up = cell.top - max(c.bottom for c in rows[above].values())
            if up <= gap and _col(rows[above], roles, "line_total") is not None:
                continue  # as near the item above, which lacks its count too
        if not _closes(item, roles, cell):
            continue
        item[k] = cell
        rows[at] = {}
