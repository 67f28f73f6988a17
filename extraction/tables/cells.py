"""One cell per layout segment, typed: a number (with its sign, unit or % beside it) or text.

A segment is a run of words with no column-sized gap, which is what a table cell looks
like on any page; typing it once lets every later step reason on columns of numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extraction.layout import Row, Segment
from extraction.parse.amounts import CURRENCY_MARKS, parse_amount
from extraction.parse.dates import parse_date
from extraction.result import Word

# a quantity with its unit written after it: "20 Unit(s)", "5 kg", "12 pcs"
_WITH_UNIT = re.compile(r"^([-−]?\d[\d\s.,]*?)\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ().²³/]{0,11}[23]?)$")
# a price for one unit, the unit after it: "4,20 €/kg", "18.57 / box", "EUR 67,54 / rl",
# "25,47 par u.", "3,10 € le m²" (the amount before the sign must read as one by itself)
_PER_UNIT = re.compile(
    r"^(.*\d.*?)\s*(?:/|\b(?:per|par|pro|le|la)\b)\s*([^\W\d_][^\W\d_.]{0,11}\.?[²³23]?)$"
)
_BRACKETED = re.compile(r"^\((.*\d[.,]\d\d.*)\)$")
# a count with the times sign after it ("24x", "3 ×"), as order lines print quantities
_TIMES = re.compile(r"^(\d{1,6}(?:[.,]\d{1,3})?)\s?[x×]$")
_PERCENT_SIGN = re.compile(r"^(.*\d\s?%)\s*[€$£]$")
_PERCENT = re.compile(r"^([-−]?\d{1,3}(?:[.,]\d{1,3})?)\s?%$")
# a line item's own code: letters and digits with at least one digit, or dotted digits
_CODE = re.compile(r"^\(?[A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_.]*\)?$")
# digits only, eight or more (an EAN/GTIN, an article number) or four or more with a
# leading zero: a code, never a quantity or an amount a line table prints without separators
_DIGIT_CODE = re.compile(r"^(?:\d{8,}|0\d{3,})$")
# a whole date with its four-digit year ("10/29/2025", "2025-10-29"): a day the row is
# due or was delivered, never the article's code
_FULL_DATE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)$")


@dataclass
class Cell:
    words: list[Word]
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    number: Decimal | None = None  # the value when the cell is a number
    unit: str | None = None  # a unit written after the number ("20 Unit(s)")
    percent: bool = False
    source: str = "text"
    # cut off the cell before it where no row prints the two apart (columns._gap_edges)
    parted: bool = False
    # cut off a cell of the column beside it by the table's structure, not by a gap
    # (``tight_cells``): its row is a reading of the structure, capped
    tight: bool = False

    @property
    def numeric(self) -> bool:
        return self.number is not None

    @property
    def date_like(self) -> bool:
        return bool(_FULL_DATE.match(self.text)) and parse_date(self.text) is not None

    @property
    def code_like(self) -> bool:
        return bool(_CODE.match(self.text)) and " " not in self.text and not self.date_like


def read_number(text: str, language: str) -> tuple[Decimal | None, str | None, bool]:
    """(value, unit, is a percentage) of a cell's text, or (None, None, False)."""
    t = text.strip()
    m = _PERCENT_SIGN.match(t)
    if m:  # a spreadsheet's currency format on a rate cell: "5% €"
        t = m.group(1)
    if _DIGIT_CODE.match(t):
        return None, None, False
    m = _BRACKETED.match(t)
    if m:  # an accountant's negative, a credit note's amount: "(USD 124.78)"
        inner = parse_amount(m.group(1), language)
        return (-inner if inner is not None else None), None, False
    value = parse_amount(t, language)
    if value is not None:
        return value, None, False
    m = _PERCENT.match(t)
    if m:
        return parse_amount(m.group(1), language), None, True
    m = _TIMES.match(t)
    if m:  # "24x", "3×": a count of the item, the sign no unit
        return parse_amount(m.group(1), language), None, False
    m = _PER_UNIT.match(t)
    if m and m.group(2).lower() != "x" and not _DIGIT_CODE.match(m.group(1).strip()):
        value = parse_amount(m.group(1), language)
        if value is not None:
            return value, m.group(2), False
    m = _WITH_UNIT.match(t)
    # "2 x" is a multiplication, not a unit; "4004094139931 site" a code before a word
    if m and m.group(2).lower() != "x" and not _DIGIT_CODE.match(m.group(1).strip()):
        value = parse_amount(m.group(1), language)
        if value is not None:
            return value, m.group(2), False
    return None, None, False


