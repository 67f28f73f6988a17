"""How one document writes dates, numbers and money: drawn once per document, used
throughout it, as a real sender's software would.

The truth is always the normalised value (ISO date, decimal string with a dot, ISO 4217
code); these functions only produce what the page shows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from samples.wild.vocab import MONTHS

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}
NNBSP, NBSP = "\u202f", "\u00a0"


@dataclass(frozen=True)
class Style:
    language: str
    decimal: str  # "," or "."
    group: str  # thousands separator: "", " ", NBSP, NNBSP, ".", ",", "'", "’"
    date_style: (
        str  # dmy_slash | dmy_dot | dmy_dash | dmy_short | mdy_slash | mdy_short | iso | words
    )
    words: str  # style of dates in words, used for the main date when "mixed"
    mixed: bool  # main date in words, the others numeric
    currency: str
    placement: str  # after_symbol | after_code | before_symbol | before_code
    negative: str  # "minus" | "parens" | "trailing"

    # numbers -----------------------------------------------------------------------
    def number(self, value: Decimal, places: int = 2) -> str:
        sign = "-" if value < 0 else ""
        text = f"{abs(value):,.{places}f}"  # 1,234.56
        whole, _, frac = text.partition(".")
        whole = whole.replace(",", self.group)
        return sign + (whole + self.decimal + frac if places else whole)

    def quantity(self, value: Decimal) -> str:
        if value == value.to_integral_value():
            return str(int(value))
        text = format(value.normalize(), "f")
        return text.replace(".", self.decimal)

    def rate(self, value: Decimal) -> str:
        gap = "" if self.language in ("en", "it") else " "
        return f"{self.quantity(value)}{gap}%"

    def money(self, value: Decimal, with_currency: bool = True, places: int = 2) -> str:
        negative = value < 0
        body = self.number(abs(value), places)
        if with_currency:
            sym, code = SYMBOLS[self.currency], self.currency
            gap = "" if sym in "$£" and self.placement == "before_symbol" else " "
            body = {
                "after_symbol": f"{body} {sym}",
                "after_code": f"{body} {code}",
                "before_symbol": f"{sym}{gap}{body}",
                "before_code": f"{code} {body}",
            }[self.placement]
        if not negative:
            return body
        if self.negative == "parens":
            return f"({body})"
        if self.negative == "trailing":
            return f"{body}-"
        return f"-{body}"

    # dates ---------------------------------------------------------------------------
    def date_text(self, d: date, main: bool = False) -> str:
        style = self.words if (main and self.mixed) else self.date_style
        return format_date(d, style, self.language)


# the numeric date styles: day, month (mon), year, two-digit year (yy)
NUMERIC_DATES = {
    "dmy_slash": "{day:02d}/{mon:02d}/{year}",
    "dmy_dot": "{day:02d}.{mon:02d}.{year}",
    "dmy_dash": "{day:02d}-{mon:02d}-{year}",
    "dmy_short": "{day:02d}/{mon:02d}/{yy:02d}",
    "mdy_slash": "{mon:02d}/{day:02d}/{year}",
    "mdy_short": "{mon}/{day}/{year}",
}


def format_date(d: date, style: str, language: str) -> str:
    months = MONTHS[language].split()
    month = months[d.month - 1]
    short = month[:3] + ("." if language == "fr" and len(month) > 4 else "")
    if style in NUMERIC_DATES:
        return NUMERIC_DATES[style].format(day=d.day, mon=d.month, year=d.year, yy=d.year % 100)
    if style == "iso":
        return d.isoformat()
    if style == "w_dmy":  # 12 mars 2025, 12 March 2025, 12. März 2025, 12 de marzo de 2025
        if language == "fr":
            return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
        if language == "de":
            return f"{d.day}. {month} {d.year}"
        if language == "es":
            return f"{d.day} de {month} de {d.year}"
        return f"{d.day} {month} {d.year}"
    if style == "w_mdy":  # March 12, 2025
        return f"{month} {d.day}, {d.year}"
    if style == "w_short":  # 12-Mar-2025 / 12 mars 2025 abbreviated
        if language == "en":
            return f"{d.day:02d}-{month[:3]}-{d.year}"
        return f"{d.day} {short} {d.year}"
    if style == "w_mdy_short":  # Mar 12, 2025
        return f"{month[:3]} {d.day}, {d.year}"
    raise ValueError(f"unknown date style {style!r}")


# per locale: (decimal, groups, numeric date styles, word date styles)
LOCALES: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "fr": (
        ",",
        [" ", NBSP, NNBSP, ".", ""],
        ["dmy_slash", "dmy_slash", "dmy_dot", "dmy_dash", "dmy_short", "iso"],
        ["w_dmy", "w_short"],
    ),
    "en-GB": (
        ".",
        [",", ",", ""],
        ["dmy_slash", "dmy_slash", "iso", "dmy_dot"],
        ["w_dmy", "w_short"],
    ),
    "en-US": (".", [",", ","], ["mdy_slash", "mdy_short", "mdy_slash"], ["w_mdy", "w_mdy_short"]),
    "de": (",", [".", ".", NBSP, ""], ["dmy_dot"], ["w_dmy"]),
    "de-CH": (".", ["'", "’"], ["dmy_dot"], ["w_dmy"]),
    "fr-CH": (".", ["'", " "], ["dmy_dot", "dmy_slash"], ["w_dmy"]),
    "es": (",", [".", ".", ""], ["dmy_slash", "dmy_dash"], ["w_dmy"]),
    "it": (",", [".", ".", ""], ["dmy_slash", "dmy_dot"], ["w_dmy"]),
}
MONEY_PLACEMENT = {
    "fr": ["after_symbol", "after_symbol", "after_code", "before_code"],
    "en": ["before_symbol", "before_symbol", "before_code", "after_code"],
    "de": ["after_symbol", "after_code", "before_code"],
    "es": ["after_symbol", "after_symbol", "after_code"],
    "it": ["before_symbol", "after_symbol", "before_code"],
}


def draw_style(rng: random.Random, language: str, locale: str, currency: str) -> Style:
    decimal, groups, numeric, words = LOCALES[locale]
    money = rng.choice(MONEY_PLACEMENT[language])
    if currency == "CHF" and money.endswith("symbol"):
        money = money.replace("symbol", "code")
    mixed = rng.random() < 0.3
    date_style = rng.choice(numeric + (words if rng.random() < 0.25 else []))
    return Style(
        language=language,
        decimal=decimal,
        group=rng.choice(groups),
        date_style=date_style,
        words=rng.choice(words),
        mixed=mixed,
        currency=currency,
        placement=money,
        negative=rng.choice(["minus", "minus", "parens"] if language == "en" else ["minus"]),
    )
