"""Dates as people print them on orders and invoices, in French and English -> ``date``.

12/03/2026, 12.03.26, 2026-03-12, 12 mars 2026, 12-Mar-2026, 1er mars 2026, March 12, 2026,
12 March 2026, Mar. 12 2026. Numeric dates are read day-first (Europe); a month number
above 12 in first place flips to month-first (US).
"""

from __future__ import annotations

import functools
import re
from datetime import date

from extraction import memos
from extraction.candidates.confusions import CONFUSIONS, TO_DIGIT
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
# a spreadsheet's or an ERP's day, month in words and year between the same separators
# ("11-janv.-26", "03/Mar/2025", "03.Mar.2025"): hyphens, slashes or dots, both alike
_DMY_TXT_SHORT = re.compile(
    rf"(?<![a-z0-9])(\d{{1,2}})([-/.])({_MONTH_RE})\.?\2(\d{{4}}|\d{{2}})(?![\d-])"
)
# an ERP's glued day, month abbreviation and year ("03MAR25", "14JUL2025"): two digits of
# the day, the month's letters, the year, nothing glued around them
_DMY_GLUED = re.compile(rf"(?<![a-z0-9])(\d{{2}})({_MONTH_RE})(\d{{4}}|\d{{2}})(?![a-z0-9])")
# a month first between hyphens or slashes ("Mar-03-2025", "Sep/23/2025")
_MDY_SEP = re.compile(rf"(?<![a-z0-9])({_MONTH_RE})([-/])(\d{{1,2}})\2(\d{{4}})(?!\d)")
# a month in words with a two-digit year after spaces ("17 Jan 25", "1 oct. 25"): the two
# digits end the date (no more digits, no time, no decimals after them)
_DMY_TXT_YY = re.compile(
    rf"(?<![a-z0-9])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+({_MONTH_RE})\.?\s+(\d{{2}})(?![\d:]|[.,]\d)"
)
# a weekday printed before a date is part of it ("lun. 03/03/2025", "Monday, 3 March 2025",
# "du samedi 13 septembre"): the words before the weekday are the date's label or lead
_WEEKDAY_BEFORE = re.compile(
    r"(?<![a-z])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven"
    r"|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed"
    r"|thu|thur|thurs|fri|sat|sun)\.?,?\s+$"
)
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
    return list(_kept_dates(text, month_first))


# find_dates' answers by text: the date readers (labels, roles, letters, terms) ask about
# the same segments of a page again and again; each caller gets its own list
@functools.lru_cache(maxsize=50_000)
def _kept_dates(text: str, month_first: bool) -> tuple[tuple[date, int, int], ...]:
    return tuple(_find_dates(text, month_first))


memos.kept(_kept_dates.cache_clear)


def _find_dates(text: str, month_first: bool) -> list[tuple[date, int, int]]:
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
        add(_mk(int(m.group(4)), MONTHS[m.group(3)], int(m.group(1))), m.start(), m.end())
    for m in _DMY_GLUED.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), m.start(), m.end())
    for m in _MDY_SEP.finditer(folded):
        add(_mk(int(m.group(4)), MONTHS[m.group(1)], int(m.group(3))), m.start(), m.end())
    for m in _DMY_TXT_YY.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), m.start(), m.end())
    for m in _MDY_TXT.finditer(folded):
        add(_mk(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), m.start(), m.end())
    for m in _NUM.finditer(folded):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day_first = a <= 31 and b <= 12 and not (month_first and a <= 12)
        d = _mk(y, b, a) if day_first else _mk(y, a, b)
        add(d, m.start(), m.end())
    hits.sort(key=lambda h: h[1])
    return [(d, _with_weekday(folded, start), end) for d, start, end in hits]


def _with_weekday(folded: str, start: int) -> int:
    """Where the date starting at ``start`` starts with the weekday printed before it."""
    m = _WEEKDAY_BEFORE.search(folded[max(0, start - 12) : start])
    return start - (len(folded[max(0, start - 12) : start]) - m.start()) if m else start


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
    if m is None or ((found := find_dates(text)) and not found[0][1] <= m.start() < found[0][2]):
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


# what may stand between the numbers of a numeric date once OCR has read it: its printed
# separators, a space or nothing where a thin slash or dot was lost, or a speck read for one
_DAMAGED_SEPARATORS = " /.-,'·:;_"
# a value is read as a damaged date only when it is short: a date and nothing else, with
# at most two letters read back as digits ("GS042068", a number, is no date)
_DAMAGED_MAX = 14
_DAMAGED_LETTERS = 2
# the years a damaged date may have: a code's digits ("25.72.63") read as a date would
# otherwise land decades away
_BUSINESS_YEARS = (1990, 2049)


def _as_digits(text: str) -> str | None:
    """``text`` with every letter OCR reads for a digit read back as that digit ("12/O3/2O25"
    -> "12/03/2025"), or None when something else than digits and separators is left."""
    out = "".join(TO_DIGIT.get(ch, ch) for ch in text)
    if any(not (ch.isdigit() or ch in _DAMAGED_SEPARATORS) for ch in out):
        return None
    return out