def cell_of(seg: Segment, language: str) -> Cell:
    number, unit, percent = read_number(seg.text, language)
    return Cell(
        words=list(seg.words),
        x0=seg.x0,
        x1=seg.x1,
        top=seg.top,
        bottom=seg.bottom,
        text=seg.text,
        number=number,
        unit=unit,
        percent=percent,
        source="ocr" if seg.ocr else "text",
    )


def cells_of(row: Row, language: str) -> list[Cell]:
    """The row's cells; a segment of two or more numbers printed close together ("50,52
    5.052,00": a price and an amount) is one cell per number.

    A group of three digits close after a number is read as its thousands ("23 863,08"
    beside "5,5 %"), unless the row's arithmetic says otherwise: where OCR sets a quantity
    close to its price ("20 125,00 20 %"), read as one amount the quantity is lost, while
    apart some two numbers of the row multiply to a third. The same holds for a segment
    that reads as one number as a whole ("25 118,73": a quantity a few points before its
    price, too close to be a cell of its own): split where its words are set further apart
    than a word space first, then at every word, each only when the arithmetic says so."""
    from extraction.tables.rate_unit import rate_then_unit  # cuts cells with split_cell

    return rate_then_unit(_cells_by_arithmetic(row, language), language)


def _cells_by_arithmetic(row: Row, language: str) -> list[Cell]:
    joined = _across_segments(_cells(row, language, "joined"), language, zero_led=True)
    if _multiplies(joined):
        return joined
    bridged = _across_segments(joined, language, zero_led=False)
    if len(bridged) != len(joined) and _multiplies(bridged):
        return bridged
    for mode in ("gapped", "apart"):
        other = _cells(row, language, mode)
        if len(other) != len(joined) and _multiplies(other):
            return other
    return joined


_LEADING_GROUP = re.compile(r"^[-−]?\d{1,3}$")


def _across_segments(cells: list[Cell], language: str, zero_led: bool) -> list[Cell]:
    """A group of three digits that starts with a zero ("005,05") is no number of its own:
    set a little further from the digits before it than a word space ("-11 005,05", its
    thousands set apart by a wide space), it is their thousands even when the layout cut
    the two into segments. Only when the two are closer than two character heights and
    read as one number. With ``zero_led`` False any group of three digits is joined so
    ("-17 568,00"), which the caller keeps only when the row's arithmetic says so."""
    group = _ZERO_LED if zero_led else _GROUP
    out: list[Cell] = []
    for cell in cells:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.numeric
            and not prev.percent
            and prev.unit is None
            and _LEADING_GROUP.match(prev.text)
            and group.match(cell.text)
            and cell.x0 - prev.x1 <= 2.0 * max(1.0, cell.bottom - cell.top)
        ):
            joined = join_number(prev, cell, language)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(cell)
    return out


def join_number(head: Cell, tail: Cell, language: str) -> Cell | None:
    """One cell of ``head`` and ``tail`` read as one number (a number and its thousands
    printed apart), or None when together they read as none."""
    text = f"{head.text} {tail.text}"
    number = read_number(text, language)[0]
    if number is None:
        return None
    return Cell(
        words=[*head.words, *tail.words],
        x0=head.x0,
        x1=tail.x1,
        top=min(head.top, tail.top),
        bottom=max(head.bottom, tail.bottom),
        text=text,
        number=number,
        source=head.source,
    )


def _cells(row: Row, language: str, mode: str) -> list[Cell]:
    """The row's cells, a number's thousands group joined to it ("joined"), a segment that
    reads as one number split where its words are set apart ("gapped"), or every number
    group split ("apart")."""
    out: list[Cell] = []
    for seg in row.segments:
        cell = cell_of(seg, language)
        words = seg.words
        if not cell.numeric:
            groups = _number_groups(words, language, thousands=mode != "apart")
        elif mode == "joined" or len(words) < 2:
            groups = None
        else:
            groups = _number_groups(words, language, thousands=mode == "gapped")
        if groups is not None:
            out += [cell_of(Segment(g, seg.page, seg.row), language) for g in groups]
        else:
            out.append(cell)
    return out


def _multiplies(cells: list[Cell]) -> bool:
    """Do two numbers of the row multiply to a third printed after them (quantity x price
    = amount)?"""
    nums = [abs(c.number) for c in cells if c.number is not None and not c.percent]
    for k in range(2, len(nums)):
        tol = max(Decimal("0.011"), nums[k] * Decimal("0.0005"))
        for i in range(k):
            for j in range(i + 1, k):
                if nums[i] and nums[j] and abs(nums[i] * nums[j] - nums[k]) <= tol:
                    return True
    return False


