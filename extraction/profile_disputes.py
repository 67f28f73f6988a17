"""Two readers of a known sender's lines that differ in a figure only, the line's own
arithmetic siding with one of them (issue 24).

The sender's learned cells and the generic readers go wrong in different ways; when they
read the very same lines, that agreement is evidence of its own (``profiles.readings``).
Where they differ, nothing said which reading is right, and every such line was held, right
or wrong. But many such disputes are over one figure the arithmetic settles: a sender's
"3,000" read as three thousand by the generic reader and as three by the learned number
format, a price's first digit lost at a column's edge, a quantity missed. When the two
readings agree on every word and on the rate, and each line whose figures differ closes its
own arithmetic in the kept reading (quantity x price its amount to the cent, or that less a
percentage printed on its row) and not in the other, the page itself says which reading is
right: the words are read alike by two readers and the figures are pinned by the
arithmetic. A dispute over words (a description's last line
missed by one reader) or over two readings that both close (a quantity and a price read
the other way round) is left a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from extraction import profile_discounts
from extraction.layout import PageLayout
from extraction.parse.text import fold
from extraction.result import LineItem

TEXT_PARTS = ("sku", "description", "unit")
FIGURES = ("quantity", "unit_price", "line_total")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def same_number(a: str, b: str) -> bool:
    """The same amount however printed ("3.0" and "3"), else the same text."""
    try:
        return Decimal(a) == Decimal(b)
    except (InvalidOperation, ValueError):
        return a == b


def same_part(a: LineItem, b: LineItem, part: str) -> bool:
    """Do the two lines give ``part`` alike (both blank, the same number, the same words)?"""
    x, y = getattr(a, part), getattr(b, part)
    if x is None or y is None:
        return x is None and y is None
    if part in TEXT_PARTS:
        return _squash(x) == _squash(y)
    return same_number(x, y)


def multiplies(line: LineItem) -> bool:
    """Is the line's quantity x price its amount, to the cent?"""
    return line.multiplies() is True


def closing(layouts: Sequence[PageLayout], discounts: float = 0.0) -> Callable[[LineItem], bool]:
    """A line's own arithmetic on these pages: quantity x price its amount, or less a
    percentage printed on its row (``profile_discounts.printed_discount``), or less a round
    one of a sender whose approved lines had such discounts (``discounts``: its faded
    record, ``SenderProfile.discounts``; a sender printing the gross price and the
    discounted amount had every such line's dispute over a misread price left open)."""

    def closes(line: LineItem) -> bool:
        if multiplies(line) or profile_discounts.printed_discount(line, layouts):
            return True
        return discounts >= profile_discounts.DISCOUNTS_FROM and (
            profile_discounts.round_discount(line.quantity, line.unit_price, line.line_total)
            is not None
        )

    return closes


def settled(
    kept: LineItem, other: LineItem, closes: Callable[[LineItem], bool] = multiplies
) -> bool:
    """Do the two readings of one line differ in figures only, each settled for ``kept`` by
    its own arithmetic (``closes``: quantity x price its amount, or less a discount printed
    on its row; the other reading's not)?"""
    # a rate one reader read and the other did not is a dispute too (s101: cells learned on
    # unpriced delivery notes read a priced one's lines without their VAT column, and the
    # two readers' "agreeing" on the rest lifted three lines wrong)
    if not all(same_part(kept, other, p) for p in (*TEXT_PARTS, "tax_rate")):
        return False
    if all(same_part(kept, other, p) for p in FIGURES):
        return True
    return closes(kept) and not closes(other)


def surplus(
    kept: Sequence[LineItem],
    other: Sequence[LineItem],
    closes: Callable[[LineItem], bool] = multiplies,
) -> bool:
    """Did the other reader read the kept lines, in the same order and each alike (or
    differing in figures only, ``settled``), and more lines besides, none of which closes
    its own arithmetic? (The learned cells reading a totals row under the items as one more
    line: "HT 4 ... 283.25".) Whether those are no items at all is for the printed net to
    say (``profiles.net_confirms``): the kept lines alone must sum to it."""
    if not kept or len(other) <= len(kept):
        return False
    rest = iter(other)
    for line in kept:
        for candidate in rest:
            if settled(line, candidate, closes):
                break
            if closes(candidate):
                return False
        else:
            return False
    return not any(closes(candidate) for candidate in rest)


def rate_only(
    kept: Sequence[LineItem],
    other: Sequence[LineItem],
    closes: Callable[[LineItem], bool] = multiplies,
) -> bool:
    """Do the two readings differ only in rates the kept lines have and the other's lack
    (every other part alike or settled, ``settled``)? The learned cells of a sender read
    its table without the rate column, the page reader with it; which is right is for the
    printed tax to say (``profiles.rates_confirmed``)."""
    if not kept or len(kept) != len(other):
        return False
    differ = False
    for a, b in zip(kept, other, strict=True):
        if a.tax_rate is not None and b.tax_rate is None:
            differ = True
            b = b.model_copy(update={"tax_rate": a.tax_rate})
        if not settled(a, b, closes):
            return False
    return differ


def missed(
    kept: Sequence[LineItem],
    other: Sequence[LineItem],
    closes: Callable[[LineItem], bool] = multiplies,
) -> bool:
    """Did the other reader read fewer lines than the kept reading, each of them one of the
    kept lines, in order, alike or differing in figures only (``settled``), and miss the
    rest? (A sender's learned cells losing a row whose description runs longer than those
    they were learned on.) The mirror of ``surplus``: nothing the other read speaks against
    a kept line. Every kept line must close its own arithmetic, and whether the lines only
    the kept reading has are items is for the printed net to say (``profiles.net_confirms``)."""
    if not other or len(other) >= len(kept) or not all(closes(line) for line in kept):
        return False
    rest = iter(kept)
    return all(any(settled(line, read, closes) for line in rest) for read in other)
