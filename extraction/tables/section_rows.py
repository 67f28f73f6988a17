"""Rows of a line table that are no items: the heading of a section glued onto the first
description under it, and the subtotal or carried-forward amount of the rows above read as
an item of its own.

A table split into sections prints a heading row ("Painting", "B – Tools", "LOT 2") over
each group and often a subtotal row after it; a table over several pages prints what it
carries from one page to the next. The table readers join a text row above an item to its
description when the two look like one wrapped cell, and read a row with a label and an
amount as an item. Structure, not wording, tells them apart:

- one cell's wrapped lines are set at the font's line spacing; a heading is a row of the
  table of its own, set apart from its item as far as two items' rows are (the table's
  padding; half a line at least), or it starts left of the description's column (a band
  across the table, a code column's group code).
  A text row above an item's numbers that is set so is stripped from the description;
- a row with no quantity and no unit price whose amount is the sum of the rows above it
  (since the table's start or the last such row: a section's subtotal, an amount carried
  forward) or the amount a page before carried (brought forward) is no item: the sum is
  the check. Two rows summed at least, or one under a total's word.

A description stripped of its heading is a guess about the table: at most
``HEADING_CONFIDENCE``.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout, Row
from extraction.parse.amounts import parse_amount
from extraction.parse.sums import SUM_WORD
from extraction.parse.text import fold
from extraction.result import CENT, LineItem
from extraction.tables.row_columns import page_lines
from extraction.tables.wrap_fit import column_edge, wraps_into, x0_of

HEADING_CONFIDENCE = UNCONFIRMED_CAP
# a gap between two rows of text, in line heights, that two lines of one cell never leave
_APART = 0.5
# the share of the gap between two items' rows that sets a heading apart from its item
_ROW_SHARE = 0.75
# how far left of the description's column (pt) a heading starts when it spans the table
_LEFT = 4.0


def _flat(text: str) -> str:
    return " ".join(text.split())


def _rows_in(li: LineItem, layout: PageLayout) -> list[Row]:
    if li.bbox is None:
        return []
    _x0, top, _x1, bottom = li.bbox
    return [r for r in layout.rows if top - 1 <= (r.top + r.bottom) / 2 <= bottom + 1]


def _dec(text: str | None) -> Decimal | None:
    try:
        return abs(Decimal(text)) if text else None
    except InvalidOperation:
        return None


def _numbers_row(rows: list[Row], li: LineItem, language: str) -> int | None:
    """The row of ``rows`` that prints the line's amount (else its quantity)."""
    for key in (li.line_total, li.quantity, li.unit_price):
        want = _dec(key)
        if want is None:
            continue
        for k, row in enumerate(rows):
            for seg in row.segments:
                got = parse_amount(seg.text, language)
                if got is not None and abs(got) == want:
                    return k
    return None


def _description_x(rows: list[Row], rest: str) -> float | None:
    """Where the description's own text starts: the segment that opens ``rest``."""
    first = rest.split()[0] if rest.split() else ""
    for row in rows:
        for seg in row.segments:
            if first and seg.text.split()[0] == first:
                return seg.x0
    return None


def _text_only(text: str) -> bool:
    """A row of words, no code or number over the text (the item's own)."""
    return not (any(ch.isdigit() for ch in text) and not re.search(r"[^\W\d_]{3,}", text))


