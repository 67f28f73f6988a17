"""Cells that hold two fields: a code in brackets before the description ("[FLT-126] Oil
filter"), a code and a dash ("21.76.13 - Oil filter"), a code after "Réf." at the end, a
quantity before it ("24 x Oil filter"), a digit-only article code before it
("4001977608831 Vis inox ..."), or a line number before a code or a description
("1 08694-43"). Split only where the table has no column for the field, and line numbers
only when they count 1, 2, 3 down the table."""

from __future__ import annotations

import itertools
import re

from extraction.parse.amounts import number_str, parse_amount
from extraction.result import LineItem
from extraction.tables.desc_codes import codes_in_descriptions
from extraction.tables.desc_quantities import quantities_in_descriptions
from extraction.tables.desc_template import units_after_repeated_words
from extraction.tables.desc_units import units_in_descriptions
from extraction.tables.scan_codes import grouped_codes_first

_CODE = r"[A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_.]*|[A-Z0-9]*\d[A-Z0-9\-/_.]*[A-Z][A-Z0-9\-/_.]*"
_BRACKET = re.compile(rf"^\[({_CODE})\]\s*(.+)$")
_DASHED = re.compile(rf"^({_CODE})\s+[-–—]\s+(.+)$")
_REF_WORD = (
    r"(?:r[ée]f\.?|r[ée]f[ée]rence|sku|art(?:ikel)?\.?-? ?(?:nr\.?|no\.?|№|n°)?"
    r"|item ?(?:no\.?|code)|code|cod\.)"
)
_TRAILING_REF = re.compile(
    rf"^(.+?)[\s,;(]+{_REF_WORD}\s*[:#]?\s*({_CODE})\)?$",
    re.IGNORECASE,
)
# eight digits or more before the text (an EAN/GTIN, an article number): a code, never a
# count or a size a description starts with; OCR'd tables print it close enough to join
_LEADING_DIGIT_CODE = re.compile(r"^(\d{8,14})\s+(\D.*)$")
_TIMES = re.compile(r"^(\d+(?:[.,]\d+)?)\s*[x×]\s+(.+)$")
# a line number, as OCR may read the ")" or "." printed after it
_LEADING_INT = re.compile(r"^(\d{1,3})[).]?\s+(\S.*)$")
_SLIP = 2
# the steps positions are numbered by: 1, 2, 3 or 10, 20, 30
_STEPS = (1, 10)


def _split_code(line: LineItem) -> LineItem:
    desc = line.description
    if not desc:
        return line
    update: dict[str, str | None] = {}
    m = _TIMES.match(desc)
    if m and line.quantity is None:
        qty = parse_amount(m.group(1), "en")
        if qty is not None:
            update["quantity"] = number_str(qty)
            desc = m.group(2)
    if line.sku is None:
        for pattern in (_BRACKET, _DASHED):
            m = pattern.match(desc)
            if m:
                update["sku"], desc = m.group(1), m.group(2)
                break
        else:
            m = _TRAILING_REF.match(desc)
            lead = _LEADING_DIGIT_CODE.match(desc)
            if m:
                # the dash that set the marker apart goes with it ("Widget – Ref: AB-1")
                desc, update["sku"] = m.group(1).rstrip(" -–—·|"), m.group(2)
            elif lead:
                update["sku"], desc = lead.group(1), lead.group(2)
    if not update:
        return line
    update["description"] = desc.strip()
    return line.model_copy(update=update)


def _strip_line_numbers(lines: list[LineItem], key: str) -> list[LineItem]:
    """Cut the line numbers glued to the front of a cell. A number is taken as the line's
    own when it is the line's position in the table (1, 2, 3 ..., or 10, 20, 30 ... as
    ERPs and warehouse systems number positions), on every line or, on an
    OCR'd page, on three lines or more where one was read, counting up and each within
    ``_SLIP`` of its line's place (a row OCR lost or split shifts the count). OCR drops the
    short "1" to "9" of a numbering column more often than "10" and up; descriptions that
    start with a count do not count up with their rows."""
    firsts = [_LEADING_INT.match(getattr(li, key) or "") for li in lines]
    if len(lines) == 1 and key == "sku":
        return [_strip_first_position(lines[0])]
    if len(lines) < 2:
        return lines
    if key == "sku" and all(
        m is not None or _bare_position(li, key) for li, m in zip(lines, firsts, strict=True)
    ):
        # a row without a code keeps its position alone in the cell ("3" under "1 ETA-9590",
        # "2 CRT-4570": the shipping line of a numbered table): counted with the others
        firsts = [
            m or _BARE_INT.match(getattr(li, key) or "")
            for li, m in zip(lines, firsts, strict=True)
        ]
    numbered = [(i, int(m.group(1))) for i, m in enumerate(firsts) if m is not None]
    if len(numbered) == len(lines):
        got = [n for _i, n in numbered]
        if all(got != list(range(step, step * (len(lines) + 1), step)) for step in _STEPS):
            return lines
    elif not _counts_with_rows(lines, numbered):
        return lines
    return [
        li.model_copy(update={key: m.group(2) if m.lastindex == 2 else None})
        if m is not None
        else li
        for li, m in zip(lines, firsts, strict=True)
    ]


_BARE_INT = re.compile(r"^(\d{1,3})$")
# the first position of a table ("1", "10" as ERPs count) glued to the one code after it
_FIRST_POSITION = re.compile(rf"^(?:1|10)[).]?\s+({_CODE})$")


