"""The readings an OCR'd number cell may have, for the row's arithmetic to choose from.

OCR misreads a number in a few ways that leave a number behind, so the cell still parses:
the decimal point lost in blur ("4.16" read "416", a rate "8.1" read "81"), a currency
sign read as a digit ("£47.17" read "247.17", "$5.00" read "55.00"), one character taken
for a digit it resembles ("1O.5O", "S0"), and the second engine's reading of the same box
(``Word.alternatives``, kept by ``extraction.ocr.vote``). None of these can be told from
the cell alone. ``readings`` lists them, the reading as printed first;
``extraction.constraints.row_reading`` then keeps the one combination of the row's
readings under which quantity x price = amount holds, if there is exactly one.
Nothing is computed from the other cells: a value chosen is always one of the cell's
readings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from extraction.result import Word

# characters OCR takes for a digit, and the digit
_LOOK_ALIKE = {"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1"}
_LOOK_ALIKE |= {"S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9", "G": "6", "b": "6"}
# a currency sign printed against the amount, as OCR reads it when it reads it as a digit:
# "£" as "2", "$" as "5" or "8", "€" as "6"
_SIGN_AS_DIGIT = frozenset("2568")
_DIGITS_ONLY = re.compile(r"^\d{2,7}$")
MAX_READINGS = 8

Parse = Callable[[str], Decimal | None]


def _look_alikes(text: str) -> str | None:
    """``text`` with letters among digits read as the digits they resemble, when it is
    mostly digits ("1O,5O" -> "10,50"); None when nothing changes."""
    digits = sum(ch.isdigit() for ch in text)
    swapped = "".join(_LOOK_ALIKE.get(ch, ch) for ch in text)
    if swapped == text or digits < 2 or digits < sum(ch.isalpha() for ch in text):
        return None
    return swapped


def _point_variants(text: str, money: bool) -> list[str]:
    """A number read without its decimal point: an amount prints two decimals, so its
    point goes before the last two digits; a quantity or a rate may have one to three."""
    t = text.strip()
    if not _DIGITS_ONLY.match(t):
        return []
    places = (2,) if money else (1, 2, 3)
    return [f"{t[:-p]}.{t[-p:]}" for p in places if p < len(t)]


def _sign_variant(text: str) -> str | None:
    """A currency sign read as a digit before the amount ("£47.17" read "247.17")."""
    t = text.strip()
    if (
        len(t) >= 4
        and t[0] in _SIGN_AS_DIGIT
        and t[1] in "123456789"  # an amount does not start with a 0
        and re.search(r"[.,]\d{2}$", t)
    ):
        return t[1:]
    return None


def readings(text: str, words: Sequence[Word], parse: Parse, money: bool) -> list[Decimal | None]:
    """The values the cell may hold, each once: first the value read (None when the text
    read is no number), then the other readings. ``words``: the cell's words (their
    ``alternatives`` are the second engine's readings); ``money``: a price or an amount
    (two decimals), not a quantity or a rate."""
    texts = [text]
    with_alternatives = [w for w in words if w.alternatives]
    if with_alternatives and len(with_alternatives) <= 2:
        options = [(w.text, *w.alternatives) for w in words]
        for choice in itertools.product(*options):
            texts.append(" ".join(choice))
    for t in list(texts):
        swapped = _look_alikes(t)
        if swapped is not None:
            texts.append(swapped)
    for t in list(texts):
        sign = _sign_variant(t)
        if sign is not None:
            texts.append(sign)
        texts.extend(_point_variants(t, money))
    out: list[Decimal | None] = [parse(text)]
    for t in texts[1:]:
        value = parse(t)
        if value is not None and value not in out:
            out.append(value)
        if len(out) >= MAX_READINGS:
            break
    return out