def _damaged_readings(digits: str) -> list[tuple[int, int, int]]:
    """(day or month, month or day, year) a numeric date without reliable separators may
    be: three groups as read (an ISO date's too), or its separators lost between day and
    month ("1203 2025") or everywhere ("12032025", a four-digit year then)."""
    groups = [g for g in re.split(r"[^\d]+", digits) if g]
    joined = "".join(groups)
    readings: list[tuple[int, int, int]] = []
    if len(groups) == 3 and all(len(g) <= 2 for g in groups[:2]) and len(groups[2]) in (2, 4):
        year = int(groups[2])
        readings.append((int(groups[0]), int(groups[1]), year + 2000 if year < 100 else year))
    elif len(groups) == 3 and len(groups[0]) == 4 and all(len(g) <= 2 for g in groups[1:]):
        # ISO, day last: never month-first (a day above 12 in its month's place is no date)
        month, day = int(groups[1]), int(groups[2])
        readings.append((day, month, int(groups[0])) if month <= 12 else (0, 0, 0))
    elif len(groups) <= 2 and len(joined) == 8 and (len(groups) == 1 or len(groups[-1]) == 4):
        readings.append((int(joined[:2]), int(joined[2:4]), int(joined[4:])))
    return [r for r in readings if r[2] >= 1000 or 0 < r[2] < 100]


def _calendar(a: int, b: int, y: int) -> date | None:
    """Day first (a European page), month first when only that is a date; in a year of
    business only."""
    if not _BUSINESS_YEARS[0] <= (y + 2000 if y < 100 else y) <= _BUSINESS_YEARS[1]:
        return None
    return _mk(y, b, a) or (_mk(y, a, b) if b > 12 else None)


def damaged_date(text: str) -> tuple[date, float] | None:
    """The date of a value that is only a numeric date OCR damaged, with what undoing the
    damage cost (``confusions`` costs; a lost separator 0.2): letters read for digits
    ("12/O3/2025"), separators lost ("1203 2025"), or one digit read as its look-alike that
    leaves no calendar date ("38/03/2025" for "30/03/2025"), undone only when exactly one
    look-alike makes a date ("12/03/2824"). None when the value is a date as read
    (``find_dates``, in a year of business) or no date at all. Read only under a date's
    label, never trusted as sure (the caller caps it): the repair picks a date, nothing
    proves it is the printed one."""
    text = text.strip(" :.")
    as_read = find_dates(text)
    whole = as_read and as_read[0][1:] == (0, len(text))
    if not text or (whole and _BUSINESS_YEARS[0] <= as_read[0][0].year <= _BUSINESS_YEARS[1]):
        return None  # a date as read ("12/03/2824" is no date of business: damaged)
    spoken = _damaged_spoken(text)
    if spoken is not None or len(text) > _DAMAGED_MAX:
        return spoken
    digits = _as_digits(text)
    if digits is None:
        return None
    letters = sum(a != b for a, b in zip(text, digits, strict=True))
    if sum(ch.isdigit() for ch in text) < 4 or letters > _DAMAGED_LETTERS:
        return None  # a date is read mostly as digits; "IO/OI" is a word
    glyph_cost = 0.2 * letters
    readings = _damaged_readings(digits)
    if not readings:
        return None
    a, b, y = readings[0]
    # separators lost, or read as a space or a speck: a repair too
    misread = re.search(r"\d[ ,'·:;_]+\d", digits) is not None
    lost = 0.2 if len(re.findall(r"\d+", digits)) < 3 or misread else 0.0
    found = _calendar(a, b, y)
    if found is not None:
        return found, glyph_cost + lost
    if re.search(r"\d{4}", digits) is None:
        return None  # a two-digit year: too like a code's digits to guess a glyph in
    # one digit read as its look-alike: the one variant that is a date of business
    head = f"{a:02d}{b:02d}{y:04d}"
    variants: dict[date, float] = {}
    for i, ch in enumerate(head):
        for read, printed, c in CONFUSIONS:
            if read == ch and printed.isdigit() and len(printed) == 1:
                other = head[:i] + printed + head[i + 1 :]
                day = _calendar(int(other[:2]), int(other[2:4]), int(other[4:]))
                if day is not None:
                    variants[day] = min(c, variants.get(day, 1.0))
    if len(variants) != 1:
        return None
    day, c = next(iter(variants.items()))
    return day, glyph_cost + lost + c


# a date with its month in words whose day or year OCR damaged: the dot after the day read
# as a comma or a quote ("4, Februar 2026"), a letter read for a digit ("l2 mars 2O25")
_SPOKEN = re.compile(r"^(\w{1,2})[,'·:;.]?\s+([^\W\d_]{3,}\.?)\s+(\w{4})$")


def _damaged_spoken(text: str) -> tuple[date, float] | None:
    """The date of a value that is only a day, a month's name and a year with the day's
    mark or a glyph of its numbers misread, with the cost of undoing it (0.2 a glyph)."""
    m = _SPOKEN.match(text)
    if m is None:
        return None
    day, month, year = _as_digits(m.group(1)), m.group(2), _as_digits(m.group(3))
    if day is None or year is None or not (day + year).isdigit():
        return None
    cleaned = f"{day}. {month} {year}"
    found = find_dates(cleaned)
    if not found or found[0][1:] != (0, len(cleaned)):
        return None
    changes = sum(a != b for a, b in zip(m.group(1) + m.group(3), day + year, strict=True))
    mark = text[len(m.group(1))]
    changes += mark not in ". "
    if changes == 0 or changes > _DAMAGED_LETTERS:
        return None
    return found[0][0], 0.2 * changes


# what joins the two days of a window ("du 3 au 7 juin", "June 3 to June 7", "3–7/06")
_WINDOW_JOIN = re.compile(r"^\s*(?:au|a|to|till|until|through|thru|and|et(?: le)?|[-–—])\s*$")


def is_window(text: str) -> bool:
    """Does ``text`` open with a window of days ("du 18/01/2024 au 22/01/2024", "between
    June 3 and June 7, 2025") rather than one day? Its first day is one reading of a date
    labelled for one: a clerk says whether the first day is meant."""
    folded = fold(text)
    found = find_dates(text)
    return len(found) >= 2 and _WINDOW_JOIN.match(folded[found[0][2] : found[1][1]]) is not None
