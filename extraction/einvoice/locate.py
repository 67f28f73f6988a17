"""Where an XML value is printed on the page: the words that spell it, so the review screen
can draw its box even when the page reading did not pick that value for the field.

Only pages read as they came (not turned, not straightened) are searched: there the words'
boxes are the page's own coordinates. Identifiers and names are matched on their compact
text, amounts and dates on their value whatever their printed notation.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from extraction.parse.amounts import decimal_or_none, parse_amount
from extraction.parse.dates import parse_date
from extraction.parse.text import norm_compare
from extraction.result import BBox, PageResult, Word

AMOUNTS = frozenset({"total_net", "total_tax", "total_gross"})
DATES = frozenset({"document_date", "due_date", "delivery_date", "payment_date"})
IDENTIFIERS = frozenset({"document_number", "order_number", "customer_number", "vat_id", "iban"})
NAMES = frozenset({"customer_name", "supplier_name", "payment_terms"})
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
MAX_WORDS = {"amount": 4, "date": 4, "id": 8, "name": 12}


def magnitude(value: str | None) -> Decimal | None:
    """An amount without its sign (a credit note's XML may write it negative, its page not);
    None when absent or not a number."""
    amount = decimal_or_none(value)
    return abs(amount) if amount is not None else None


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _same_line(a: Word, b: Word) -> bool:
    height = max(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1], 1.0)
    return abs(a.bbox[1] - b.bbox[1]) < height / 2 and b.bbox[0] >= a.bbox[0]


def _windows(words: list[Word], longest: int) -> Iterator[list[Word]]:
    for i in range(len(words)):
        for n in range(1, longest + 1):
            chunk = words[i : i + n]
            if len(chunk) < n or (n > 1 and not _same_line(chunk[-2], chunk[-1])):
                break
            yield chunk


def _union(words: list[Word]) -> BBox:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def _matcher(name: str, value: str) -> tuple[str, object] | None:
    if name in AMOUNTS:
        amount = magnitude(value)
        return ("amount", amount) if amount is not None else None
    if name in DATES:
        try:
            return "date", date.fromisoformat(value)
        except ValueError:
            return None
    if name in IDENTIFIERS:
        return ("id", _compact(value)) if len(_compact(value)) >= 3 else None
    if name in NAMES:
        return "name", norm_compare(value)
    return None


def _matches(kind: str, wanted: object, text: str) -> bool:
    if kind == "id":
        return _compact(text) == wanted
    if kind == "name":
        return norm_compare(text) == wanted
    if kind == "date":
        return wanted in _dates(text)
    for language in ("fr", "en"):
        amount = parse_amount(text, language)
        if amount is not None and abs(amount) == wanted:
            return True
    return False


def _dates(text: str) -> set[date]:
    """Every date ``text`` can be read as: a known value is looked for, so "11/03/2017"
    is both the 11th of March and, written the American way, the 3rd of November."""
    found = {parse_date(text)}
    m = _NUMERIC_DATE.fullmatch(text.strip(" .,;:"))
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y += 2000 if y < 100 else 0
        for month, day in ((a, b), (b, a)):
            with contextlib.suppress(ValueError):
                found.add(date(y, month, day))
    found.discard(None)
    return found  # type: ignore[return-value]


def locate(pages: list[PageResult], name: str, value: str) -> tuple[int, BBox] | None:
    """(page number, box) of ``value`` printed for field ``name``, or None. Amounts and
    dates take the last place they are printed (totals close a document), the others the
    first."""
    spec = _matcher(name, value)
    if spec is None:
        return None
    kind, wanted = spec
    found: tuple[int, BBox] | None = None
    for page in pages:
        if page.turn or page.skew or not page.words:
            continue
        for chunk in _windows(page.words, MAX_WORDS[kind]):
            if kind == "id" and not str(wanted).startswith(_compact(chunk[0].text)[:1] or "\0"):
                continue
            if _matches(kind, wanted, " ".join(w.text for w in chunk)):
                found = (page.number, _union(chunk))
                if kind in ("id", "name"):
                    return found
    return found
