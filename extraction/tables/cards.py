"""Items printed as cards, with no column table at all: each item a small block whose first
line(s) give its code and description and whose last line gives its numbers, each with
its own caption ("Qty: 3   Unit price: 12.00   Total: 36.00"), as a two-row grid of
captions over values, or as the product itself ("3 x 12.00 = 36.00").

No header row names a column, so the table readers find nothing, or take the captions'
numbers for a table of their own and lose the descriptions. Structure says what a card is:
a line of numbers in one of those three shapes, repeated down the page (two cards at
least), with the text set tight above it, from the same left edge, as its title. The
captions give the numbers' roles where the house vocabulary knows them
(``vocabulary.label_role``); the arithmetic (quantity x price = amount) gives the rest and
checks the card. Each card is a guess about the page's structure: at most
``CARD_CONFIDENCE``, less when its arithmetic does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout, Row
from extraction.parse.amounts import CURRENCY_MARKS, money_str, number_str, parse_amount
from extraction.result import CENT, LineItem
from extraction.tables.desc_codes import code_kind
from extraction.tables.vocabulary import label_role

CARD_CONFIDENCE = UNCONFIRMED_CAP
UNCHECKED_CONFIDENCE = 0.5
SUM_CONFIDENCE = 0.7
_ROLES = ("quantity", "unit", "unit_price", "line_total", "discount", "tax_rate")
_NUMERIC_ROLES = ("quantity", "unit_price", "line_total")
# a value: an amount with its grouping, maybe a sign or a currency on either side
_VALUE = r"[-−]?(?:[€$£]\s?|[A-Z]{3}\s)?\d[\d\s\u00a0.,']*(?:\s?[€$£%]|\s[A-Z]{3}\b)?"
_PRODUCT = re.compile(
    rf"^(?P<q>\d[\d.,]*)\s*(?P<u>[^\W\d_][\w.²³/]{{0,9}})?\s*[x×*]\s*(?P<p>{_VALUE})"
    rf"\s*=\s*(?P<t>{_VALUE})$"
)
_UNIT_WORD = re.compile(r"^[^\W\d_][\w.²³/]{0,9}$")
_SEPARATORS = " :-–=\t"
_COUNT_AND_UNIT = re.compile(r"^(\d[\d.,]*)\s+([^\W\d_][\w.²³/]{0,9})$")
_BRACKETED_CODE = re.compile(
    r"^(?P<text>.*\S)\s*\((?:[^\W\d_]{2,10}\.?:?\s+)?(?P<code>[A-Z0-9][\w\-./]*\d[\w\-./]*)\)$"
)
_INDENT = 40.0
# rows of text above a card's numbers that may be its title and details
_TITLE_ROWS = 4


@dataclass
class _Card:
    """One card's numbers as read (role -> text) and the rows they span."""

    first: int
    last: int
    values: dict[str, str]
    x0: float
    rows: list[Row] = field(default_factory=list)
    title: list[Row] = field(default_factory=list)


def _caption_role(text: str) -> str | None:
    role = label_role(text.strip(_SEPARATORS))
    return role if role in _ROLES else None


def _segment_pair(text: str) -> tuple[str, str] | None:
    """One ``caption value`` segment cut in two: the words before the first number (a
    currency sign goes with the number), or a known caption and the one word after it
    ("Unit - hr")."""
    tokens = [t for t in text.split() if t not in (":", "-", "–", "=")]
    at = next((k for k, t in enumerate(tokens) if any(ch.isdigit() for ch in t)), None)
    if at is None:
        for size in (3, 2, 1):
            if len(tokens) == size + 1 and _caption_role(" ".join(tokens[:size])):
                return " ".join(tokens[:size]), tokens[size]
        return None
    while at > 0 and tokens[at - 1] in CURRENCY_MARKS:
        at -= 1
    caption = " ".join(tokens[:at]).strip(_SEPARATORS)
    if not caption or at > 4:
        return None
    return caption, " ".join(tokens[at:])


def _caption_pairs(row: Row) -> dict[str, str] | None:
    """The numbers of a line of captions and values, each pair set apart from the next,
    by role; a caption no vocabulary knows keeps its value under ``?N`` for the
    arithmetic to name."""
    found = [_segment_pair(seg.text) for seg in row.segments]
    pairs = [p for p in found if p is not None]
    if len(pairs) < 2 or len(pairs) < len(found):
        return None
    out: dict[str, str] = {}
    known = 0
    for n, (cap, value) in enumerate(pairs):
        role = _caption_role(cap)
        if role is None or role in out:
            out[f"?{n}"] = value
        else:
            known += 1
            out[role] = value
    return out if known >= 2 else None


