"""Article codes made of digit groups ("12 345 67", "4.002.118") that the table reading
left out of the row, or cut short: printed in a column of their own (first, or far right
after the amounts and the VAT column), after the amount and its currency word, or in
brackets at the end of the description.

Such a code reads as a number with thousands separators, so the cell reader takes its
groups for numbers, or for several cells. Structure, not header words, says it is a code:

- a run of single-spaced digit groups (or one dotted word), worth none of the row's own
  numbers (quantity, price, amount), on three rows or more, all set in one column (left or
  right edges aligned) and all different: a column of codes whatever its header says;
- the same run in brackets closing the description of three lines or more (all of them
  when the page prints two).

A code that is not all dates ("20.11.73" might be a service date on every row); a column
under a header that names another field ("Imputation": an account) is no code column. A line
whose code was read as something else is left alone; a code read short ("48 898" of
"48 898 89") is completed. Each such reading is a guess about the table: at most 0.85.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout
from extraction.parse.amounts import currency_in
from extraction.result import LineItem, Word
from extraction.tables.code_columns import is_gtin
from extraction.tables.desc_codes import code_kind
from extraction.tables.row_columns import (
    header_over,
    line_cells,
    most_aligned,
    page_lines,
)
from extraction.tables.vocabulary import label_role

GROUPED_CONFIDENCE = UNCONFIRMED_CAP
_GROUP = re.compile(r"^\d{1,4}$")
_DOTTED = re.compile(r"^\d{1,3}(?:\.\d{2,3}){1,3}$")
_SPACED = re.compile(r"^\d{1,3}(?: \d{2,4}){1,3}$")
_DECIMALS = re.compile(r"\d[.,]\d{2}$")  # a price or an amount's cents
_AMOUNT_SHAPED = re.compile(r"^\d+\.\d{2}$")  # "262.58": a price, not a code
_BRACKETED_TAIL = re.compile(r"\s*\((\d[\d .]*\d)\)$")


@dataclass(frozen=True)
class Run:
    """A code candidate on a row: its text and horizontal extent."""

    text: str
    x0: float
    x1: float


def code_shaped(text: str) -> bool:
    """Digit groups split by single spaces or dots, five digits at least."""
    if not (_SPACED.match(text) or _DOTTED.match(text)) or _AMOUNT_SHAPED.match(text):
        return False
    return sum(c.isdigit() for c in text) >= 5


def _date_like(text: str) -> bool:
    parts = re.split(r"[ .]", text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    day, month = int(parts[0]), int(parts[1])
    return len(parts[0]) <= 2 and len(parts[1]) <= 2 and 1 <= day <= 31 and 1 <= month <= 12


def _digits_value(text: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[ .]", "", text))
    except InvalidOperation:
        return None


def _own_numbers(li: LineItem) -> set[Decimal]:
    out: set[Decimal] = set()
    for v in (li.quantity, li.unit_price, li.line_total):
        if v:
            with contextlib.suppress(InvalidOperation):
                out.add(abs(Decimal(v)))
    return out


def _trailing_groups(seq: list[Word]) -> list[Word]:
    """The digit groups closing a sequence: a currency word or an amount before the code
    ("54,00 EUR 4.002.118") is set apart from it; a number's decimals after the groups
    ("12 345 678,00") leave none."""
    out: list[Word] = []
    for w in reversed(seq):
        if not (_GROUP.match(w.text) or _DOTTED.match(w.text)):
            break
        out.append(w)
    return out[::-1]


def _cell_code(seq: list[Word]) -> bool:
    """A cell of its own (a space's width from anything else) holding one code of the
    shapes descriptions print them in ("EP68218", "KC 147 94"), no bar code."""
    texts = [w.text for w in seq]
    return (
        len(texts) <= 3
        and currency_in(" ".join(texts)) is None
        and not any(_DECIMALS.search(t) for t in texts)
        and code_kind(texts) is not None
        and not is_gtin("".join(texts))
        and not _date_like(" ".join(texts))
    )


def row_runs(rows: list[list[list[Word]]], li: LineItem) -> list[Run]:
    """The code-shaped runs of a line's cells (``row_columns.line_cells``), none worth one
    of the line's numbers."""
    own = _own_numbers(li)
    runs: list[Run] = []
    for seq in (cell for row in rows for cell in row):
        part = seq if _cell_code(seq) else _trailing_groups(seq)
        text = " ".join(w.text for w in part)
        if not part or (part is not seq and not code_shaped(text)):
            continue
        if _digits_value(text) in own:
            continue
        runs.append(Run(text, part[0].bbox[0], part[-1].bbox[2]))
    return runs


def _enough(texts: list[str], total: int) -> bool:
    """Codes on three lines or more (on both when the page prints two), on half the
    lines at least, all different and not all dates."""
    n = len(texts)
    if (n < 3 and not (n == 2 and total <= 3)) or n * 2 < total:
        return False
    return len(set(texts)) == n and not all(_date_like(t) for t in texts)


def _column(
    runs: dict[int, list[Run]], total: int, lines: list[LineItem], layout: PageLayout
) -> dict[int, Run] | None:
    """One run a line, all in one column (left or right edges aligned), enough of them,
    under no header naming another field ("Imputation", "Lot", "Réf. client")."""
    best = most_aligned(runs, [lambda r: r.x0, lambda r: r.x1])
    if not _enough([r.text for r in best.values()], total):
        return None
    first = min(best, key=lambda i: (lines[i].bbox or (0, 0, 0, 0))[1])
    top = (lines[first].bbox or (0, 0, 0, 0))[1]
    x0, x1 = min(r.x0 for r in best.values()), max(r.x1 for r in best.values())
    head = header_over(layout, top, x0, x1)
    return best if not head or label_role(head) in (None, "sku") else None


def _completes(old: str | None, new: str) -> bool:
    """Does ``new`` give the line its code: none read, or read short?"""
    if not old:
        return True
    flat_old, flat_new = re.sub(r"[ .]", "", old), re.sub(r"[ .]", "", new)
    return flat_old != flat_new and flat_new.startswith(flat_old) and new.startswith(old)


def _without(desc: str | None, code: str, old: str | None) -> str | None:
    """The description without the code (or the rest of a code read short) it holds."""
    if not desc:
        return desc
    for tail in (f"({code})", code):
        if desc.endswith(" " + tail):
            return desc[: -len(tail) - 1].rstrip()
    if old and code.startswith(old):
        rest = code[len(old) :].strip()
        if rest and desc.startswith(rest + " "):
            return desc[len(rest) + 1 :]
        if rest and desc.endswith(" " + rest):
            return desc[: -len(rest) - 1]
    return desc


def _set(li: LineItem, code: str) -> LineItem:
    desc = _without(li.description, code, li.sku)
    return li.model_copy(update={"sku": code, "description": desc}).guessed(GROUPED_CONFIDENCE)


def _bracketed(lines: list[LineItem], idx: list[int]) -> dict[int, str]:
    """Lines whose description closes on a bracketed code, when enough lines do (a line
    whose code was read already from its brackets counts as one)."""
    found: dict[int, str] = {}
    for i in idx:
        li = lines[i]
        m = _BRACKETED_TAIL.search(li.description or "")
        if m and code_shaped(m.group(1)) and li.sku in (None, m.group(1)):
            found[i] = m.group(1)
        elif li.sku and code_shaped(li.sku):
            found[i] = li.sku
    if not _enough(list(found.values()), len(idx)):
        return {}
    return {i: c for i, c in found.items() if lines[i].sku is None}


def grouped_codes(lines: list[LineItem], layouts: list[PageLayout]) -> list[LineItem]:
    """``lines`` with the digit-group codes the page prints for them (module docstring)."""
    out = list(lines)
    for layout, idx in page_lines(lines, layouts):
        runs = {i: row_runs(line_cells(lines[i], layout), lines[i]) for i in idx}
        column = _column({i: rs for i, rs in runs.items() if rs}, len(idx), lines, layout)
        if column:
            for i, run in column.items():
                if _completes(out[i].sku, run.text):
                    out[i] = _set(out[i], run.text)
        for i, code in _bracketed(out, idx).items():
            out[i] = _set(out[i], code)
    return out
