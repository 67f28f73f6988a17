"""Postcodes in OCR'd address lines, put back into their fixed shape.

A postcode has a known pattern of letters and digits (UK "M1 2AB", French "69007"), so a
character OCR confused with its look-alike ("Ml", "YO!", "STR", "69OO7") can be read back
by its position. Only look-alike swaps are made, and only where the result fits the shape.
"""

from __future__ import annotations

import re

from extraction.candidates.confusions import TO_DIGIT, TO_LETTER

# outward code forms (L letter, D digit) by length, most common first
_OUTWARD = {2: ("LD",), 3: ("LDD", "LLD", "LDL"), 4: ("LLDD", "LLDL")}
_TOKEN = re.compile(r"[A-Za-z0-9!|\]]+")
_UK_GLUED = re.compile(r"([A-Z][A-Za-z0-9!|\]]{1,3})\.([0-9][A-Z]{2})")
_FR = re.compile(r"(?<![\w.,])([0-9OolIS!|\]]{5})(?= [A-ZÀ-Ý])")
# a speck read as a full stop or a quote mark between a town and its postcode
# ("Manchester. M1 2AB", "York’ YO1 7HH")
_DOT_BEFORE = re.compile(r"(?<=[a-z]{3})[.’'‘`](?= [A-Z]{1,2}[0-9])")


def _coerce(text: str, form: str) -> str | None:
    out = []
    for ch, kind in zip(text, form, strict=True):
        if kind == "D":
            ch = ch if ch.isdigit() else TO_DIGIT.get(ch, "")
        elif not ("A" <= ch <= "Z"):
            ch = TO_LETTER.get(ch, "")
        if not ch:
            return None
        out.append(ch)
    return "".join(out)


def _changes(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def _uk_pair(outward: str, inward: str) -> str | None:
    """The postcode two OCR tokens spell, or None when they are not one."""
    if not any(c.isdigit() for c in outward + inward):
        return None  # two plain words, not a misread postcode
    if not (re.fullmatch(r"[A-Z]", outward[0]) and re.fullmatch(r"[A-Z]{2}", inward[1:])):
        return None  # OCR keeps capitals as capitals: a number is not a postcode
    fixed_in = _coerce(inward, "DLL")
    if fixed_in is None:
        return None
    forms = [f for f in (_coerce(outward, k) for k in _OUTWARD[len(outward)]) if f]
    if not forms:
        return None
    fixed_out = min(forms, key=lambda f: _changes(f, outward))
    return f"{fixed_out} {fixed_in}"


def _uk(text: str) -> str:
    tokens = text.split(" ")
    for i in range(len(tokens) - 1):
        head, tail = tokens[i].rstrip("."), tokens[i + 1].rstrip(",")
        if not (_TOKEN.fullmatch(head) and _TOKEN.fullmatch(tail)):
            continue
        if 2 <= len(head) <= 4 and len(tail) == 3:
            fixed = _uk_pair(head, tail)
            if fixed is not None:
                tokens[i], tokens[i + 1] = (
                    fixed.split(" ")[0],
                    fixed.split(" ")[1] + tokens[i + 1][len(tail) :],
                )
    # "NR1.3JU": a speck joined the two halves into one token
    for i, tok in enumerate(tokens):
        bare = tok.rstrip(",")
        m = _UK_GLUED.fullmatch(bare)
        if m:
            fixed = _uk_pair(m.group(1), m.group(2))
            if fixed is not None:
                tokens[i] = fixed + tok[len(bare) :]
    return " ".join(tokens)


def _fr(m: re.Match[str]) -> str:
    code = m.group(1)
    if sum(c.isdigit() for c in code) < 3:
        return code
    return "".join(c if c.isdigit() else TO_DIGIT[c] for c in code)


def repair_postcodes(text: str) -> str:
    """``text`` (one OCR'd address line) with UK and French postcodes in their shape."""
    text = _DOT_BEFORE.sub("", text)
    text = _uk(text)
    return _FR.sub(_fr, text)
