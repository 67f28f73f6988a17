"""Column roles of a block found by geometry (``grid_blocks``), told by arithmetic: the
three columns for which quantity x unit price (per 1, 100 or 1000, less a discount
column's percentage) gives the amount on the most rows; a column of few rates that a tax
schedule uses is the VAT rate; a column counting 1, 2, 3 is the line number.

Quantity and price multiply alike, so which of the two is the quantity is told by how
they are printed: the quantity with fewer decimals, the price with cents.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from extraction.tables.cells import Cell
from extraction.tables.grid_blocks import EDGE, Block, number_end

CENT = Decimal("0.01")
# rates VAT schedules of the countries the pipeline reads print (a column of these, with
# few distinct values, is the line's rate)
VAT_RATES = frozenset(
    Decimal(r) for r in ("0", "2.1", "2.5", "3", "5", "5.5", "6", "7", "8.5", "9", "10")
) | frozenset(Decimal(r) for r in ("12", "13", "19", "20", "21", "22", "23", "25"))
# the key of a count cut off the start of the text (``GridRow.lead``)
LEAD = -1
_BASES = (Decimal(1), Decimal(100), Decimal(1000))


@dataclass
class Roles:
    """Column index (into ``columns``) of each role; ``closed`` the rows it checks."""

    columns: list[float]
    quantity: int
    unit_price: int
    line_total: int
    basis: Decimal = Decimal(1)
    discount: int | None = None
    tax_rate: int | None = None
    line_no: int | None = None
    closed: frozenset[int] = frozenset()
    # the quantity told from the price by print (the price with cents, the quantity
    # without), not by order alone
    by_print: bool = False


def columns_of(block: Block) -> list[float]:
    """The right edges the block's numbers share, left to right (one per column)."""
    ends = sorted(number_end(c) for r in block.rows for c in r.numbers)
    cols: list[list[float]] = []
    for e in ends:
        if cols and e - cols[-1][-1] <= EDGE:
            cols[-1].append(e)
        else:
            cols.append([e])
    return [sum(c) / len(c) for c in cols]


def grid(block: Block, columns: list[float]) -> list[dict[int, Cell]]:
    """Each row's numbers by column."""
    out = []
    for r in block.rows:
        by_col: dict[int, Cell] = {}
        for c in r.numbers:
            k = min(range(len(columns)), key=lambda i: abs(columns[i] - number_end(c)))
            if abs(columns[k] - number_end(c)) <= EDGE and k not in by_col:
                by_col[k] = c
        if r.lead is not None:
            by_col[LEAD] = r.lead
        out.append(by_col)
    return out


def closes(q: Decimal, p: Decimal, t: Decimal, basis: Decimal, disc: Decimal) -> bool:
    """Does quantity x price (per ``basis``) less ``disc`` % give the amount to the cent?"""
    value = q * p / basis * (1 - disc / 100)
    return abs(value.quantize(CENT, ROUND_HALF_UP) - t) <= CENT


def _decimals(cell: Cell) -> int:
    """2 where the cell prints cents ("8.50"), or a fraction to three or four places
    ("7.800" read as 7.8: ERPs print prices so); 0 otherwise."""
    digits = cell.text.replace("\u00a0", " ").strip()
    for sep in (",", "."):
        _head, found, tail = digits.rpartition(sep)
        if found and tail[:2].isdigit() and not tail[2:3].isdigit():
            return 2
    number = cell.number
    return 2 if number is not None and number != number.to_integral_value() else 0


def _counts_up(values: list[Decimal]) -> bool:
    return len(values) >= 2 and all(b - a == 1 for a, b in itertools.pairwise(values))


def assign(block: Block) -> Roles | None:
    """The roles under which the most rows close (two at least, or the one row of a lone
    item row), or None when no reading closes a row."""
    columns = columns_of(block)
    cells = grid(block, columns)
    n = len(columns)
    pct = [k for k in range(n) if any(r.get(k) is not None and r[k].percent for r in cells)]
    best: tuple[tuple[int, ...], Roles] | None = None
    triples = [*itertools.permutations(range(n), 3)]
    triples += [(LEAD, p, t) for p, t in itertools.permutations(range(n), 2)]
    for q, p, t in triples:
        if q > p and q != LEAD and _same_print(cells, q, p):
            continue  # quantity and price alike in print: the left one read as quantity
        for basis in _BASES:
            for d in [None, *(k for k in pct if k not in (q, p, t))]:
                closed = frozenset(
                    i
                    for i, r in enumerate(cells)
                    if all(k in r for k in (q, p, t))
                    and not any(r[k].percent for k in (q, p, t))
                    and closes(
                        r[q].number or Decimal(0),
                        r[p].number or Decimal(0),
                        r[t].number or Decimal(0),
                        basis,
                        r[d].number or Decimal(0) if d is not None and d in r else Decimal(0),
                    )
                    and (r[t].number or 0) != 0
                )
                if not closed:
                    continue
                price_cents = sum(_decimals(r[p]) for r in cells if p in r)
                qty_cents = sum(_decimals(r[q]) for r in cells if q in r)
                key = (
                    len(closed),
                    int(price_cents >= qty_cents),
                    -int(basis != 1),
                    -int(d is not None),
                    t,
                )
                if best is None or key > best[0]:
                    roles = Roles(columns, q, p, t, basis, d, closed=closed)
                    roles.by_print = price_cents > qty_cents
                    best = (key, roles)
    if best is None:
        return None
    roles = best[1]
    if len(roles.closed) < min(2, len(block.rows)):
        return None
    used = {roles.quantity, roles.unit_price, roles.line_total, roles.discount}
    for k in range(n):
        if k in used:
            continue
        values = [v for r in cells if k in r and (v := r[k].number) is not None]
        if not values:
            continue
        rates = all(v in VAT_RATES for v in values) and len(set(values)) <= 3
        if (
            rates
            and roles.tax_rate is None
            and (any(r[k].percent for r in cells if k in r) or len(values) == len(cells))
        ):
            roles.tax_rate = k
            continue
        if k < min(roles.quantity, roles.unit_price, roles.line_total) and _counts_up(values):
            roles.line_no = k
    return roles


def _same_print(cells: list[dict[int, Cell]], a: int, b: int) -> bool:
    """Columns ``a`` and ``b`` printed with as many decimals on every row."""
    return all(_decimals(r[a]) == _decimals(r[b]) for r in cells if a in r and b in r)