def _grid(rows: list[Row], at: int) -> dict[str, str] | None:
    """A row of captions (two known at least) over one row of values, each value under the
    caption it overlaps most."""
    if at + 1 >= len(rows):
        return None
    heads, vals = rows[at].segments, rows[at + 1].segments
    if len(heads) < 2 or any(any(ch.isdigit() for ch in s.text) for s in heads):
        return None
    roles = [_caption_role(s.text) for s in heads]
    if sum(r is not None for r in roles) < 2 or not any(
        any(ch.isdigit() for ch in s.text) for s in vals
    ):
        return None
    out: dict[str, str] = {}
    for v in vals:
        overlaps = [min(v.x1, h.x1) - max(v.x0, h.x0) for h in heads]
        best = max(range(len(heads)), key=lambda k: overlaps[k])
        if overlaps[best] <= 0:
            # a value set right under a left caption may start past its caption's end
            best = min(range(len(heads)), key=lambda k: abs(v.x0 - heads[k].x0))
        key = roles[best] or f"?{best}"
        if key in out:
            return None
        out[key] = v.text
    return out


def _product(row: Row) -> dict[str, str] | None:
    m = _PRODUCT.match(row.text.replace("  ", " ").strip())
    if m is None:
        return None
    out = {"quantity": m.group("q"), "unit_price": m.group("p"), "line_total": m.group("t")}
    if m.group("u"):
        out["unit"] = m.group("u")
    return out


def _numbers_at(rows: list[Row], at: int) -> tuple[dict[str, str], int] | None:
    """The card numbers a row (or a row and the next) prints, and the last row they use."""
    found = _product(rows[at])
    if found is not None:
        return found, at
    found = _caption_pairs(rows[at])
    if found is not None:
        return found, at
    found = _grid(rows, at)
    if found is not None:
        return found, at + 1
    return None


def _named(values: dict[str, str], language: str) -> dict[str, Decimal | str] | None:
    """The card's values with every number's role named: the captions' roles, then the
    arithmetic (quantity x price = amount) for numbers under unknown captions; a word
    under an unknown caption is the unit."""
    out: dict[str, Decimal | str] = {}
    unknown: list[Decimal] = []
    for key, text in values.items():
        both = _COUNT_AND_UNIT.match(text.strip()) if key == "quantity" else None
        if both is not None and "unit" not in values:
            out["unit"] = both.group(2)
            text = both.group(1)
        if key in ("discount", "tax_rate"):
            rate = parse_amount(text.replace("%", ""), language)
            if rate is None:
                return None
            out[key] = rate
            continue
        value = parse_amount(text, language)
        if key == "unit" or (key.startswith("?") and value is None):
            word = text.strip()
            if not _UNIT_WORD.match(word) or "unit" in out:
                return None
            out["unit"] = word
        elif value is None:
            return None
        elif key.startswith("?"):
            unknown.append(value)
        else:
            out[key] = abs(value)
    missing = [r for r in _NUMERIC_ROLES if r not in out]
    if len(unknown) > len(missing):
        return None
    if unknown:
        named = _by_arithmetic(out, missing, [abs(v) for v in unknown])
        if named is None:
            return None
        out.update(named)
    return out if "quantity" in out and ("line_total" in out or len(out) >= 2) else None


def _by_arithmetic(
    out: dict[str, Decimal | str], missing: list[str], unknown: list[Decimal]
) -> dict[str, Decimal] | None:
    """The one way of giving the unknown numbers the missing roles under which quantity x
    price = amount holds."""
    import itertools

    ways: list[dict[str, Decimal]] = []
    for roles in itertools.permutations(missing, len(unknown)):
        way = dict(zip(roles, unknown, strict=True))
        trial = {**out, **way}
        q, p, t = (trial.get(r) for r in _NUMERIC_ROLES)
        numbers = isinstance(q, Decimal) and isinstance(p, Decimal) and isinstance(t, Decimal)
        # one quantity of 1 makes price and amount the same number: one way, not two
        if numbers and abs(q * p - t) <= CENT and way not in ways:  # type: ignore[operator]
            ways.append(way)
    return ways[0] if len(ways) == 1 else None


def _checks(named: dict[str, Decimal | str]) -> bool:
    q, p, t = (named.get(r) for r in _NUMERIC_ROLES)
    if not (isinstance(q, Decimal) and isinstance(p, Decimal) and isinstance(t, Decimal)):
        return False
    return abs(q * p - t) <= CENT


