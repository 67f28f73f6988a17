"""Dates as people print them on orders and invoices, in French and English -> ``date``.

12/03/2026, 12.03.26, 2026-03-12, 12 mars 2026, 12-Mar-2026, 1er mars 2026, March 12, 2026,
12 March 2026, Mar. 12 2026. Numeric dates are read day-first (Europe); a month number
above 12 in first place flips to month-first (US).
"""

from __future__ import annotations

import re
from datetime import date

from extraction.parse.text import fold

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "january": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "feb": 2,
    "february": 2,
    "mars": 3,
    "mar": 3,
    "march": 3,
    "avril": 4,
    "avr": 4,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "jun": 6,
    "june": 6,
    "juillet": 7,
    "juil": 7,
    "jul": 7,
    "july": 7,
    "aout": 8,
    "aou": 8,  # "16 aoû 2024"
    "aug": 8,
    "august": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "september": 9,
    "octobre": 10,
    "oct": 10,
    "october": 10,
    "novembre": 11,
    "nov": 11,
    "november": 11,
    "decembre": 12,
    "dec": 12,
    "december": 12,
    # German, Italian and Spanish month names: their documents' dates are read (and shown
    # for a clerk to confirm, as everything on a page of a language orderdesk does not read)
    "januar": 1,
    "februar": 2,
    "marz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "mrz": 3,
    "okt": 10,
    "dez": 12,
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ago": 8,
    "set": 9,
    "ott": 10,
    "dic": 12,
    "enero": 1,
    "febrero": 2,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "ene": 1,
    "abr": 4,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NUM = re.compile(r"(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2})(?!\d)")
_DMY_TXT = re.compile(
    rf"(?<![a-z0-9])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?(?:\s+de\s+|\s+|-)({_MONTH_RE})\.?"
    rf"(?:\s+de\s+|,?\s+|-)(\d{{4}})(?!\d)"
)
# a spreadsheet's d-mmm-yy ("11-janv.-26"): a two-digit year only between hyphens
_DMY_TXT_SHORT = re.compile(rf"(?<![a-z0-9])(\d{{1,2}})-({_MONTH_RE})\.?-(\d{{2}})(?![\d-])")
_MDY_TXT = re.compile(
    rf"(?<![a-z])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)"
)


def _mk(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, month_first: bool = False) -> list[tuple[date, int, int]]:
    """All dates in ``text`` with their offsets, in reading order; ``month_first`` reads a
    numeric date whose first two numbers could both be a month the US way."""
    folded = fold(text)
    hits: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(d: date | None, start: int, end: int) -> None:
        if d is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        hits.append((d, start, end))

    for m in _ISO.finditer(folded):
        add(_mk(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.start(), m.end())
    for m in _DMY_TXT.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), m.start(), m.end())
    for m in _DMY_TXT_SHORT.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), m.start(), m.end())
    for m in _MDY_TXT.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), m.start(), m.end())
    for m in _NUM.finditer(folded):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day_first = a <= 31 and b <= 12 and not (month_first and a <= 12)
        d = _mk(y, b, a) if day_first else _mk(y, a, b)
        add(d, m.start(), m.end())
    hits.sort(key=lambda h: h[1])
    return hits


def numeric_orders(text: str) -> tuple[int, int]:
    """How many numeric dates in ``text`` can only be read day-first, and how many only
    month-first ("24/6/2017" is European, "6/24/2017" American)."""
    dmy = mdy = 0
    for m in _NUM.finditer(fold(text)):
        a, b = int(m.group(1)), int(m.group(2))
        if 12 < a <= 31 and 1 <= b <= 12:
            dmy += 1
        elif 12 < b <= 31 and 1 <= a <= 12:
            mdy += 1
    return dmy, mdy


def ambiguous(text: str) -> bool:
    """Is the first date of ``text`` numeric with both of its first numbers a possible
    month (and different), so that only the rest of the document can say which is which?
    A date written with dots is not: that is a European way, read day first."""
    m = _NUM.search(fold(text))
    if m is None or ((found := find_dates(text)) and found[0][1] != m.start()):
        return False
    if "." in m.group(0):
        return False  # "09.03.2025": dotted dates are European, day first
    a, b = int(m.group(1)), int(m.group(2))
    return a != b and 1 <= a <= 12 and 1 <= b <= 12


# a numeric date whose separators OCR lost or misread ("08 03 2026", "08,03.2026",
# "08·03·2026"): two digits, two digits, a four-digit year, nothing else around them. Only
# the value under a date's label is read so (``misread_separators``): elsewhere three such
# numbers are as often a phone number's or a code's
_MISREAD_SEPARATORS = re.compile(r"^\s*(\d{2})[ ,'·:;_]{1,2}(\d{2})[ ,'·:;_.\-/]{1,2}(\d{4})\s*$")


def misread_separators(text: str) -> date | None:
    """The date of a value that is only a numeric date with its separators misread."""
    m = _MISREAD_SEPARATORS.match(text)
    if m is None:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1990 <= y <= 2099:
        return None  # a code's digits, not a year of business
    return _mk(y, b, a) if b <= 12 else _mk(y, a, b)


def parse_date(text: str) -> date | None:
    """The first date in ``text``."""
    found = find_dates(text)
    return found[0][0] if found else None
