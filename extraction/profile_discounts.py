"""A line whose amount is its quantity x price less a discount is checked by its arithmetic
as much as a line without one, when the discount is known: a percentage printed on the
line's own row ("6 x 24.49, -10 %, 132.25"), or a round percentage (a multiple of
``STEP``) off a sender whose approved lines were discounted that way before (a sender that
prints the gross price and the discounted amount, the discount agreed and not printed).
The page reader keeps no discount in a ``LineItem``, so ``LineItem.multiplies`` says False
for such a line, and a known sender's steady lines (``profiles.steady_cell``) were never
judged when one of them had a discount: senders who discount their lines stayed held on
every document whose lines were all right (stream A seed 12001, s001: three documents from
the 3rd on, every line right, none lifted).

A round share alone is weak evidence (a misread quantity lands on a multiple of half a per
cent to the cent now and then), so it counts only for a sender whose approved lines had
such discounts (``SenderProfile.discounts``, taught by ``taught_discounts``), and the
steady cell still asks the amounts to sum to the net total."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from extraction.layout import PageLayout
from extraction.result import CENT, LineItem
from models.parsing import decimal_or_none

# a percentage as printed in a row: "10 %", "12,5%", "-5.00 %"
_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
# the round discounts a sender may grant without printing them: multiples of half a per
# cent, up to half the price
STEP = Decimal("0.5")
MOST = Decimal("50")
# approved documents (faded) with a discounted line after which a sender's unprinted round
# discounts close its lines' arithmetic
DISCOUNTS_FROM = 0.5


def _parts(quantity: object, price: object, total: object) -> tuple[Decimal, Decimal] | None:
    """Quantity x price and the amount, where the amount is less than the product (a
    discount, not a charge), else None."""
    qty, unit, amount = (decimal_or_none(v) for v in (quantity, price, total))
    if qty is None or unit is None or amount is None:
        return None
    gross = qty * unit
    if not 0 < amount < gross - CENT:
        return None
    return gross, amount


def round_discount(quantity: object, price: object, total: object) -> Decimal | None:
    """The round percentage (a multiple of ``STEP`` up to ``MOST``) that takes quantity x
    price to the amount to the cent, if one does."""
    parts = _parts(quantity, price, total)
    if parts is None:
        return None
    gross, amount = parts
    rate = ((1 - amount / gross) * 100 / STEP).to_integral_value() * STEP
    if not 0 < rate <= MOST:
        return None
    return rate if abs(gross * (1 - rate / 100) - amount) <= CENT else None


def taught_discounts(
    before: float, approved_lines: Sequence[Mapping[str, object]], decay: float
) -> float:
    """A sender's record of discounted lines, one approved document more: faded by
    ``decay``, plus one when a line of this document was a round discount off its quantity
    x price."""
    seen = any(
        round_discount(li.get("quantity"), li.get("unit_price"), li.get("line_total")) is not None
        for li in approved_lines
    )
    return before * decay + (1.0 if seen else 0.0)


def _row_text(line: LineItem, layouts: Sequence[PageLayout]) -> str:
    """The words printed on the line's rows: those whose middle lies within its box."""
    if line.bbox is None:
        return ""
    _x0, top, _x1, bottom = line.bbox
    out: list[str] = []
    for layout in layouts:
        if line.page is not None and layout.page != line.page:
            continue
        for row in layout.rows:
            for word in row.words:
                middle = (word.bbox[1] + word.bbox[3]) / 2
                if top <= middle <= bottom:
                    out.append(word.text)
    return " ".join(out)


def printed_discount(line: LineItem, layouts: Sequence[PageLayout]) -> bool:
    """Is the line's amount its quantity x price less a percentage printed on its row, to
    the cent? False for a line that multiplies without one, or lacks a part."""
    parts = _parts(line.quantity, line.unit_price, line.line_total)
    if parts is None or line.multiplies() is not False:
        return False
    gross, amount = parts
    for m in _PERCENT.finditer(_row_text(line, layouts)):
        rate = decimal_or_none(m.group(1))
        if rate is None or not 0 < rate < 100:
            continue
        if abs(gross * (1 - rate / 100) - amount) <= CENT:
            return True
    return False


def closing(
    lines: Sequence[LineItem], layouts: Sequence[PageLayout], discounts: float = 0.0
) -> set[int]:
    """The ids of the lines whose arithmetic a known discount closes: one printed on the
    row, or a round one of a sender whose approved lines had such discounts
    (``discounts``: its faded record, ``SenderProfile.discounts``)."""
    out = set()
    for line in lines:
        if line.multiplies() is not False:
            continue
        learned = discounts >= DISCOUNTS_FROM and (
            round_discount(line.quantity, line.unit_price, line.line_total) is not None
        )
        if learned or printed_discount(line, layouts):
            out.add(id(line))
    return out
