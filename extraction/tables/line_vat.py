"""Each line's VAT rate from a column the table reading did not take for one: a column of
rates set after the amounts under a header that names nothing ("%", "Tx"), bare numbers
that are the document's rates, or the row's VAT printed as an amount instead of a rate.

Structure and arithmetic, not header words: one candidate a line, all in one column (their
right edges aligned), on every line of the document that has an amount; a rate is one the
document prints with its sign somewhere ("20 %"); a VAT amount is the line's amount times
exactly one such rate, to the cent. And the document must print the tax those rates add
up to (the sum of the lines' amounts times their rates, or of the printed VAT amounts),
which a column of quantities or line numbers that happen to be rates does not do.

Only when no line of the document has a rate already that the document prints with its
sign: a column of VAT amounts under a header naming the tax is read as rates ("10.8",
"6") by the table reading, and those are replaced. Each reading is a guess about the
table: at most 0.85.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout
from extraction.parse.amounts import find_amounts, number_str, parse_amount
from extraction.result import LineItem, Word
from extraction.tables.row_columns import ALIGN, line_cells

LINE_VAT_CONFIDENCE = UNCONFIRMED_CAP
_CENT = Decimal("0.011")
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%")
_PERCENT_WORD = re.compile(r"^(\d{1,2}(?:[.,]\d{1,3})?)\s?%$")
_BARE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")
_TWO_DECIMALS = re.compile(r"[.,]\d{2}$")
_MAX_RATE = Decimal(30)
# distinct rates a column of bare numbers may hold: a country's VAT has two or three
_MAX_BARE_RATES = 3


@dataclass(frozen=True)
class Mark:
    """A line's rate candidate: the rate, how it is printed, its printed value, its right
    edge."""

    rate: Decimal
    kind: str  # percent | bare | amount
    value: Decimal
    x1: float


def page_rates(layouts: list[PageLayout]) -> set[Decimal]:
    """The rates the document prints with their sign, above nought and at most 30."""
    out: set[Decimal] = set()
    for layout in layouts:
        for row in layout.rows:
            for m in _RATE.finditer(row.text):
                with contextlib.suppress(InvalidOperation):
                    rate = Decimal(m.group(1).replace(",", "."))
                    if 0 < rate <= 30:
                        out.add(rate)
    return out


def _dec(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _rate_of(li: LineItem) -> Decimal | None:
    """The line's rate as read; a rate the document never prints with its sign (a VAT
    amount read under a header naming the tax, "10.8") counts as none."""
    return _dec(li.tax_rate)


def _marks(
    rows: list[list[list[Word]]], li: LineItem, rates: set[Decimal], bare_only: bool = False
) -> list[Mark]:
    """The line's cells that may be its rate: of ``rates``, or with ``bare_only`` any bare
    number a rate can be (above nought, at most 30)."""
    total = _dec(li.line_total)
    if total is None:
        return []
    own = {abs(v) for v in (_dec(li.quantity), _dec(li.unit_price), total) if v is not None}
    out: list[Mark] = []
    for seq in (cell for row in rows for cell in row):
        text = " ".join(w.text for w in seq)
        x1 = seq[-1].bbox[2]
        if bare_only:
            rate = _dec(text.replace(",", ".")) if _BARE.match(text) else None
            if rate is not None and 0 < rate <= _MAX_RATE and rate not in own:
                out.append(Mark(rate, "bare", rate, x1))
            continue
        m = _PERCENT_WORD.match(text)
        if m:
            rate = Decimal(m.group(1).replace(",", "."))
            if rate in rates:
                out.append(Mark(rate, "percent", rate, x1))
            continue
        if _BARE.match(text):
            rate = Decimal(text.replace(",", "."))
            if rate in rates and rate not in own:
                out.append(Mark(rate, "bare", rate, x1))
        if not _TWO_DECIMALS.search(text):
            continue
        value = parse_amount(text)
        if value is None or abs(value) in own or total == 0:
            continue
        fits = [r for r in rates if abs(abs(total) * r / 100 - abs(value)) <= _CENT]
        if len(fits) == 1:
            out.append(Mark(fits[0], "amount", abs(value), x1))
    return out


def _column(marks: dict[int, list[Mark]]) -> dict[int, Mark] | None:
    """One mark a line, of one kind, right edges aligned, on every line."""
    for anchor in (m for ms in marks.values() for m in ms):
        pick: dict[int, Mark] = {}
        for i, ms in marks.items():
            near = [m for m in ms if m.kind == anchor.kind and abs(m.x1 - anchor.x1) <= ALIGN]
            if len(near) != 1:
                break
            pick[i] = near[0]
        else:
            return pick
    return None


def _printed_amounts(
    layouts: list[PageLayout], lines: list[LineItem] | None = None
) -> list[Decimal]:
    """Every amount the pages print; with ``lines``, only outside their rows."""
    out: list[Decimal] = []
    for layout in layouts:
        for row in layout.rows:
            if lines is not None and _in_lines(row.page, (row.top + row.bottom) / 2, lines):
                continue
            for language in ("fr", "en"):
                out.extend(abs(v) for v, _s, _e in find_amounts(row.text, language))
    return out


def _in_lines(page: int, mid: float, lines: list[LineItem]) -> bool:
    return any(
        li.bbox is not None and (li.page or 0) == page and li.bbox[1] - 1 <= mid <= li.bbox[3] + 1
        for li in lines
    )


def _tax_printed(
    lines: list[LineItem],
    column: dict[int, Mark],
    layouts: list[PageLayout],
    outside: bool = False,
) -> bool:
    """Does the document print the tax the column's rates (or amounts) add up to? With
    ``outside``, printed outside the line rows (not a line's own amount)."""
    tax = Decimal(0)
    for i, mark in column.items():
        if mark.kind == "amount":
            tax += mark.value
        else:
            total = _dec(lines[i].line_total) or Decimal(0)
            tax += abs(total) * mark.rate / 100
    if tax <= 0:
        return False
    slack = max(Decimal("0.02"), Decimal("0.006") * len(column))
    printed = _printed_amounts(layouts, lines if outside else None)
    return any(abs(v - tax) <= slack for v in printed)


def _find_column(
    lines: list[LineItem], layouts: list[PageLayout], rates: set[Decimal], bare_only: bool
) -> dict[int, Mark] | None:
    """One rate mark a line with an amount, in one column on every page, of one kind."""
    by_page = {layout.page: layout for layout in layouts}
    column: dict[int, Mark] = {}
    for page in sorted({li.page for li in lines if li.page is not None}):
        layout = by_page.get(page)
        idx = [i for i, li in enumerate(lines) if li.page == page and li.line_total]
        if layout is None:
            return None
        marks = {i: _marks(line_cells(lines[i], layout), lines[i], rates, bare_only) for i in idx}
        found = _column(marks) if idx else {}
        if found is None:
            return None
        column.update(found)
    with_total = [i for i, li in enumerate(lines) if li.line_total]
    if len(column) < 2 or len(column) != len(with_total):
        return None
    if len({m.kind for m in column.values()}) != 1:
        return None
    return column


def _bare_rates(lines: list[LineItem], layouts: list[PageLayout]) -> dict[int, Mark] | None:
    """A column of bare numbers the document never prints with a sign ("20" under a head
    no reader knows, the summary saying "Total TVA" and no rate): rates only if the lines'
    amounts at them give a tax the page prints outside the rows, to the cent a line, with
    at most three rates and no running count (1, 2, 3: positions)."""
    column = _find_column(lines, layouts, set(), bare_only=True)
    if column is None:
        return None
    values = [column[i].rate for i in sorted(column)]
    if len(set(values)) > _MAX_BARE_RATES:
        return None
    if len(values) >= 3 and all(b - a == 1 for a, b in itertools.pairwise(values)):
        return None
    return column if _tax_printed(lines, column, layouts, outside=True) else None


def rates_from_columns(lines: list[LineItem], layouts: list[PageLayout]) -> list[LineItem]:
    """``lines`` with the rate of the column of rates or VAT amounts each prints (module
    docstring)."""
    if len(lines) < 2:
        return lines
    rates = page_rates(layouts)
    if any(_rate_of(li) in rates for li in lines):
        return lines
    column = _find_column(lines, layouts, rates, bare_only=False) if rates else None
    if column is not None and not _tax_printed(lines, column, layouts):
        column = None
    if column is None and not any(li.tax_rate for li in lines):
        column = _bare_rates(lines, layouts)
    if column is None:
        return lines
    out = list(lines)
    for i, mark in column.items():
        li = out[i].model_copy(update={"tax_rate": number_str(mark.rate)})
        out[i] = li.guessed(LINE_VAT_CONFIDENCE)
    return out
