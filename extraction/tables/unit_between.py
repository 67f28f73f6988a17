"""Each line's unit from a column of units set between the row's numbers ("16,75 | boîte |
402,00": the price per unit, the unit, the amount) under a header that names nothing
("/", "par", "per", or none), which the table reading takes for no column of its own.

Structure first: a word alone in its cell (a space's width from anything else), that could
be a unit by its shape, with a number on its left and another on its right on the row, on
three lines or more (both when the page prints two) and half the page's lines at least,
all their left edges aligned; and most of them units of the closed set, so that a column
of words between numbers that are no units (a colour, a country) is not read as one. Only
lines without a unit take one. Each reading is a guess about the table: at most 0.85.
"""

from __future__ import annotations

from dataclasses import dataclass

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout
from extraction.parse.amounts import parse_amount
from extraction.result import LineItem, Word
from extraction.tables.row_columns import line_cells, most_aligned, page_lines
from extraction.tables.unit_words import is_unit, unit_shaped

UNIT_BETWEEN_CONFIDENCE = UNCONFIRMED_CAP


@dataclass(frozen=True)
class Spot:
    text: str
    x0: float


def _number(seq: list[Word]) -> bool:
    return parse_amount(" ".join(w.text for w in seq)) is not None


def _spots(rows: list[list[list[Word]]]) -> list[Spot]:
    """Words alone in their cell, unit-shaped, between two numbers of their own row."""
    return [spot for seqs in rows for spot in _row_spots(seqs)]


def _row_spots(seqs: list[list[Word]]) -> list[Spot]:
    out: list[Spot] = []
    for k, seq in enumerate(seqs):
        if len(seq) != 1 or not unit_shaped(seq[0].text):
            continue
        left = any(_number(s) for s in seqs[:k])
        right = any(_number(s) for s in seqs[k + 1 :])
        if left and right:
            out.append(Spot(seq[0].text, seq[0].bbox[0]))
    return out


def _column(spots: dict[int, list[Spot]], total: int) -> dict[int, Spot] | None:
    best = most_aligned(spots, [lambda s: s.x0])
    n = len(best)
    if (n < 3 and not n == 2 == total) or n * 2 < total:
        return None
    known = sum(is_unit(s.text) for s in best.values())
    return best if known * 3 >= n * 2 else None


def units_between_numbers(lines: list[LineItem], layouts: list[PageLayout]) -> list[LineItem]:
    """``lines`` with the unit of a column of units between their numbers (module
    docstring)."""
    out = list(lines)
    for layout, idx in page_lines(lines, layouts):
        spots = {i: _spots(line_cells(lines[i], layout)) for i in idx}
        column = _column({i: ss for i, ss in spots.items() if ss}, len(idx))
        for i, spot in (column or {}).items():
            li = out[i]
            if li.unit is None:
                li = li.model_copy(update={"unit": spot.text})
                out[i] = li.guessed(UNIT_BETWEEN_CONFIDENCE)
    return out
