"""An amount's thousands read as a number of its own ("1 149,19 €" read as "1" and
"149,19 €"), joined back where the table's columns say so.

A row's cells are split where two of its numbers multiply to a third (``cells_of``: a
quantity set a word space before its price). That arithmetic can be fooled: "1 149,19 €"
and "2 298,38 €" read apart give 2 x 149,19 = 298,38, the quantity printed over the row
(``count_over``) never seen. The columns tell the two readings apart: numbers align on
their right edges down a column, so a lone number set a word space before an amount,
whose right edge no number of another row shares and where no other row starts a cell,
stands in no column; it is the amount's thousands. Text layer only: its gaps are the
printer's own.
"""

from __future__ import annotations

import re

from extraction.tables.cells import Cell, join_number

# the digits before an amount's thousands, and the group after them
_LEAD = re.compile(r"^\d{1,3}$")
_GROUP = re.compile(r"^\d{3}(?:[.,]\d{1,3})?$")
# a word space as a share of the words' height (``cells._thousands``)
_WORD_SPACE = 0.45
# how far apart two edges may be and still align
_SLACK = 1.5
# rows the table must have for its columns to say anything
_LEAST_ROWS = 3


def _alone(rows: list[list[Cell]], skip: int, head: Cell, joined: Cell) -> bool:
    """Does ``head`` stand in no column of the other rows (no number ends where it ends, no
    cell starts where it starts but one of the joined amount's column, an amount as wide),
    while the joined amount ends where other rows' numbers end?"""
    others = [c for at, r in enumerate(rows) if at != skip for c in r]
    ends = [c.x1 for c in others if c.numeric]
    return (
        not any(abs(head.x1 - x) <= _SLACK for x in ends)
        and not any(
            abs(head.x0 - c.x0) <= _SLACK and abs(joined.x1 - c.x1) > _SLACK for c in others
        )
        and any(abs(joined.x1 - x) <= _SLACK for x in ends)
    )


def _thousands_of(head: Cell, tail: Cell) -> bool:
    height = max(1.0, min(head.bottom - head.top, tail.bottom - tail.top))
    return (
        head.source == "text"
        and tail.source == "text"
        and head.numeric
        and head.unit is None
        and not head.percent
        and bool(_LEAD.match(head.text))
        and tail.numeric
        and not tail.percent
        and bool(tail.words)
        and bool(_GROUP.match(tail.words[0].text))
        and 0 <= tail.x0 - head.x1 <= _WORD_SPACE * height
    )


def rejoin_thousands(rows: list[list[Cell]], language: str) -> None:
    """Join, in place, each lone number to the amount after it where it is that amount's
    thousands (see the module's doc)."""
    if sum(1 for r in rows if any(c.numeric for c in r)) < _LEAST_ROWS:
        return
    for at, cells in enumerate(rows):
        i = 0
        while i + 1 < len(cells):
            head, tail = cells[i], cells[i + 1]
            joined = join_number(head, tail, language) if _thousands_of(head, tail) else None
            if joined is not None and _alone(rows, at, head, joined):
                cells[i : i + 2] = [joined]
            i += 1
