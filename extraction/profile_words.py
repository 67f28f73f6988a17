"""Two readers of a known sender's lines that differ in words, the sender's approved lines
siding with one of them (issue 24).

``profile_disputes.settled`` settles two readings that differ in figures the line's own
arithmetic pins; a dispute over words stays a dispute there, and every line of such a
document was held, right or wrong. Many such disputes are over a part one reader left
blank or put in the wrong place, which the sender's approved lines settle:

- the other reader left a part blank (the description or unit of a carriage line, a
  unit): the kept reading's part is one the sender's approved lines printed (the very
  description of an approved item, a unit its approved lines used);
- the same words split otherwise between description and unit ("mm² m" read as the unit):
  the kept unit is one the sender's approved lines used, the other's is not;
- the other reader read a position number into the description ("1 PEX pipe"): no approved
  description of the sender starts with a bare number, nor does the kept one.

A priced kept line must close its own arithmetic (quantity x price its amount, or less a
discount its row prints); an unpriced one (a delivery note's) must have its quantity read
alike by both readers: the figures are pinned by the page or by the two readers, the words
by the sender's record. A kept reading that is the odd one out (a number read into its
description, a part left blank) is never settled here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from extraction.profile_disputes import FIGURES, TEXT_PARTS, multiplies, same_part
from extraction.profile_items import collapsed as _words
from extraction.profile_items import item_parts
from extraction.result import LineItem

_NUMBER = re.compile(r"\d+")


def _leading_number(text: str | None) -> bool:
    """Does the text start with a bare number (a position printed before the words)?"""
    first = _words(text).split(" ", 1)[0]
    return bool(_NUMBER.fullmatch(first))


@dataclass(frozen=True)
class Approved:
    """The words of a sender's approved lines (``SenderProfile.items``)."""

    descriptions: frozenset[str]
    units: frozenset[str]
    numbered: bool  # an approved description starts with a bare number

    @classmethod
    def of(cls, items: Collection[str]) -> Approved:
        rows = [item_parts(item) for item in items]
        return cls(
            descriptions=frozenset(d for _s, d, _u in rows if d),
            units=frozenset(u for _s, _d, u in rows),
            numbered=any(_leading_number(d) for _s, d, _u in rows),
        )

    def knows_unit(self, unit: str | None) -> bool:
        return _words(unit) in self.units


def _words_settled(kept: LineItem, other: LineItem, approved: Approved) -> bool:
    """Do the two readings' description and unit differ only in a way the sender's approved
    lines settle for the kept one (the module's doc)?"""
    kd, ku = _words(kept.description), _words(kept.unit)
    od, ou = _words(other.description), _words(other.unit)
    if not kd or not approved.knows_unit(kept.unit):
        return False
    if (od, ou) == (kd, ku):
        return True
    if ou == ku or not ou:  # the unit alike, or left blank by the other reader
        if od == kd:
            return True
        if not od:
            return kd in approved.descriptions
        if approved.numbered or _leading_number(kd) or not _leading_number(od):
            return False
        return od.split(" ", 1)[1:] == [kd]
    # the same words split otherwise between description and unit
    same_words = sorted(f"{od} {ou}".split()) == sorted(f"{kd} {ku}".split())
    return same_words and not approved.knows_unit(other.unit)


def settled_by_sender(
    kept: LineItem,
    other: LineItem,
    approved: Approved,
    closes: Callable[[LineItem], bool] = multiplies,
) -> bool:
    """Do the two readings of one line differ only in words the sender's approved lines
    side with the kept ones on, and in figures the kept line's own arithmetic (``closes``)
    settles, or, unpriced, none at all?"""
    if not approved.units:
        return False
    if not all(same_part(kept, other, p) for p in ("sku", "tax_rate")):
        return False
    # an unpriced line's quantity (a delivery note's) both readers read alike is pinned as
    # two readings agreeing pin it; a priced line's figures by its own arithmetic
    unpriced = kept.unit_price is None and kept.line_total is None
    if not (unpriced and all(same_part(kept, other, p) for p in FIGURES)):
        if not closes(kept):
            return False
        blank = all(same_part(kept, other, p) or getattr(other, p) is None for p in FIGURES)
        if not blank and closes(other):
            return False
    if all(same_part(kept, other, p) for p in TEXT_PARTS):
        return True
    return _words_settled(kept, other, approved)
