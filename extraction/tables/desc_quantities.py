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

# a number standing as a word, maybe after a dash, maybe with a times sign or a word after
_QUANTITY = re.compile(
    r"(?P<sep>\s+[-–—]|\s+[x×])?\s+(?P<num>\d{1,6}(?:[.,]\d{1,3})?)"
    r"(?:\s*(?P<times>[x×])(?=\s|$)|\s+(?P<word>\S+))?(?=\s|$)"
)


@dataclass(frozen=True)
class _Found:
    place: str
    quantity: str
    unit: str | None
    rest: str


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _found(line: LineItem) -> _Found | None:
    """The number of the description that prices the row out, with the shape of its place."""
    desc = line.description or ""
    if not (line.unit_price and line.line_total) or line.quantity is not None:
        return None
    price, total = Decimal(line.unit_price), Decimal(line.line_total)
    hits = []
    for m in _QUANTITY.finditer(desc):
        qty = _value(m.group("num"))
        if qty is None or qty == 0 or abs(qty * price - total) > CENT:
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
        end = m.end() if (m.group("times") or unit is not None) else m.end("num")
        rest = f"{desc[: m.start()].rstrip()} {desc[end:].strip()}".strip()
        if rest:
            hits.append(_Found(shape, number_str(qty), unit, rest))
    # a number the row's arithmetic picks once only
    return hits[0] if len(hits) == 1 else None


def quantities_in_descriptions(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the quantity printed in their descriptions split off (and its unit),
    when the rows that print one agree on its place."""
    found = [_found(li) for li in lines]
    places = [f.place for f in found if f is not None]
    if len(places) < 2:
        return lines
    best = max(set(places), key=places.count)
    if places.count(best) * 2 < len(lines) or places.count(best) < len(places):
        return lines
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
