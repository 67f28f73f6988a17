"""Rows of a line table that print a description and an amount only (a service, a fee, a
lump sum) are items when the table's amounts add up to a total the page prints under it.

A table whose items print a quantity and a price reads a row with one amount as a total
or a note, and a table found by its alignment alone, with no header word and no row whose
quantity x price is its amount, proves nothing: its rows are dropped. Both are right on
most pages and both lose a craftsman's or a consultant's invoice ("Déplacement 45,00",
"Forfait mise en service 350,00" between priced rows, or a table of such rows only).

The document's own sum settles it: the rows' amounts, with those rows or with only
them, meet to the cent an amount printed under the table (its net, its subtotal or its
gross). Rows that start with a sum's word (a subtotal, an amount carried forward), or
whose amount is the sum of the rows above them, are never such rows. What the sum alone
confirms, a clerk confirms: the rows it brings are held at ``UNCONFIRMED_CAP``.
"""

from __future__ import annotations

from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout
from extraction.parse.amounts import decimal_or_none, find_amounts
from extraction.parse.sums import SUM_START
from extraction.parse.text import fold
from extraction.result import CENT, LineItem


def sum_word(text: str) -> bool:
    """Does ``text`` start as a sum's row does ("Sous-total", "Total chantier A")?"""
    return SUM_START.match(fold(text).strip()) is not None


def _amount(li: LineItem) -> Decimal | None:
    amount = decimal_or_none(li.line_total)
    return abs(amount) if amount is not None else None


def adds_up(lines: list[LineItem], layouts: list[PageLayout], language: str) -> bool:
    """Do the amounts of ``lines`` (two or more, each with one) add up, to the cent, to an
    amount printed under the last of them (on its page, or on a page after it)?"""
    amounts = [_amount(li) for li in lines]
    if len(lines) < 2 or any(a is None for a in amounts):
        return False
    total = sum((a for a in amounts if a is not None), Decimal(0))
    last = lines[-1]
    if last.page is None or last.bbox is None or not total:
        return False
    for layout in layouts:
        if layout.page < last.page:
            continue
        for seg in layout.segments:
            if layout.page == last.page and seg.top < last.bbox[3] - 1:
                continue
            if any(abs(abs(v) - total) < CENT for v, _s, _e in find_amounts(seg.text, language)):
                return True
    return False


def with_amount_rows(
    lines: list[LineItem], amount_only: list[bool], layouts: list[PageLayout], language: str
) -> list[LineItem]:
    """``lines`` with their rows of one amount (``amount_only``) kept, held at
    ``UNCONFIRMED_CAP``, where the table then adds up to an amount printed under it and
    did not without them; else without them."""
    sure = [li for li, only in zip(lines, amount_only, strict=True) if not only]
    if len(sure) == len(lines):
        return lines
    lines, amount_only = _without_subtotals(lines, amount_only)
    if adds_up(sure, layouts, language) or not adds_up(lines, layouts, language):
        return sure
    return [
        _no_unit(li).capped(UNCONFIRMED_CAP) if only else li
        for li, only in zip(lines, amount_only, strict=True)
    ]


def _without_subtotals(
    lines: list[LineItem], amount_only: list[bool]
) -> tuple[list[LineItem], list[bool]]:
    """The rows without those of one amount that is the sum of the rows above it (since
    the table's start or the last such row): a section's subtotal, whatever its words."""
    kept: list[LineItem] = []
    flags: list[bool] = []
    running = Decimal(0)
    for li, only in zip(lines, amount_only, strict=True):
        amount = _amount(li)
        if only and amount is not None and kept and abs(amount - running) < CENT:
            running = Decimal(0)
            continue
        running += amount or Decimal(0)
        kept.append(li)
        flags.append(only)
    return kept, flags


def _no_unit(li: LineItem) -> LineItem:
    """A row with no quantity prints no unit: a unit word read off the end of its
    description ("Soluble cutting oil 20 L drum") goes back to it."""
    if li.quantity or li.unit_price or not li.unit or not li.description:
        return li
    return li.model_copy(update={"description": f"{li.description} {li.unit}", "unit": None})