_SIGNS = CURRENCY_MARKS | {"%"}


def _number_groups(
    words: list[Word], language: str, thousands: bool = True
) -> list[list[Word]] | None:
    """Two numbers or more printed close together, each with the sign that follows it
    ("50,52 5.052,00", "2,5 % 20 %": a discount and a VAT rate), one group per number;
    None when the words are anything else."""
    groups: list[list[Word]] = []
    # a currency printed before its amounts ("USD 10,91 20 %"): each sign starts a group,
    # and the digits after it are one amount ("EUR 1 435,63": its thousands apart)
    prefixed = len(words) > 1 and words[0].text in CURRENCY_MARKS
    for i, w in enumerate(words):
        if prefixed and w.text in CURRENCY_MARKS:
            groups.append([w])
            continue
        if prefixed and groups and all(x.text in _SIGNS for x in groups[-1]):
            if read_number(w.text, language)[0] is None:
                return None
            groups[-1].append(w)
            continue
        sign = w.text in _SIGNS and bool(groups) and groups[-1][-1].text not in _SIGNS
        # the quantity's unit ("1 forfait 1 755,00 21 %")
        unit = len(groups) == 1 and len(groups[0]) == 1 and bool(_UNIT_WORD.match(w.text))
        # a tax named with its rate ("147.38 VAT 20%"): the rate joins the tax's name
        named_rate = (
            bool(groups)
            and len(groups[-1]) == 1
            and _TAX_NAME.match(groups[-1][0].text) is not None
            and read_number(w.text, language)[2]
        )
        # a group that starts with a zero ("025,93") is no number of its own but the
        # thousands of the one before ("1 025,93"): split there, the quantity x price of
        # a row checks out with both amounts cut short (6 x 25,93 = 155,58)
        joins = (
            (thousands or prefixed or _ZERO_LED.match(w.text) is not None)
            and bool(groups)
            and _thousands(groups[-1], w, language)
        )
        if sign or unit or named_rate or joins:
            groups[-1].append(w)
        elif read_number(w.text, language)[0] is not None or (
            _TAX_NAME.match(w.text)
            and i + 1 < len(words)
            and read_number(words[i + 1].text, language)[2]
        ):
            groups.append([w])
        else:
            return None
    numbers = sum(1 for g in groups if _TAX_NAME.match(g[0].text) is None)
    return groups if len(groups) >= 2 and numbers >= 1 else None


# the name of a tax printed before its rate in a row's tax cell
_TAX_NAME = re.compile(r"^(?:VAT|TVA|IVA|BTW|MwSt\.?|USt\.?|GST|Tax|Taxe)$", re.IGNORECASE)


_UNIT_WORD = re.compile(r"^[a-zà-ÿ][a-zà-ÿ.²³]{0,9}[23]?$")  # "m2": a square metre typed plain
_GROUP = re.compile(r"^\d{3}(?:[.,]\d{1,3})?$")
_ZERO_LED = re.compile(r"^0\d{2}(?:[.,]\d{1,3})?$")


def _thousands(group: list[Word], w: Word, language: str) -> bool:
    """A group of three digits set a word space or less after the number before it
    ("23 863,08" beside "5,5 %"): the thousands of one amount, not two numbers. Numbers of
    two cells are set further apart than the words of one."""
    last = group[-1]
    if last.text in _SIGNS or not _GROUP.match(w.text):
        return False
    height = max(1.0, min(w.bbox[3] - w.bbox[1], last.bbox[3] - last.bbox[1]))
    if w.bbox[0] - last.bbox[2] > 0.45 * height:
        return False
    text = " ".join(x.text for x in [*group, w])
    return read_number(text, language)[0] is not None


def split_cell(cell: Cell, at: int, language: str) -> tuple[Cell, Cell]:
    """The cell cut before word ``at`` (a line number glued to its code, a code glued to
    its description)."""
    out = []
    for ws in (cell.words[:at], cell.words[at:]):
        text = " ".join(w.text for w in ws)
        number, unit, percent = read_number(text, language)
        out.append(
            Cell(
                words=ws,
                x0=ws[0].bbox[0],
                x1=max(w.bbox[2] for w in ws),
                top=min(w.bbox[1] for w in ws),
                bottom=max(w.bbox[3] for w in ws),
                text=text,
                number=number,
                unit=unit,
                percent=percent,
                source=cell.source,
            )
        )
    return out[0], out[1]
