"""Amounts and quantities in French and English notation -> ``Decimal``.

"1 234,56 €", "1.234,56 EUR", "€1,234.56", "1234.56", "-12,00" are all read; the
decimal separator is decided from the shape of the number (the last separator followed
by one or two digits is decimal), with the document language only breaking ties such as
"1.500" or "1,500".
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from extraction import memos, repairs

# a stored amount (a field's or a line's value, written as Decimal's text) is read back by
# the one lenient reading every stage uses
from models.parsing import decimal_or_none as decimal_or_none

CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "CHF": "CHF"}
CURRENCY_CODES = (
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "JPY",
)
# a currency as a page prints it beside an amount, a token of its own: a sign or an ISO code
# (upper case). Every reader that sets a currency mark apart from the number uses these, so
# a page in Swiss francs or Danish kroner is read the same way by all of them.
CURRENCY_MARKS = frozenset({"€", "$", "£", *CURRENCY_CODES})
# the same marks inside a pattern (compile with re.IGNORECASE where the text is folded); a
# code may touch a digit ("12.50EUR") but not a letter ("NEUROLOGY", "EUROPE")
CURRENCY_MARK = r"(?:[€$£]|(?<![^\W\d_])(?:" + "|".join(CURRENCY_CODES) + r")(?![^\W\d_]))"

# a number: digits with optional thousands groups (space, thin space, dot, comma, ')
_NUMBER = re.compile(
    r"(?<![\w.,])([-−+]?)\s?(\d{1,3}(?:[  \u202f.,']\d{3})+(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?)(?![\d])"  # noqa: E501
)
# OCR reads a gap after a separator as a space ("36, 448.26", "2,905. 20")
_SPACE_AFTER_SEP = re.compile(r"(?<=\d)([.,]) (?=\d{3}(?!\d)|\d{2}(?![\d.,]))")
_CUR = re.compile(
    r"(€|(?:\b(?:US|AU|CA|NZ|HK|A|C|S))?\$|£|\b(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|JPY)\b"
    r"|\beuros?\b)",
    re.IGNORECASE,
)
# the dollars a prefix names ("A$ 1,200.00", "C$", "NZ$"); "US$" and "$" alone are USD
_DOLLARS = {
    "US": "USD",
    "AU": "AUD",
    "A": "AUD",
    "CA": "CAD",
    "C": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
}


def _to_decimal(raw: str, language: str) -> Decimal | None:
    s = re.sub(r"[  \u202f']", "", raw)
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        dec = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        tail = s[s.rfind(sep) + 1 :]
        if s.count(sep) > 1:
            # 1.234.567 -> thousands only; "34.367.53", a last group of other than three
            # digits, is no grouping any locale prints: OCR read the thousands comma as a
            # dot (a fax's 98 dpi rows leave a comma its dot), so the last is the decimals'
            dec = sep if len(tail) != 3 and repairs.on("amount_repeated_separator") else ""
        elif len(tail) == 3:
            # "1.500" / "1,500": a thousands group unless the language writes decimals so
            dec = (
                sep
                if (sep == "," and language == "fr") or (sep == "." and language == "en")
                else ""
            )
            if sep == "," and language == "fr" and s.count(" ") == 0 and len(s) <= 5:
                dec = ","
        else:
            dec = sep
    else:
        dec = ""
    thousands = {".", ","} - {dec}
    for t in thousands:
        s = s.replace(t, "")
    if dec and s.count(dec) > 1 and not thousands & set(raw):
        # the one separator, repeated: all but its last group thousands ("34.367.53"); with
        # both separators in the number ("2.978,666.00") it is read as before (no amount)
        head, _, tail = s.rpartition(dec)
        s = head.replace(dec, "") + dec + tail
    if dec == ",":
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def find_amounts(text: str, language: str = "fr") -> list[tuple[Decimal, int, int]]:
    """Every number in ``text`` with its (start, end) offsets."""
    out: list[tuple[Decimal, int, int]] = []
    for m in _NUMBER.finditer(text):
        value = _to_decimal(m.group(2), language)
        if value is None:
            continue
        if m.group(1) in ("-", "−"):
            value = -value
        out.append((value, m.start(), m.end()))
    return out


# an accountant's negative with its cents ("(550.08)"); "(12)" is more often a note's number
_BRACKETED = re.compile(r"^\(\s*([^()]*\d[.,]\d\d[^()\d]*?)\s*\)$")


# a number whose one separator repeats and ends a group of other than three digits
_REPEATED_SEPARATOR = re.compile(r"\d([.,])\d{3}\1(?:\d{1,2}|\d{4})(?![\d.,])")


def repeated_separator(text: str) -> bool:
    """Does ``text`` hold an amount read only by taking a repeated separator's last for the
    decimals' ("34.367.53")? Such a reading is a repair, trusted no more than one."""
    return _REPEATED_SEPARATOR.search(text) is not None


def parse_amount(text: str, language: str = "fr") -> Decimal | None:
    """The single amount in ``text`` (currency signs allowed), or None if none/ambiguous."""
    return _kept_amount(
        text,
        language,
        repairs.on("amount_space_after_separator"),
        repairs.on("amount_repeated_separator"),
    )


# parse_amount's answers: the table readers read the same cells again and again (each
# header, body and grid reading of a page), the answer is worked out once per text while
# the repairs it depends on (part of the key) stay as they are
@functools.lru_cache(maxsize=50_000)
def _kept_amount(text: str, language: str, _space: bool, _repeated: bool) -> Decimal | None:
    return _parse_amount(text, language)


memos.kept(_kept_amount.cache_clear)


def _parse_amount(text: str, language: str) -> Decimal | None:
    cleaned = text.strip()
    cleaned = _CUR.sub(" ", cleaned).strip()
    if repairs.on("amount_space_after_separator"):
        cleaned = _SPACE_AFTER_SEP.sub(r"\1", cleaned)
    if not cleaned or "%" in cleaned or re.search(r"[A-Za-z]{2,}", cleaned):
        return None
    bracketed = _BRACKETED.match(cleaned)
    if bracketed:  # an accountant's negative: "(550.08)"
        inner = parse_amount(bracketed.group(1), language)
        return -inner if inner is not None else None
    found = find_amounts(cleaned, language)
    if len(found) != 1:
        return None
    value, start, end = found[0]
    # OCR reads a speck beside a number as a quote mark ("‘61,520.58 EUR")
    rest = (cleaned[:start] + cleaned[end:]).strip(" :=*-.'‘’`\"“”")
    if rest:
        return None
    return value


def currency_in(text: str) -> str | None:
    """ISO 4217 code of the currency sign or code in ``text``."""
    m = _CUR.search(text)
    if not m:
        return None
    tok = m.group(1)
    if tok.endswith("$") and len(tok) > 1:
        return _DOLLARS.get(tok[:-1].upper(), "USD")
    if tok in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[tok]
    up = tok.upper()
    if up.startswith("EURO"):
        return "EUR"
    return up


def money_str(value: Decimal) -> str:
    """Money as a contract string: at least two decimals, never float."""
    if value == value.to_integral_value() or -value.as_tuple().exponent < 2:  # type: ignore[operator]
        return str(value.quantize(Decimal("0.01")))
    return str(value)


def number_str(value: Decimal) -> str:
    """Quantities and rates without trailing zeros ("12", "2.5", "5.5")."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return str(value.normalize())