def _strip_first_position(line: LineItem) -> LineItem:
    """A table of one line cannot count its positions 1, 2, 3 down the rows; its code cell
    read as the first position and one code ("1 08817-47", "1 4008649228661") is the
    position glued to the code: a code is printed as one piece, a code in groups ("SG 765
    96") does not start with a lone "1"."""
    m = _FIRST_POSITION.match(line.sku or "")
    if m is None:
        return line
    return line.model_copy(update={"sku": m.group(1)})


def _bare_position(line: LineItem, key: str) -> bool:
    return bool(_BARE_INT.match(getattr(line, key) or ""))


# an article code: letters and digits (both), dots, dashes or slashes, no lower case
_CODE_WORD = re.compile(r"^(?=[A-Z0-9./-]*[A-Z])(?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{3,15}$")
# digits in groups joined by dots, dashes or slashes ("60.73.23", "4711-203")
_DIGIT_CODE = re.compile(r"^\d+(?:[./-]\d+)+$")


def _shape(word: str) -> str:
    """A code's pattern: "60.73.23" and "99.93.27" are both "99.99.99"."""
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", word)))


def _codes_first(lines: list[LineItem]) -> list[LineItem]:
    """A code column the readers joined to the description on some rows ("ETA1989F
    Etagère ..."): when three lines or more, and three in four, either have a code-shaped
    code or a description starting with a code-shaped word, that word is the code of each
    line without one. A code of digits only ("60.73.23") is code-shaped when it has the
    very pattern of the codes the other lines were read with. One description that starts
    with a code ("H05VV-F cable") in a table of descriptions only is not a column."""
    shapes = {_shape(li.sku) for li in lines if li.sku and _DIGIT_CODE.match(li.sku)}

    def code_like(word: str) -> bool:
        return bool(_CODE_WORD.match(word)) or (
            bool(_DIGIT_CODE.match(word)) and _shape(word) in shapes
        )

    firsts = [(li.description or "").split(None, 1) for li in lines]
    coded = [
        li.sku is None and len(f) == 2 and code_like(f[0])
        for li, f in zip(lines, firsts, strict=True)
    ]
    column = sum(coded) + sum(1 for li in lines if li.sku and code_like(li.sku))
    if not any(coded) or column < 3 or column * 4 < len(lines) * 3:
        return lines
    return [
        li.model_copy(update={"sku": f[0], "description": f[1]}) if ok else li
        for li, f, ok in zip(lines, firsts, coded, strict=True)
    ]


def _counts_with_rows(lines: list[LineItem], numbered: list[tuple[int, int]]) -> bool:
    """Do the numbers read on some rows of an OCR'd table count up with their rows?"""
    return (
        all(li.source == "ocr" for li in lines)
        and len(numbered) >= 3
        and all(abs(n - i - 1) <= _SLIP for i, n in numbered)
        and all(a[1] < b[1] for a, b in itertools.pairwise(numbered))
    )


# a position in a table of sections: "1.1", "1.2", "2.1" (section, then row within it)
_OUTLINE = re.compile(r"^(\d{1,2})\.(\d{1,3})$")


def _outline_at(line: LineItem) -> tuple[str, int, int] | None:
    """Where a line holds an outline position: as its whole code, or as the first word of
    its description; with the section and row numbers."""
    if line.sku and (m := _OUTLINE.match(line.sku)):
        return "sku", int(m.group(1)), int(m.group(2))
    head = (line.description or "").split(None, 1)
    if len(head) == 2 and (m := _OUTLINE.match(head[0])):
        return "description", int(m.group(1)), int(m.group(2))
    return None


def _strip_outline_numbers(lines: list[LineItem]) -> list[LineItem]:
    """Cut the outline positions of a quotation or works invoice in sections ("1.1 Dépose
    ...", "2.1", "2.2"): neither the code nor words of the description. Taken as positions
    only when three lines in four or more hold one and, in table order, they count up one
    by one within a section and restart low in the next (a row read apart may skip one)."""
    found = [_outline_at(li) for li in lines]
    seen = [f for f in found if f is not None]
    if len(seen) < 2 or len(seen) * 4 < len(lines) * 3 or seen[0][2] > 2:
        return lines
    for (_k, a0, b0), (_k2, a1, b1) in itertools.pairwise(seen):
        same = a1 == a0 and 0 < b1 - b0 <= 2
        if not (same or (0 < a1 - a0 <= 2 and b1 <= 2)):
            return lines
    out = []
    for li, f in zip(lines, found, strict=True):
        if f is None:
            out.append(li)
        elif f[0] == "sku":
            out.append(li.model_copy(update={"sku": None}))
        else:
            rest = (li.description or "").split(None, 1)[1]
            out.append(li.model_copy(update={"description": rest}))
    return out


def split_cells(lines: list[LineItem]) -> list[LineItem]:
    lines = _strip_outline_numbers(lines)
    lines = _strip_line_numbers(lines, "sku")
    lines = _strip_line_numbers(lines, "description")
    column = any(li.sku for li in lines)
    lines = _codes_first([_split_code(li) for li in lines])
    if not column:  # no code column: a code the description cells print
        lines = codes_in_descriptions(lines)
    lines = units_in_descriptions(quantities_in_descriptions(grouped_codes_first(lines)))
    return units_after_repeated_words(lines)
