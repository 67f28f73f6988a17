"""A column of digit codes an OCR'd table joined to the description ("76.12.88 Câble
souple ..."): on a scan the dash printed between code and text ("76.12.88 - Câble") can be
lost to the clean-up, and ``content._codes_first`` takes a digits-only code only when the
other lines were read with one of its shape. Scanned lines only: a born-digital cell keeps
its dash, and a description may start with a number."""

from __future__ import annotations

import re

from extraction.result import LineItem

# digits in three groups or more, joined by dots or dashes ("76.12.88", "40-112-07"), or
# in two joined by a dash, of six digits or more ("03101-84"): the shape of an article
# number, never a count, a size or a range ("2.5 m", "63x75", "40-200 Nm")
_GROUPED = re.compile(r"^(?:\d{1,6}(?:[.-]\d{1,6}){2,}|\d{3,6}-\d{2,6})$")
_LEAST_DIGITS = 6
# a date has this shape too ("12.03.24"): a column whose every first word is one is dates
_DATE = re.compile(r"^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})$")


def _grouped(word: str) -> bool:
    return _GROUPED.match(word) is not None and sum(c.isdigit() for c in word) >= _LEAST_DIGITS


def _shape(word: str) -> str:
    return re.sub(r"\d", "9", word)


def _date_like(word: str) -> bool:
    m = _DATE.match(word)
    return m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


def grouped_codes_first(lines: list[LineItem]) -> list[LineItem]:
    """The first word of each scanned line's description as its code, when three lines or
    more, and three in four, start with a grouped digit code of one shape and have none
    read; not when every such word could be a date."""
    if len(lines) < 3 or any(li.source != "ocr" for li in lines):
        return lines
    firsts = [(li.description or "").split(None, 1) for li in lines]
    heads = [
        f[0] if li.sku is None and len(f) == 2 and _grouped(f[0]) else None
        for li, f in zip(lines, firsts, strict=True)
    ]
    found = [h for h in heads if h is not None]
    shapes = {_shape(h) for h in found}
    if len(found) < 3 or len(shapes) != 1 or len(found) * 4 < len(lines) * 3:
        return lines
    if all(_date_like(h) for h in found):
        return lines
    return [
        li.model_copy(update={"sku": f[0], "description": f[1]}) if h is not None else li
        for li, f, h in zip(lines, firsts, heads, strict=True)
    ]
