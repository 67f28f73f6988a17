"""Identifiers checked by their check digits (IBAN mod 97, VAT keys, SIREN/SIRET Luhn).

An OCR misread almost always breaks the check digits; instead of passing a wrong IBAN
on, we try the usual OCR confusions (O/0, I/1, S/5, B/8, Z/2) and only accept a repair
that makes the number valid, with a lower confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.eu import vat as std_vat
from stdnum.gb import vat as gb_vat

from extraction import repairs
from extraction.candidates.confusions import label_swaps, unique_one_glyph, unique_valid, variants

_IBAN = re.compile(r"\b([A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]){10,30})")
_IBAN_CONFUSED = re.compile(
    r"\b([A-Z]{2}\s?(?=[0-9OIDQLSBZG]*[0-9])[0-9OIDQLSBZG]{2}(?:\s?[A-Z0-9]){10,30})"
)
_VAT = re.compile(r"\b((?:FR|BE|DE|GB|ES|IT|NL|LU|CH)\s?[0-9A-Z](?:\s?[0-9A-Z]){7,13})\b")
# the same glued by OCR to the label before it ("P.IVAIT89352160017", "TVAFR12..."): the
# scan's word space was too narrow to read
_VAT_GLUED = re.compile(
    r"(?<=TVA|VAT|IVA|UST|BTW)((?:FR|BE|DE|GB|ES|IT|NL|LU|CH)\s?[0-9A-Z](?:\s?[0-9A-Z]){7,13})\b"
)
# the other member states' VAT ids ("ATU43516272", "USt-IdNr. AT U98280109"): seen more
# seldom, and their two letters start many other codes, so one is taken only when its check
# digits hold (as read, or with a look-alike letter read back as its digit)
_VAT_VALID_ONLY = re.compile(
    r"\b((?:AT|BG|CY|CZ|DK|EE|EL|FI|HR|HU|IE|LT|LV|MT|PL|PT|RO|SE|SI|SK)"
    r"\s?[0-9A-Z](?:\s?[0-9A-Z]){7,11})\b"
)


def compact(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text).upper()


def iban_valid(value: str) -> bool:
    return bool(std_iban.is_valid(value))


def vat_valid(value: str) -> bool:
    if value.startswith("GB"):
        return len(value) in (11, 14) and bool(gb_vat.is_valid(value[2:]))
    return bool(std_vat.is_valid(value))


def siren_valid(value: str) -> bool:
    digits = compact(value)
    return len(digits) in (9, 14) and digits.isdigit() and bool(luhn.is_valid(digits))


# trust of an identifier as read and valid, once letters read for digits were undone, and
# once one glyph (a digit for a digit, a country code's letter) was read as its look-alike:
# such a value is valid but offered, never shown sure (``guessed``)
VALID, REPAIRED, GUESSED = 1.0, 0.75, 0.76


# VAT ids whose check is two digits (mod 97): a one-glyph variant passes by chance about once
# in a hundred; a one-digit check (IT, AT, ...) passes one variant in ten, so a code that
# merely looks like a VAT id, or a sender's typo, would be "repaired" into one
_TWO_CHECK_DIGITS = ("FR", "BE")


def _repairs(
    value: str, valid: Callable[[str], bool], one_glyph: bool = True
) -> tuple[str, float] | None:
    """The unique variant of ``value`` within two OCR confusions (letters read for digits,
    from the one confusion table) that is valid, the country code left as read; failing
    that, the unique valid variant one glyph of the table away, the country code included
    (``confusions.unique_one_glyph``)."""
    if not repairs.on("check_digit_variants"):
        return None
    found = unique_valid(value, valid, start=2)
    if found:
        return found[0], REPAIRED
    if not one_glyph or not repairs.on("check_digit_one_glyph"):
        return None
    one = unique_one_glyph(value, valid)
    return (one[0], GUESSED) if one else None


def guessed(trust: float) -> bool:
    """Was the identifier of this trust read only once a digit was taken for another, or a
    letter of its country code (``_repairs``)? A check digit passes by chance once in about
    a hundred such guesses: the value is offered, never shown sure."""
    return trust == GUESSED


def check_iban(raw: str) -> tuple[str, float] | None:
    """(IBAN, trust) where trust is 1 when valid as read, lower when repaired."""
    value = compact(raw)
    if iban_valid(value):
        return value, VALID
    fixed = _repairs(value, iban_valid)
    return fixed if fixed else (value, 0.3) if len(value) >= 14 else None


def check_vat(raw: str) -> tuple[str, float] | None:
    value = compact(raw)
    if vat_valid(value):
        return value, VALID
    fixed = _repairs(value, vat_valid, one_glyph=value[:2] in _TWO_CHECK_DIGITS)
    return fixed if fixed else (value, 0.3) if len(value) >= 8 else None


def find_ibans(text: str) -> list[tuple[str, float, int, int]]:
    out = _find_ibans(text)
    if not out:
        out = _confused_check_digits(text)
    return out


def _confused_check_digits(text: str) -> list[tuple[str, float, int, int]]:
    """IBANs whose check digits OCR read as look-alike letters ("GBO9 SLBC ..."): such a
    match is taken only when a repair makes it valid, as words can look like one too."""
    out = []
    for m in _IBAN_CONFUSED.finditer(text.upper()):
        found = _longest_valid(m.group(1), m.start())
        if found:
            out.append(found)
    return out


def _longest_valid(raw: str, start: int) -> tuple[str, float, int, int] | None:
    """The longest start of ``raw`` that is a valid IBAN: words glued on after one are
    trimmed (an IBAN is at most 34 characters)."""
    for end in range(len(raw), 13, -1):
        res = check_iban(raw[:end])
        if res and res[1] >= 0.75:
            return res[0], res[1], start, start + end
    return None


def _find_ibans(text: str) -> list[tuple[str, float, int, int]]:
    out = []
    for m in _IBAN.finditer(text.upper()):
        raw = m.group(1)
        found = _longest_valid(raw, m.start())
        if found:
            out.append(found)
        else:
            res = check_iban(raw)
            if res:
                out.append((res[0], res[1], m.start(), m.end()))
    return out


# a VAT id whose country code a fax damaged ("TVA intracommunautaire 1 R 45 223 997 164",
# "VAI NO. ;B623612130"): one or two glyphs, the last a letter, before the digits
_VAT_DAMAGED = re.compile(r"(?<![A-Z0-9])([^\s\d]?\s?[A-Z])\s?(\d(?:\s?\d){7,11})(?![\s]?\d)")
_COUNTRIES = ("FR", "BE", "DE", "GB", "ES", "IT", "NL", "LU", "AT", "PL", "PT", "IE", "DK", "SE")
# the words of a VAT id's label, one of them before a damaged one (read as the label is)
_VAT_WORDS = {"tva", "vat", "ust", "iva", "btw", "mwst"}


def _vat_worded(before: str) -> bool:
    """Is there a VAT label word (or one a glyph off it: "VAI") in ``before``?"""
    swaps = label_swaps(0.4)
    for word in re.findall(r"[a-z0-9]+", before.lower()):
        if word in _VAT_WORDS:
            return True
        if any(v in _VAT_WORDS for level in variants(word, swaps, widths=(1,)) for v in level):
            return True
    return False


def _damaged_country(
    text: str, upper: str, taken: list[tuple[int, int]]
) -> list[tuple[str, float, int, int]]:
    """VAT ids after a VAT label whose country code is damaged: the one country whose code
    keeps a letter of what was read in its place, and whose check digits hold."""
    out: list[tuple[str, float, int, int]] = []
    if not repairs.on("check_digit_one_glyph"):
        return out
    for m in _VAT_DAMAGED.finditer(upper):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        if not _vat_worded(text[max(0, m.start() - 40) : m.start()]):
            continue
        read = m.group(1).replace(" ", "")
        digits = m.group(2).replace(" ", "")
        valid = [
            cc + digits
            for cc in _COUNTRIES
            if (read[-1] == cc[1] or (len(read) == 2 and read[0] == cc[0]))
            and vat_valid(cc + digits)
        ]
        if len(valid) == 1:
            out.append((valid[0], GUESSED, m.start(), m.end()))
    return out


def find_vats(text: str) -> list[tuple[str, float, int, int]]:
    out = []
    upper = text.upper()
    # the other member states' ids count only when their check digits hold (0.75 and up)
    for pattern, least in ((_VAT, 0.0), (_VAT_VALID_ONLY, 0.75), (_VAT_GLUED, 0.75)):
        for m in pattern.finditer(upper):
            if sum(c.isdigit() for c in m.group(1)) < 7:
                continue
            res = check_vat(m.group(1))
            if res and res[1] >= least:
                out.append((res[0], res[1], m.start(), m.end()))
    out += _damaged_country(text, upper, [(a, b) for _v, _t, a, b in out])
    return sorted(out, key=lambda v: v[2])
