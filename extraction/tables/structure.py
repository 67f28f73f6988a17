"""Tables found by structure alone, for pages where no header word names a column: runs of
consecutive rows whose numbers end at the same x and whose text starts at the same x,
whatever stands above them (no header, a header of words no vocabulary holds, a caption).

A run is proposed, not trusted: the reader then gives its columns roles by their content
(the arithmetic of quantity x price = amount, positions counting up, a lone column of
counts) and its lines are capped below the auto-accept threshold (``UNCONFIRMED_CAP``).
It is asked only when the readers that start from a header found no line at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.layout import PageLayout, Row
from extraction.lines import _is_stop
from extraction.parse.amounts import CURRENCY_MARKS
from extraction.parse.text import fold
from extraction.tables.cells import Cell, cells_of

# the most a line read from a table found by structure alone is trusted: nothing printed
# says which column is which: UNCONFIRMED_CAP (``extraction.candidates.model``)
# how far (pt) the edges of one column may wander from row to row of a printed table
_EDGE = 3.0
# rows of text only (a wrapped description, a batch note) an item row may have under it
WRAPS = 3
# rows an item's description may wrap onto when each starts where the item rows' text
# does (``continues_text``): a narrow description column wraps a long one over five lines
TEXT_WRAPS = 6
# the first words of a row that closes a table or heads a block of fields
_CLOSING = re.compile(
    r"^(?:sub ?-?total|total|totale|montant|net|tva|vat|tax|taxe|ttc|ht|amount|balance"
    r"|solde|acompte|deposit|discount|remise|page)\b"
)
_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MONEY = re.compile(r"\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}")
_LEADING = re.compile(r"^\d{1,5}(?:[.,]\d{1,3})?(?:\s*[x×])?\s+[^\W\d_]")


def _date(text: str) -> bool:
    """A date printed in numbers (a row of dates is a schedule or a list of documents, no
    item row); a dotted code ("94.69.89") is none."""
    m = _DATE.match(text.strip())
    if m is None:
        return False
    a, b, c = (int(g) for g in m.groups())
    if len(m.group(1)) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12 and 1 <= b <= 31)


@dataclass
class _Shape:
    """What an item row of a table prints: its text column's start and its numbers' ends."""

    starts: tuple[float, ...]  # where its text starts (a run's: where all its rows do)
    ends: list[float]
    lead: bool = False  # the count is the first word of the text


def _shape(cells: list[Cell]) -> _Shape | None:
    """The shape of a row that may be an item row: a cell of words (the description, the
    widest one) and one or more numbers that are no dates, no label ending with a colon."""
    if not cells:
        return None
    texts = [c for c in cells if not c.numeric and _LETTERS.search(c.text)]
    nums = [c for c in cells if c.numeric]
    if not texts:
        return None
    desc = max(texts, key=lambda c: (len(c.text), -c.x0))
    if not nums and _LEADING.match(desc.text) and len(desc.words) >= 4:
        # no number of its own but the count the text starts with ("25 PEX pipe 16 mm"):
        # the run is then told by where its text starts (``_fits``), the count is cut
        # off by the reader
        return _Shape((desc.x0,), [], lead=True)
    if not nums:
        return None
    if any(c.text.rstrip().endswith(":") or _date(c.text) for c in cells):
        return None
    if any(c.unit is not None and c.unit[:1].isupper() for c in nums):
        return None  # "13002 Marseille": a postcode and its town, no count and unit
    if _CLOSING.match(fold(cells[0].text)):
        return None
    # the cell's start, or where its first word of letters starts after a number (the
    # rows of a run agree on one of them)
    alt = _text_start(desc)
    starts = (desc.x0,) if alt is None else (desc.x0, alt)
    return _Shape(starts, sorted(_number_end(c) for c in nums))


def _text_start(cell: Cell) -> float | None:
    """Where a description's words may start other than at its cell: a count set close
    before them ("48 Flexible cable", a quantity column printed a few points left of the
    text) ends at a different x on every row, the text after it starts at the same one.
    Only a second guess: a description may start with a number of its own ("10 W LED
    bulb", "3 x Widget") and its cell then starts where the others do."""
    if len(cell.words) > 1 and re.fullmatch(r"\d{1,5}(?:[.,]\d{1,3})?", cell.words[0].text):
        lettered = next((w for w in cell.words if _LETTERS.search(w.text)), None)
        if lettered is not None and lettered.bbox[0] - cell.words[0].bbox[2] > 3.5:
            return lettered.bbox[0]
    # a price and its currency run into the text after them ("21.90 USD [09911-14] Rye":
    # the price right aligned, so its start wanders, the text after it left aligned)
    words = cell.words
    if len(words) > 2 and _MONEY.fullmatch(words[0].text) and words[1].text in CURRENCY_MARKS:
        return words[2].bbox[0]
    return None


def _number_end(cell: Cell) -> float:
    """Where a cell's number ends: a unit set after it ("350,75 m", "100 pot") is left
    aligned in a column of its own, the numbers are right aligned before it."""
    if cell.unit is None or len(cell.words) < 2:
        return cell.x1
    digits = [w for w in cell.words if any(ch.isdigit() for ch in w.text)]
    return digits[-1].bbox[2] if digits else cell.x1


def _fits(run: _Shape, row: _Shape) -> bool:
    """Does ``row`` print its text where the run does and end a number where it does?"""
    if not _starts(run, row):
        return False
    if run.lead or row.lead:
        return run.lead and row.lead
    return any(abs(a - b) <= _EDGE for a in row.ends for b in run.ends)


def _starts(run: _Shape, row: _Shape) -> tuple[float, ...]:
    """Where ``run`` starts its text and ``row`` does too (none: they start apart)."""
    return tuple(a for a in run.starts if any(abs(a - b) <= _EDGE for b in row.starts))


def _text_only(cells: list[Cell]) -> bool:
    return bool(cells) and not any(c.numeric for c in cells)


def continues_text(starts: tuple[float, ...], ends: list[float], cells: list[Cell]) -> bool:
    """Is a row a wrapped line of the item above it, even with a number in it ("16 mm",
    "180x90x40", "1 kg" of a description wrapped in a narrow column)? Its first cell
    starts where the item rows' text does, nothing of it starts left of that, and none of
    its numbers ends where a number column of the item rows does: an item row ends its
    numbers there, a wrapped line of text only starts where the text does."""
    if not cells or len(cells) > 2 or not starts:
        return False
    if min(abs(cells[0].x0 - x) for x in starts) > _EDGE or cells[0].x0 < min(starts) - _EDGE:
        return False
    if _CLOSING.match(fold(cells[0].text)) or any(c.date_like for c in cells):
        return False
    return not any(c.numeric and any(abs(_number_end(c) - e) <= _EDGE for e in ends) for c in cells)


def _under_a_head(layout: PageLayout, at: int, language: str) -> bool:
    """Is the row right above item row ``at`` a table's head whatever its words: short
    labels only (no number), three or more, each over a cell of the item row and each of
    the item row's cells under one ("Stock no | Nature | Count" over a lone row)? Such a
    head makes a lone item row a run; its words are not read as the header's labels."""
    if at == 0:
        return False
    rows = layout.rows
    if rows[at].top - rows[at - 1].bottom > 2.5 * layout.line_height or _is_stop(rows[at - 1]):
        return False
    head = cells_of(rows[at - 1], language)
    items = cells_of(rows[at], language)
    # three labels or more, one over each cell (two short lines of a letterhead over an
    # address and a reference are no head and its row)
    if len(head) < 3 or len(head) != len(items) or not _text_only(head):
        return False
    if not any(c.numeric for c in items):
        return False  # lines of addresses side by side under their names
    if not any(len(_LETTERS.findall(c.text)) >= 2 and not c.date_like for c in items):
        return False  # values under their captions (a VAT number, a date, a customer no.)
    if any(len(c.text.split()) > 4 or c.text.rstrip().endswith(":") for c in head):
        return False

    def over(a: Cell, b: Cell) -> bool:
        return a.x0 - _EDGE <= b.x1 and b.x0 <= a.x1 + _EDGE

    return all(any(over(h, c) for c in items) for h in head) and all(
        any(over(h, c) for h in head) for c in items
    )


def aligned_runs(layout: PageLayout, language: str) -> list[tuple[int, int]]:
    """(first item row, last row) of each run of two or more rows printed in one table's
    columns (text from one x, numbers ending at one x), with at most a few rows of text
    between them; one row alone when it prints three numbers or more (its arithmetic is
    then its evidence). Rows with a total's word or under one end a run."""
    rows: list[Row] = layout.rows
    lh = layout.line_height
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(rows):
        cells = cells_of(rows[at], language)
        shape = None if _is_stop(rows[at]) else _shape(cells)
        if shape is None:
            at += 1
            continue
        first = last = at
        items = 1
        nums = len(shape.ends)
        bottom = rows[at].bottom
        nxt = at + 1
        wraps = 0
        while nxt < len(rows):
            row = rows[nxt]
            if row.top - bottom > 3.0 * lh or _is_stop(row):
                break
            got = cells_of(row, language)
            other = _shape(got)
            if other is not None and _fits(shape, other):
                last, items, wraps = nxt, items + 1, 0
                nums = max(nums, len(other.ends))
                shape = _Shape(
                    _starts(shape, other), sorted({*shape.ends, *other.ends}), shape.lead
                )
            elif (_text_only(got) and wraps < WRAPS and not _CLOSING.match(fold(got[0].text))) or (
                wraps < TEXT_WRAPS
                and row.top - bottom <= 1.6 * lh
                and continues_text(shape.starts, shape.ends, got)
            ):
                wraps += 1
            else:
                break
            bottom = row.bottom
            nxt += 1
        if items >= 2 or nums >= 3 or _under_a_head(layout, first, language):
            # the run's last item may wrap its text onto rows of its own, in its column
            end = last
            while end + 1 < len(rows) and end - last < TEXT_WRAPS:
                got = cells_of(rows[end + 1], language)
                if rows[end + 1].top - rows[end].bottom > 1.6 * lh:
                    break
                if continues_text(shape.starts, shape.ends, got):
                    end += 1
                    continue
                if not _text_only(got) or end - last >= WRAPS:
                    break
                if min(abs(c.x0 - x) for c in got for x in shape.starts) > _EDGE:
                    break
                end += 1
            runs.append((first, end))
        at = last + 1
    return runs
