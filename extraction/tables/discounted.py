"""Rows found by alignment alone (no caption names a column) whose amounts are their
quantity x price less an unprinted discount: the sender's rebate is taken off the amount
without a column saying so ("1 | 16.96 | 16.11"). Such rows do not add up exactly, so the
exact arithmetic leaves the run unproven; the constraint a discount obeys still holds on
every row - the amount is never more than quantity x price and never less than half of
it - while rows of a list that are no items (dates, codes, counts of a shipment) break it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from extraction.result import CENT, LineItem

# the least share of quantity x price a discounted amount keeps
_KEPT = Decimal("0.5")


def _value(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def discounted_rows(lines: list[LineItem], checked: int) -> bool:
    """Do all the lines price out, exactly or less a discount, with two or more exact?"""
    if checked < 2:
        return False
    for li in lines:
        q, p, t = _value(li.quantity), _value(li.unit_price), _value(li.line_total)
        if q is None or p is None or t is None:
            return False
        gross = abs(q * p)
        if gross == 0 or not _KEPT * gross - CENT <= abs(t) <= gross + CENT:
            return False
    return True