def _row_gap(lines: list[LineItem], layout: PageLayout) -> float | None:
    """The usual gap between one item's last printed row and the next item's first: what
    sets two rows of the table apart, where one cell's wrapped lines are set closer."""
    spans = [rows for li in lines if (rows := _rows_in(li, layout))]
    gaps = sorted(b[0].top - a[-1].bottom for a, b in itertools.pairwise(spans))
    gaps = [g for g in gaps if g >= 0]
    return gaps[len(gaps) // 2] if gaps else None


def _without_headings(
    li: LineItem, layout: PageLayout, language: str, row_gap: float | None, page_rows: list[Row]
) -> LineItem:
    rows = _rows_in(li, layout)
    k = _numbers_row(rows, li, language)
    desc = _flat(li.description or "")
    if k is None or not desc:
        return li
    # set apart: as far as two rows of the table are (their padding), never less than
    # half a line
    apart_at = max(_APART * layout.line_height, _ROW_SHARE * row_gap) if row_gap else None
    kept = list(rows)
    # above the numbers, from the top down: a row set apart from the one under it, or
    # starting left of the description's column
    above = rows[:k]
    while above:
        head = _flat(above[0].text)
        if not _text_only(head) or not desc.startswith(head + " "):
            break
        rest = desc[len(head) + 1 :]
        below = above[1] if len(above) > 1 else rows[k]
        apart = apart_at is not None and below.top - above[0].bottom >= apart_at
        x = _description_x(rows[k:], rest)
        left = x is not None and above[0].segments[0].x0 < x - _LEFT
        if not (apart or left):
            break
        if not left and wraps_into(above[0], below, column_edge(page_rows, x0_of(above[0]))):
            break  # filled to where the next line's first word would not fit: wrapped text
        desc = rest
        kept.remove(above[0])
        above = above[1:]
    # under the numbers, the next table row's heading read with the item (a band that
    # starts left of the description's column, set apart): both, as wrapped text is not
    for prev, row in zip(rows[k:], rows[k + 1 :], strict=False):
        head = _flat(row.text)
        own = desc[len(head) + 1 :] if desc.startswith(head + " ") else desc
        x = _description_x(rows[k : k + 1], own)
        apart = apart_at is not None and row.top - prev.bottom >= apart_at
        left = x is not None and row.segments[0].x0 < x - _LEFT
        if not (_text_only(head) and apart and left):
            continue
        if desc.startswith(head + " "):
            desc = desc[len(head) + 1 :]
        elif desc.endswith(" " + head):
            desc = desc[: -len(head) - 1]
        else:
            continue
        kept.remove(row)
    if len(kept) == len(rows):
        return li
    box = li.bbox
    assert box is not None
    bbox = (box[0], min(r.top for r in kept), box[2], max(r.bottom for r in kept))
    out = li.model_copy(update={"description": desc, "bbox": bbox})
    return out.guessed(HEADING_CONFIDENCE)


def _sum_row(li: LineItem) -> bool:
    return li.line_total is not None and li.quantity is None and li.unit_price is None


def _sums(lines: list[LineItem]) -> set[int]:
    """The lines that are sums of the lines above them (module docstring)."""
    dropped: set[int] = set()
    start = 0
    running = Decimal(0)  # every item so far: what a page carries forward
    carried: Decimal | None = None
    carried_page: int | None = None
    for i, li in enumerate(lines):
        total = _dec(li.line_total)
        if total is None:
            continue
        if _sum_row(li):
            section = [_dec(lines[j].line_total) for j in range(start, i) if j not in dropped]
            parts = [p for p in section if p is not None]
            worded = bool(SUM_WORD.search(fold(li.description or "")))
            enough = len(parts) >= 2 or (len(parts) == 1 and worded)
            if parts and enough and abs(sum(parts, Decimal(0)) - total) <= CENT:
                dropped.add(i)
                start = i + 1
                carried, carried_page = total, li.page
                continue
            if running and (i >= 2 or worded) and abs(running - total) <= CENT:
                dropped.add(i)  # carried forward, over sections' subtotals
                start = i + 1
                carried, carried_page = total, li.page
                continue
            turned = carried_page is not None and li.page != carried_page
            if carried is not None and abs(carried - total) <= CENT and (worded or turned):
                dropped.add(i)  # brought forward from the page before
                start = i + 1
                continue
        running += total
    return dropped


def section_rows(lines: list[LineItem], layouts: list[PageLayout], language: str) -> list[LineItem]:
    """``lines`` without the sums of sections and pages, their descriptions without the
    headings of their sections (module docstring)."""
    dropped = _sums(lines)
    out = [li for i, li in enumerate(lines) if i not in dropped]
    for layout, idx in page_lines(out, layouts):
        gap = _row_gap([out[i] for i in idx], layout)
        page_rows = [r for i in idx for r in _rows_in(out[i], layout)]
        for i in idx:
            out[i] = _without_headings(out[i], layout, language, gap, page_rows)
    return out
