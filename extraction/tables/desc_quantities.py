"""A quantity a table prints inside its description cell, after the text, when the row
has none of its own: "Widget – 12 pcs", "Widget 5 x", "Widget x 3", maybe with a detail
line after it. (A quantity before the text, "12 x Widget", is read with the row's cells.)

The arithmetic decides which number it is: the one whose product with the row's unit
price is its amount, to the cent. The table's structure decides whether any is: the rows
that price out must print their quantity at one place, the same way (after a dash, before
a times sign, before a unit word), on two rows or more and half the rows. The unit word
printed after the quantity is the row's unit. A split reading: the row's confidence is
capped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extraction.parse.amounts import number_str
from extraction.result import CENT, LineItem
from extraction.tables.desc_codes import SPLIT_CONFIDENCE
from extraction.tables.unit_words import is_unit

# a number standing as a word, maybe after a dash, maybe with a times sign after it, then
# maybe a word (looked at, not taken: the next number may follow it)
_QUANTITY = re.compile(
    r"(?P<sep>\s+[-–—]|\s+[x×])?\s+(?P<num>\d{1,6}(?:[.,]\d{1,3})?)"
    r"(?:\s*(?P<times>[x×])(?=\s|$))?(?=\s|$)(?:(?=\s+(?P<word>\S+)))?"
)
_MOST_DISCOUNT = Decimal(50)


@dataclass(frozen=True)
class _Found:
    exact: bool  # quantity x price is the amount, without a discount
    place: str
    quantity: str
    unit: str | None
    rest: str


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _prices_out(qty: Decimal, price: Decimal, total: Decimal) -> bool:
    """Is ``qty`` x ``price`` the amount, to the cent, or the amount before a discount of a
    round rate (a half percent: 2.5 %, 10 %), which a table with a discount column prints
    and a line does not keep?"""
    gross = qty * price
    if abs(gross - total) <= CENT:
        return True
    if gross <= total or total <= 0:
        return False
    rate = ((1 - total / gross) * 200).to_integral_value() / 2
    return 0 < rate <= _MOST_DISCOUNT and abs(gross * (1 - rate / 100) - total) <= CENT


def _found(line: LineItem) -> list[_Found]:
    """The numbers of the description that price the row out, with the shapes of their
    places."""
    desc = line.description or ""
    if not (line.unit_price and line.line_total) or line.quantity is not None:
        return []
    price, total = Decimal(line.unit_price), Decimal(line.line_total)
    hits = []
    for m in _QUANTITY.finditer(desc):
        qty = _value(m.group("num"))
        if qty is None or qty == 0 or not _prices_out(qty, price, total):
            continue
        word = m.group("word")
        unit = word if word is not None and is_unit(word) else None
        sep = (m.group("sep") or "").strip()
        # the place's shape: what is set before the number, else what after it
        shape = "dash" if sep in ("-", "–", "—") else "times before" if sep else ""
        if not shape:
            shape = "times after" if m.group("times") else "unit after" if unit else ""
        if not shape:
            continue  # a bare number in the text ("Tube 120 cm"): nothing marks it
        end = m.end("times") if m.group("times") else m.end("num")
        if unit is not None:
            end = m.end("word")
        rest = f"{desc[: m.start()].rstrip()} {desc[end:].strip()}".strip()
        if rest:
            exact = abs(qty * price - total) <= CENT
            hits.append(_Found(exact, shape, number_str(qty), unit, rest))
    return hits


def _pick(hits: list[_Found], place: str) -> _Found | None:
    """The one number at ``place`` the arithmetic picks: the one that prices out exactly,
    else the one that does after a round discount."""
    there = [h for h in hits if h.place == place]
    exact = [h for h in there if h.exact]
    if exact:
        return exact[0] if len(exact) == 1 else None
    return there[0] if len(there) == 1 else None


def quantities_in_descriptions(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the quantity printed in their descriptions split off (and its unit),
    when the rows that print one agree on its place."""
    hits = [_found(li) for li in lines]
    # the place the rows agree on, from the rows whose arithmetic picks one number only
    places = [h[0].place for h in hits if len(h) == 1]
    places += [e[0].place for h in hits if len(h) > 1 and len(e := [x for x in h if x.exact]) == 1]
    if len(places) < 2:
        return lines
    best = max(set(places), key=places.count)
    if places.count(best) * 2 < len(lines) or places.count(best) * 4 < len(places) * 3:
        return lines
    found = [_pick(h, best) for h in hits]
    out = []
    for li, f in zip(lines, found, strict=True):
        if f is None:
            out.append(li)
            continue
        update: dict[str, str | None] = {"quantity": f.quantity, "description": f.rest}
        if f.unit is not None and not li.unit:
            update["unit"] = f.unit
        out.append(li.model_copy(update=update).capped(SPLIT_CONFIDENCE))
    return out