def _cards(layout: PageLayout) -> list[_Card]:
    rows = layout.rows
    cards: list[_Card] = []
    at = 0
    while at < len(rows):
        got = _numbers_at(rows, at)
        if got is None:
            at += 1
            continue
        values, last = got
        cards.append(_Card(at, last, values, rows[at].segments[0].x0, rows[at : last + 1]))
        at = last + 1
    return cards


def _titles(layout: PageLayout, cards: list[_Card]) -> None:
    """Each card's title: the rows of text tight above its numbers, from the same left
    edge or a little left of it, after the card before (``_TITLE_ROWS`` rows at most)."""
    rows, lh = layout.rows, layout.line_height
    floor = -1
    for card in cards:
        taken: list[Row] = []
        below = rows[card.first]
        at = card.first - 1
        while at > floor and len(taken) < _TITLE_ROWS:
            row = rows[at]
            # the title starts where the numbers do, or left of them (numbers set indented)
            x0 = row.segments[0].x0
            if below.top - row.bottom > 1.0 * lh or not card.x0 - _INDENT <= x0 <= card.x0 + 8:
                break
            if not re.search(r"[^\W\d_]{2,}", row.text):
                break
            taken.insert(0, row)
            below = row
            at -= 1
        card.title = taken
        floor = card.last


def _code_at_end(text: str) -> tuple[str | None, str]:
    """A title closed by its code in brackets, maybe behind a marker word ("Widget (Item
    AB-12)"): the code and the text before it; else no code and the title."""
    m = _BRACKETED_CODE.match(text)
    if m is None or code_kind([m.group("code")]) is None:
        return None, text
    return m.group("code"), m.group("text")


def _line(card: _Card, named: dict[str, Decimal | str], page: int, source: str) -> LineItem:
    rows = card.title
    text = " ".join(r.text.replace("  ", " ") for r in rows).strip()
    code, text = _code_at_end(text)
    box = [*rows, *card.rows]
    values: dict[str, str | None] = {"description": text or None, "sku": code}
    for role, value in named.items():
        if isinstance(value, str):
            values[role] = value
        elif role in ("unit_price", "line_total"):
            values[role] = money_str(value)
        else:
            values[role] = number_str(value)
    checked = _checks(named)
    conf = CARD_CONFIDENCE if checked else UNCHECKED_CONFIDENCE
    line = LineItem(
        **values,
        confidence=conf,
        page=page,
        bbox=(
            min(r.segments[0].x0 for r in box),
            min(r.top for r in box),
            max(s.x1 for r in box for s in r.segments),
            max(r.bottom for r in box),
        ),
        source="ocr" if source == "ocr" else "text",
    )
    return line


def _sum_printed_after(lines: list[LineItem], layouts: list[PageLayout], language: str) -> bool:
    """Is the sum of the cards' amounts printed after the last of them (the net total, a
    goods total)? The lines are read before the totals, so the page says it."""
    if any(li.line_total is None for li in lines):
        return False
    total = sum((Decimal(li.line_total or 0) for li in lines), Decimal(0))
    last = lines[-1]
    bottom = last.bbox[3] if last.bbox else 0.0
    for layout in layouts:
        if last.page is not None and layout.page < last.page:
            continue
        for row in layout.rows:
            if layout.page == last.page and row.top <= bottom:
                continue
            for seg in row.segments:
                amounts = [parse_amount(seg.text, language), parse_amount(row.text, language)]
                if any(a is not None and abs(abs(a) - total) <= CENT for a in amounts):
                    return True
    return False


def read_cards(
    layouts: list[PageLayout], language: str, sources: Mapping[int, str]
) -> list[LineItem]:
    """The items the pages print as cards (module docstring): none unless two cards or
    more are found with their numbers named, most of them checked by their arithmetic or
    all of them by a total printed after them that their amounts add up to (a discount no
    card prints); the cards the sum checks are then held at ``SUM_CONFIDENCE``."""
    lines: list[LineItem] = []
    checked = skipped = 0
    for layout in layouts:
        cards = _cards(layout)
        _titles(layout, cards)
        for card in cards:
            named = _named(card.values, language)
            if named is None or not card.title:
                skipped += 1  # a line of totals in two pairs, a table's header over a row
                continue
            checked += _checks(named)
            lines.append(_line(card, named, layout.page, sources.get(layout.page, "text")))
    if len(lines) < 2 or skipped * 2 > len(lines):
        return []
    if checked * 2 >= len(lines):
        return [li.guessed(li.confidence) for li in lines]
    if not _sum_printed_after(lines, layouts, language):
        return []
    return [li.guessed(max(li.confidence, SUM_CONFIDENCE)) for li in lines]
