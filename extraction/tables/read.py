"""Line items out of the pages: tables under a header, tables continued on a page without
one, and tables with no header at all whose rows prove themselves by their arithmetic."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from extraction import repairs
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.constraints import row_reading
from extraction.labels import match_label
from extraction.layout import PageLayout, Row, words_bbox
from extraction.lines import (
    _CARRIED,
    CHOSEN_READING_CONFIDENCE,
    _is_stop,
    arithmetic_repair,
    clean_ocr_sku,
    clean_ocr_text,
    exact_quotient,
    header_columns,
    join_wrapped,
    one_digit_off,
    rate_in_words,
)
from extraction.parse.amounts import CURRENCY_MARK, money_str, number_str
from extraction.parse.text import fold
from extraction.result import ExtractionResult, LineItem, Word
from extraction.tables.cells import Cell, cells_of, read_number, split_cell
from extraction.tables.code_columns import (
    barcode_beside,
    barcode_under,
    join_code,
    settle_code_column,
    without_barcode,
)
from extraction.tables.code_rows import codes_apart, line_code
from extraction.tables.columns import Column, body_columns, lay_labels
from extraction.tables.confidence import line_confidence
from extraction.tables.count_over import counts_over
from extraction.tables.desc_codes import (
    SPLIT_CONFIDENCE,
    column_of_codes,
    mixed_kinds,
    unmarked_code,
)
from extraction.tables.desc_columns import text_by_columns
from extraction.tables.desc_rows import (
    indented_note,
    labelled_id,
    left_edge,
    marked_apart,
    note_code,
    rows_apart,
    text_beside_code,
)
from extraction.tables.desc_unit_cell import unit_ending_a_line
from extraction.tables.discounted import discounted_rows
from extraction.tables.header import Header, Label, find_headers
from extraction.tables.header_units import unit_over_quantity
from extraction.tables.readings import readings
from extraction.tables.roles import Reading, _text_quantity, assign, prices_out
from extraction.tables.row_notes import row_note, text_start
from extraction.tables.structure import aligned_runs
from extraction.tables.sum_rows import adds_up, sum_word, with_amount_rows
from extraction.tables.thousands import rejoin_thousands
from extraction.tables.unit_mend import MENDED_CONFIDENCE as UNIT_MENDED_CONFIDENCE
from extraction.tables.unit_mend import mend_unit
from extraction.tables.unit_rows import unit_under_quantity
from extraction.tables.unit_words import is_unit, unit_shaped
from extraction.tables.wrap_fit import fills_line, opens_next

CENT = Decimal("0.011")
_BRACKET_SKU = re.compile(r"^\[([^\]\s]{2,30})\]\s*(.+)$")
# OCR sets a space inside a bracketed code where the glyphs stand a little apart
# ("[0631 7-58]"): one such space, dropped from the code
_OCR_BRACKET_SKU = re.compile(r"^\[([^\]\s]{1,29} [^\]\s]{1,29})\]\s*(.+)$")
# a bracketed code whose brackets OCR read as their look-alikes ("[4006180928491|",
# "[CLE7556C}"): one bracket at least read as a bracket, the code holding a digit
_OCR_BRACKETS = re.compile(
    r"^(?:\[([^\s\[\]{}|]*\d[^\s\[\]{}|]*)[|}\)]|[{|]([^\s\[\]{}|]*\d[^\s\[\]{}|]*)\])\s+(.+)$"
)
_INT = re.compile(r"^\d{1,3}$")
_CODE_WORD = re.compile(r"^[A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_.]*$")


@dataclass
class TableReading:
    """The lines read by structure, and how many of them the arithmetic confirms."""

    lines: list[LineItem] = field(default_factory=list)
    checked: int = 0
    priced: int = 0


@dataclass
class _Body:
    page: int
    rows: list[list[Cell]]
    header: Header | None
    labels: list[Label]
    line_height: float
    language: str = "fr"
    structural: bool = False  # found by the alignment of its rows alone (``structure``)
    # its item rows print a unit: in a column of their own or after their quantities
    units: bool = False


def _split_line_numbers(rows: list[list[Cell]], language: str) -> None:
    """A leading line number glued to the next cell ("1 59.12.01 ..."): cut off when the
    first words of the item rows (a page footer "1 of 2" is none) count up one by one
    (1, 2, 3, or 21, 22, 23 on a page that continues the table)."""
    firsts = [
        r[0]
        for r in rows
        if len(r) > 1
        and (not r[0].numeric or _number_and_word(r[0]))
        and len(r[0].words) > 1
        and _INT.match(r[0].words[0].text)
    ]
    # a short description after its position reads as a number and its unit ("2
    # Carriage"): such a row counts when another row's text is plainly no number
    if len(firsts) < 2 or all(c.numeric for c in firsts):
        return
    # rows whose number stands in a cell of its own count too ("17" printed apart)
    numbers = [
        int(r[0].words[0].text)
        for r in rows
        if len(r) > 1
        and _INT.match(r[0].words[0].text)
        and (any(r[0] is c for c in firsts) or r[0].numeric)
    ]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for r in rows:
        if r and any(r[0] is c for c in firsts):
            head, tail = split_cell(r[0], 1, language)
            r[0:1] = [head, tail]


def _number_and_word(cell: Cell) -> bool:
    """A cell read as a number with a unit that is a whole number and one word of letters."""
    return (
        len(cell.words) == 2
        and cell.unit is not None
        and cell.words[1].text.isalpha()
        and len(cell.words[1].text) > 3
    )


_COUNT_ROLES = ("quantity", "shipped", "ordered")


def _split_counts_under_label(body: _Body) -> None:
    """A count printed so close before the text after it that both are one cell ("48
    Galvanised steel ..." under "Shipped  Details"): cut where the count's label ends,
    when the number sits under that label and the text starts past it. Rows whose count
    the page's gap did set apart need no cut; those that did not would hold no number."""
    label = next((lb for lb in body.labels if lb.role in _COUNT_ROLES), None)
    if label is None:
        return
    for r in body.rows:
        for k, c in enumerate(r):
            if c.numeric or len(c.words) < 2:
                continue
            first, second = c.words[0], c.words[1]
            if (
                first.bbox[0] >= label.x0 - 4
                and first.bbox[2] <= label.x1 + 2
                and second.bbox[0] > label.x1
                and read_number(first.text, body.language)[0] is not None
            ):
                r[k : k + 1] = list(split_cell(c, 1, body.language))
            break  # only a row's first text cell may start with its count


# the first words of a row that closes a table in any of the languages read by structure:
# totals, tax lines and the rate table under them
_CLOSING = re.compile(
    r"^(?:sub ?total|total|totale|totaal|subtotaal|summe|zwischensumme|gesamt\w*|netto\w*|"
    r"imponibile|base imponible|importe total|iva|mwst|ust|btw|tva|vat|tax|satz|taux|rate|"
    r"aliquota)\b"
)


def _closes(row: Row) -> bool:
    first = fold(row.segments[0].text) if row.segments else ""
    return bool(_CLOSING.match(first)) and len(row.segments) <= 6


def _item_like(cells: list[Cell]) -> bool:
    return sum(1 for c in cells if c.numeric) >= 2


def _aligned_numbers(a: list[Cell], b: list[Cell]) -> int:
    """How many numbers of row ``b`` end (or start) where a number of row ``a`` does."""
    edges = [(c.x0, c.x1) for c in a if c.numeric]
    return sum(
        1
        for c in b
        if c.numeric and any(abs(c.x1 - x1) <= 4 or abs(c.x0 - x0) <= 4 for x0, x1 in edges)
    )


def _note_in_table(
    rows: list[Row], at: int, lh: float, language: str, out: list[list[Cell]]
) -> bool:
    """A row with a total's word but no amount ("Discount 2.5%" under an item, "Sub-total
    materials" in a sectioned table) that more item rows follow, their numbers in the
    columns of the item rows above it: a note inside the table, not the totals under it.
    A totals row prints its amount; the rows under the totals are no item rows."""
    cells = cells_of(rows[at], language)
    if not cells or any(c.numeric for c in cells):
        return False
    above = next((r for r in reversed(out) if _item_like(r)), None)
    bottom = rows[at].bottom
    if (
        above is not None
        and at > 0
        and rows[at].top - rows[at - 1].bottom <= 1.6 * lh
        and any(abs(c.x0 - cells[0].x0) <= 4 for c in above[1:] if not c.numeric)
    ):
        return True  # set in the item's text column, not where the table's rows start
    for row in rows[at + 1 : at + 4]:
        if row.top - bottom > 2.5 * lh or _is_stop(row):
            return False
        nxt = cells_of(row, language)
        if _item_like(nxt):
            if all(c.numeric for c in nxt):
                return False  # amounts only: a table of totals, no item row
            if above is None:
                return sum(1 for c in nxt if c.numeric) >= 3
            return _aligned_numbers(above, nxt) >= 2
        bottom = row.bottom
    return False


def _resumes(rows: list[Row], at: int, lh: float, language: str, out: list[list[Cell]]) -> bool:
    """A totals row with more item rows close under it (after a section's title, at
    most), their numbers in the columns of the item rows above it and their text where
    those print theirs: the sub-total of one section of the table ("Total lot 1"), not the
    totals under it. A table of tax rates under the totals starts with a number."""
    above = next((r for r in reversed(out) if _item_like(r)), None)
    if above is None:
        return False
    bottom = rows[at].bottom
    for row in rows[at + 1 : at + 4]:
        if row.top - bottom > 2.5 * lh or _is_stop(row):
            return False
        nxt = cells_of(row, language)
        if _item_like(nxt):  # a title may hold a number ("3. Electrical")
            return _aligned_numbers(above, nxt) >= 2 and _text_aligned(above, nxt)
        bottom = row.bottom
    return False


def _text_aligned(a: list[Cell], b: list[Cell]) -> bool:
    """Does a text cell of row ``b`` start where one of row ``a`` does?"""
    return any(abs(c.x0 - d.x0) <= 4 for c in b if not c.numeric for d in a if not d.numeric)


def _past_the_items(
    rows: list[Row], at: int, lh: float, language: str, out: list[list[Cell]]
) -> bool:
    """A gap twice the item rows' pitch, after which no item row comes back in the
    columns of those above it: what follows (a shipment's details, a signature block) is
    under the table, not in it. A section heading after such a gap is followed by item
    rows in the table's columns."""
    items = [i for i in range(len(out)) if _item_like(out[i])]
    if len(items) < 2:
        return False
    tops = [min(c.top for c in out[i]) for i in items]
    pitch = sorted(b - a for a, b in itertools.pairwise(tops))[(len(tops) - 1) // 2]
    prev_top = min(c.top for c in out[-1]) if out[-1] else tops[-1]
    if rows[at].top - prev_top <= max(1.9 * pitch, 2.5 * lh):
        return False
    above = out[items[-1]]
    for row in rows[at : at + 3]:
        cells = cells_of(row, language)
        if _item_like(cells) and _aligned_numbers(above, cells) >= 2:
            return False
    return True


def _caption_outside(row: Row, out: list[list[Cell]]) -> bool:
    """A row that starts with a caption ("Carrier:", "Packages:") left of where every item
    row above starts: a shipment's details under the table, not a line of it."""
    items = [r for r in out if _item_like(r)]
    if len(items) < 2 or not row.segments:
        return False
    first = row.segments[0]
    if not first.text.rstrip().endswith(":"):
        return False
    return first.x0 < min(r[0].x0 for r in items if r) - 2


def _body_rows(
    rows: list[Row], start: int, lh: float, language: str, under_header: bool = True
) -> list[list[Cell]]:
    """The rows from ``start`` to the end of the table: a totals row, or a gap (from the
    header, when the table has one)."""
    out: list[list[Cell]] = []
    last_bottom = rows[start - 1].bottom if start > 0 and under_header else None
    seen_numbers = False
    for at in range(start, len(rows)):
        row = rows[at]
        stops = _is_stop(row) or (seen_numbers and _closes(row))
        if stops and not _note_in_table(rows, at, lh, language, out):
            if _resumes(rows, at, lh, language, out):
                last_bottom = row.bottom
                continue  # a section's sub-total: more items follow in the same columns
            break
        if last_bottom is not None and row.top - last_bottom > (4.0 if seen_numbers else 8.0) * lh:
            break
        if _past_the_items(rows, at, lh, language, out) or _caption_outside(row, out):
            break
        if _CARRIED.search(fold(row.text)):
            last_bottom = row.bottom
            continue
        cells = cells_of(row, language)
        seen_numbers = seen_numbers or any(c.numeric for c in cells)
        out.append(cells)
        last_bottom = row.bottom
    rejoin_thousands(out, language)  # "1" and "149,19 €": one amount (thousands.py)
    return out


def _aligned_start(layout: PageLayout, prev: list[Column], language: str) -> int | None:
    """The first row of a page without a header whose numbers sit in the previous page's
    numeric columns (a scanner or a new page may move them a little)."""
    spans = [(c.x0 - 6, c.x1 + 6) for c in prev if c.numeric and c.role is not None]
    # a table of one column of numbers (a delivery note's quantities) continues where a
    # row holds text left of the numbers and a number in that column, on two rows running
    need = min(2, len(spans))
    if need == 0:
        return None
    text_x1 = min((a for a, _b in spans), default=0.0)

    def fits(row: Row) -> bool:
        cells = cells_of(row, language)
        hits = sum(1 for c in cells if c.numeric and any(a <= c.x1 and c.x0 <= b for a, b in spans))
        if need == 1:
            return (
                hits == 1
                and len([c for c in cells if c.numeric]) == 1
                and not cells[0].numeric
                and cells[0].x1 < text_x1
                and not _is_stop(row)
            )
        return hits >= need

    # the second row may come after a line of its own under the first (a note, a date)
    ahead = 3 if repairs.on("page_carried_rows") else 2
    for i, row in enumerate(layout.rows):
        if fits(row) and (need == 2 or any(fits(r) for r in layout.rows[i + 1 : i + ahead])):
            return i
    return None


def _headerless_runs(layout: PageLayout, language: str) -> list[tuple[int, int]]:
    """Runs of rows holding text then two or more numbers whose last numbers end at the
    same x: a table without a header (the arithmetic later decides if it is one)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    edge = 0.0
    last = -10
    for i, row in enumerate(layout.rows):
        cells = cells_of(row, language)
        nums = [c for c in cells if c.numeric]
        fit = len(nums) >= 2 and not cells[0].numeric and not _is_stop(row)
        if fit and start is not None and abs(nums[-1].x1 - edge) <= 4 and i - last <= 3:
            last = i
            continue
        if start is not None and last > start:
            runs.append((start, last))
        start, edge, last = (i, nums[-1].x1, i) if fit else (None, 0.0, -10)
    if start is not None and last > start:
        runs.append((start, last))
    return runs


def _carried_role(col: Column) -> str | None:
    """The role a column of the page before passes to a page without a header: the one
    its reading gave it, or, for a column left out of it ("other"), the one its label
    named ("Ordered" beside "Shipped" on a delivery note), which the page may need."""
    if col.role != "other":
        return col.role
    named = col.label_roles - {"other"}
    if len(named) == 1:
        return named.pop()
    return "other" if col.label_roles == {"other"} else None


def _carried_labels(cols: list[Column]) -> list[Label]:
    """The labels of the page before's columns, carried to the rows continuing them."""
    return [Label(c.label_text or (c.role or ""), c.x0, c.x1, _carried_role(c)) for c in cols]


def _bodies(
    result: ExtractionResult, layouts: list[PageLayout], by_structure: bool = False
) -> list[_Body]:
    """The tables' bodies, page by page: under each header, continued on a page without
    one, else the runs of rows with no header that line up (``by_structure``: the runs of
    ``structure.aligned_runs``, which ask less of a row than ``_headerless_runs``)."""
    language = result.language
    bodies: list[_Body] = []
    prev_cols: list[Column] | None = None
    for layout in layouts:
        headers = find_headers(layout, language)
        if headers and prev_cols is not None:
            # the rows over the page's first header that continue the page before's table
            # (a header further down is the totals' or another table's)
            start = _aligned_start(layout, prev_cols, language)
            top = min(h.top for _last, h in headers)
            if start is not None and layout.rows[start].bottom < top:
                rows = _body_rows(layout.rows, start, layout.line_height, language, False)
                rows = [r for r in rows if r and max(c.bottom for c in r) < top]
                labels = _carried_labels(prev_cols)
                bodies.append(_Body(layout.page, rows, None, labels, layout.line_height, language))
        if headers:
            for last, header in headers:
                rows = _body_rows(layout.rows, last + 1, layout.line_height, language)
                bodies.append(
                    _Body(layout.page, rows, header, header.labels, layout.line_height, language)
                )
        elif prev_cols is not None:
            start = _aligned_start(layout, prev_cols, language)
            if start is not None:
                rows = _body_rows(layout.rows, start, layout.line_height, language, False)
                labels = _carried_labels(prev_cols)
                bodies.append(_Body(layout.page, rows, None, labels, layout.line_height, language))
        elif by_structure:
            for a, b in aligned_runs(layout, language):
                # the run's rows only, not a totals row with no total's word ("Net HT")
                rows = _body_rows(layout.rows, a, layout.line_height, language, False)
                rows = rows[: b - a + 1]
                bodies.append(
                    _Body(layout.page, rows, None, [], layout.line_height, language, True)
                )
        else:
            for a, b in _headerless_runs(layout, language):
                rows = _body_rows(layout.rows, a, layout.line_height, language, False)[: b - a + 3]
                bodies.append(_Body(layout.page, rows, None, [], layout.line_height, language))
        if bodies and bodies[-1].page == layout.page:
            prev_cols = _columns(bodies[-1], result.doc_type)[0]
    return bodies


def _nearest(cols: list[Column], cell: Cell) -> int:
    """The column a cell of a row without numbers belongs to: a text column it starts in
    (a wrapped description runs on over the numbers' columns, which are empty on its row),
    else the one it overlaps most, else the text column whose left edge is nearest."""
    if not cell.numeric:
        starts = [k for k, c in enumerate(cols) if not c.numeric and c.x0 - 4 <= cell.x0 <= c.x1]
        if starts:
            return starts[0]
    overlaps = [min(c.x1, cell.x1) - max(c.x0, cell.x0) for c in cols]
    best = max(range(len(cols)), key=lambda k: overlaps[k])
    if overlaps[best] > 0:
        return best
    text = [k for k, c in enumerate(cols) if not c.numeric] or list(range(len(cols)))
    return min(text, key=lambda k: abs(cols[k].x0 - cell.x0))


def _leading_number_split(
    body: _Body, cols: list[Column], tight: bool = False
) -> list[list[Cell]] | None:
    """The body's rows with the number that starts every cell of a text column cut off
    ("25 21-6101-080": a right-aligned quantity set so close to the code after it that
    both are one cell), or None when no text column starts so on each of its cells."""
    for col in cols:
        if col.numeric or len(col.cells) < 2:
            continue
        heads: list[Cell] = []
        for c in col.cells:
            if len(c.words) < 2:
                # a row with nothing after its number (a shipping charge has no code):
                # the number alone, already its own cell
                lone = read_number(c.text, body.language)[0] if c.words else None
                if lone is None or lone <= 0:
                    break
                continue
            first, second = c.words[0], c.words[1]
            height = max(1.0, first.bbox[3] - first.bbox[1])
            value = read_number(first.text, body.language)[0]
            # (``tight``: a word space apart is enough, "25 PEX pipe" on every row)
            apart = 0.0 if tight else 0.3 * height
            if value is None or value <= 0 or second.bbox[0] - first.bbox[2] < apart:
                if c is col.cells[-1] and value is None and len(heads) >= 2:
                    continue  # a total's label under the items ("Goods Total")
                break
            heads.append(c)
        else:
            if len(heads) < 2:
                continue
            cut = {id(c) for c in heads}
            out = []
            for r in body.rows:
                cells: list[Cell] = []
                for c in r:
                    cells += list(split_cell(c, 1, body.language)) if id(c) in cut else [c]
                out.append(cells)
            return out
    return None


def _columns(body: _Body, doc_type: str) -> tuple[list[Column], Reading, list[dict[int, Cell]]]:
    """Columns from the rows holding numbers (item rows); rows of text only (wrapped
    descriptions, notes) are laid over those columns afterwards, so that a long note
    cannot join two columns into one. A text column whose every cell starts with a number
    is read again with that number cut off, and kept so when more rows then check out
    (quantity x price = amount): the arithmetic decides where the cell splits."""
    cols, reading, rows = _columns_of(body, doc_type)
    if reading.checked_rows * 2 >= len(rows):
        return cols, reading, rows
    # a count printed with its sign ("12 x Widget") is read from the text as it is
    texts = sum(1 for r in rows if r and _text_quantity(r) is not None)
    tight = body.structural and texts * 2 < len(rows)
    split = _leading_number_split(body, cols, tight)
    if split is None:
        return cols, reading, rows
    kept = body.rows
    body.rows = split
    other = _columns_of(body, doc_type)
    if other[1].checked_rows > reading.checked_rows and other[1].checked_rows * 2 >= len(
        [r for r in split if any(c.numeric for c in r)]
    ):
        return other
    counts = {"quantity", "unit_price", "line_total"}
    # a table found by its alignment alone, with no count anywhere but the number every
    # row's text starts with ("25 PEX pipe"): that number is the row's count
    if (
        body.structural
        and not counts & set(reading.roles.values())
        and set(other[1].roles.values()) & counts == {"quantity"}
    ):
        return other
    body.rows = kept
    return cols, reading, rows


def _columns_of(body: _Body, doc_type: str) -> tuple[list[Column], Reading, list[dict[int, Cell]]]:
    # a long integer alone on its line is an item's code printed apart (code_rows.py), no
    # row of numbers to draw the columns from
    item_rows = [
        r
        for r in body.rows
        if any(c.numeric for c in r) and not (len(r) == 1 and _LONG_DIGITS.match(r[0].text))
    ]
    cols = body_columns(item_rows or body.rows, body.language, body.rows, body.labels)
    lay_labels(body.labels, cols)
    where = {id(c): k for k, col in enumerate(cols) for c in col.cells}
    rows = [
        {where.get(id(c), -1) if id(c) in where else _nearest(cols, c): c for c in r}
        for r in body.rows
    ]
    reading = assign(cols, [r for r in rows if any(cols[k].numeric for k in r)], doc_type)
    for k, role in reading.roles.items():
        cols[k].role = role
    _numbers_under_their_label(cols, reading, rows, body.language)
    return cols, reading, rows


def _numbers_under_their_label(
    cols: list[Column], reading: Reading, rows: list[dict[int, Cell]], language: str
) -> None:
    """A row's line number glued to its next cell ("1 97.99.83": on a scan the gap after
    it came out a little narrower on that line than on the others) stands under the
    column of line numbers the header names: the number goes back to that column."""
    at = [
        k
        for k, col in enumerate(cols)
        if col.label_roles == {"line_no"} and reading.roles.get(k) in ("line_no", "other", None)
    ]
    if len(at) != 1:
        return
    k, col = at[0], cols[at[0]]
    for row in rows:
        if k in row or not row:
            continue
        first = min(row, key=lambda j: row[j].x0)
        cell = row[first]
        if len(cell.words) < 2 or _INT.match(cell.words[0].text) is None:
            continue
        number, after = cell.words[0].bbox, cell.words[1].bbox
        if number[0] >= col.x0 - 2 and number[2] <= col.x1 + 2 and after[0] > col.x1:
            row[k], row[first] = split_cell(cell, 1, language)


@dataclass
class _Item:
    cells: dict[str | None, Cell]  # role -> cell
    words: list[Word]
    wrapped: int = 0  # rows of text joined to the first one
    discount: Decimal | None = None  # a discount printed on a row of its own under the item
    unit_below: bool = False  # its unit read on the line under its quantity (unit_rows.py)
    # the text of the item row itself, by role, before wrapped lines joined it
    first: dict[str | None, str] = field(default_factory=dict)
    code: str | None = None  # its code, printed on a line of its own (code_rows.py)
    # its first lines given to it over its numbers by the table's shape alone (``over``):
    # a guess no constraint checks, shown as one
    over: bool = False
    # a row of a description and an amount only, in a table whose items print more: an
    # item only if the table's sum says so (``sum_rows``)
    amount_only: bool = False

    def take(self, role: str | None, cell: Cell) -> None:
        """A wrapped line of the item's text joins its cell."""
        old = self.cells.get(role)
        if old is None:
            self.cells[role] = cell
            return
        self.cells[role] = Cell(
            old.words + cell.words,
            min(old.x0, cell.x0),
            max(old.x1, cell.x1),
            old.top,
            cell.bottom,
            join_code(old.text, cell.text) if role == "sku" else join_wrapped(old.text, cell.text),
            source=old.source,
            tight=old.tight or cell.tight,
        )


def _amount_row(cells: dict[int, Cell], roles: dict[int, str], anchors: int) -> bool:
    """A row of a description and an amount only, in a table whose items print a
    quantity or a price too: a service or a fee, or a subtotal (``sum_rows``)."""
    if anchors < 2 or "line_total" not in roles.values():
        return False
    got = _by_role(cells, roles)
    total, desc = got.get("line_total"), got.get("description")
    if total is None or not total.numeric or desc is None or not _LETTERS_RE.search(desc.text):
        return False
    if any(got.get(r) is not None for r in ("quantity", "unit_price")):
        return False
    return not sum_word(desc.text)


def _by_role(cells: dict[int, Cell], roles: dict[int, str]) -> dict[str | None, Cell]:
    """The row's cells by role; text of one role in two columns joins, left to right."""
    item = _Item({}, [])
    for k in sorted(cells):
        item.take(roles.get(k), cells[k])
    return item.cells


_ANCHORS = {"quantity", "line_total", "unit_price"}
_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")
_TEXT_ROLES = {"description", "sku"}


def _discount_note(cells: dict[int, Cell], language: str) -> Decimal | None:
    """A row of text naming a discount and its rate ("Discount 2.5%", "Remise 10 %"): the
    discount of the item above, printed under it by ERPs that keep the table's columns for
    quantity, price and amount."""
    text = " ".join(c.text for _k, c in sorted(cells.items()))
    hit = match_label(fold(text))
    # or named in other words ("Less discount 15%"): a note of a few words, no sentence
    named = hit is not None and hit.field == "discount"
    if not named and (not _DISCOUNT_WORD.search(fold(text)) or len(text.split()) > 5):
        return None
    return rate_in_words(text)


# a discount named in any of the languages read by structure ("Less discount 15%")
_DISCOUNT_WORD = re.compile(
    r"\b(?:discount|remise|rabais|rabatt|nachlass|sconto|descuento|korting)\b"
)


@dataclass
class _Table:
    """The items of one body, the rows of text above its first item (the end of an item
    the page before began), and what reads them."""

    items: list[_Item]
    lead: _Item
    body: _Body
    reading: Reading
    codes_first: bool  # the description column holds a code on each item row


def _items(body: _Body, doc_type: str, continues: bool = False) -> _Table:
    """Rows with a quantity or an amount are items; rows of text only, right under one,
    continue its description."""
    cols, reading, rows = _columns(body, doc_type)
    roles = reading.roles
    body.units = any(
        r == "unit" or (r == "quantity" and any(c.unit for c in cols[k].cells))
        for k, r in roles.items()
    )
    # an item has a quantity and an amount (or a price) when the table has both: a row
    # with one number only is a total or a note
    anchors = len(_ANCHORS & set(roles.values()))
    # a code in the description column on every item row: the description is printed
    # under it, so the rows of text under an item are that item's, never the next one's
    desc_cols = [cols[k] for k, r in roles.items() if r == "description"]
    codes_first = bool(desc_cols) and all(
        col.cells and all(c.code_like for c in col.cells) for col in desc_cols
    )
    if not codes_first and desc_cols:
        # the cells of the item rows only: a description wrapped onto a second line of its
        # own ("long." / "4 m") leaves cells of text in the column too
        keys = [k for k, r in roles.items() if r == "description"]
        numbered = [r for r in rows if any(cols[k].numeric for k in r)]
        own = [[r[k] for r in numbered if k in r] for k in keys]
        # a text cell of a row under the items ("Net HT" of a total's label) fills no column
        own = [cells for cells in own if len(cells) * 2 > len(numbered)]
        codes_first = bool(own) and all(
            len(cells) >= 2
            and len(cells) * 5 >= 4 * len(numbered)
            and all(c.code_like for c in cells)
            for cells in own
        )
    # columns the item rows fill: a line of text running over one of them is no wrapped
    # cell (those stay in their column) but a heading or a note ("Parcel 2/4 - SSCC ...",
    # "Deliveries via Gate 2 ..."), unless the table prints its descriptions on lines of
    # their own under the item row
    item_rows = [r for r in rows if any(cols[k].numeric for k in r)]
    filled = {
        k for k in range(len(cols)) if sum(1 for r in item_rows if k in r) * 2 >= len(item_rows)
    }
    if "sku" not in roles.values():
        for k, col in enumerate(cols):
            if (
                roles.get(k) == "other"
                and not col.label_roles - {"sku", "line_no"}
                and (
                    column_of_codes([c.text for c in col.cells])
                    # one row: a marker before its code says what the cell is ("Id. DC 367")
                    or (len(col.cells) == 1 and unmarked_code(col.cells[0].text) is not None)
                )
            ):
                # codes of one kind under no header of another field ("Imputation": an
                # account, not the article)
                roles[k] = "sku"
                # codes of two kinds, or read as numbers: a guess about the structure
                reading.code_guessed = (
                    col.numeric
                    or len(col.cells) == 1
                    or not column_of_codes([c.text for c in col.cells], mixed=False)
                )
                break
            if roles.get(k) == "other" and not col.numeric and _codes_last(col.cells):
                roles[k] = "code_last"
                break
    # more than one column of codes: the supplier's, not a bar code's or the customer's
    reading.code_moved = settle_code_column(cols, roles, len(item_rows))
    sku_col = next((k for k, r in roles.items() if r == "sku"), None)
    reading.barcode_at = barcode_beside(cols[sku_col]) if sku_col is not None else None
    if sku_col is not None and any(c.parted for c in cols[sku_col].cells):
        # codes cut off the amount before them where no row prints the two apart
        reading.code_guessed = True
    # the item rows' descriptions in upper and lower case: a row in capitals only is then
    # a heading
    desc_texts = [c.text for r in item_rows for k, c in r.items() if roles.get(k) == "description"]
    mixed_case = any(t != t.upper() for t in desc_texts)
    items: list[_Item] = []
    lead = _Item({}, [])
    # under a header, the first rows are measured from it
    last_bottom: float | None = body.header.bottom if body.header is not None else None
    # rows of text read since the last item row, with the gap above the first of them:
    # they go to the item above or to the next item row, by where the gaps split them
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]] = []
    gap_before = 0.0
    if "quantity" in roles.values():
        counts_over(rows, roles, body.line_height)  # "15" over its row (count_over.py)
    is_item = [
        bool(cells)
        and sum(1 for r, c in _by_role(cells, roles).items() if r in _ANCHORS and c.numeric)
        >= min(2, anchors)
        for cells in rows
    ]
    counted = [bool(cells) and _text_quantity(cells) is not None for cells in rows]
    if not anchors and sum(counted) >= 2 and sum(counted) * 2 >= len(item_rows):
        # no column of counts or amounts: the quantity is in the text ("48 x PEX pipe"),
        # and a row of text without one continues the item above
        is_item = counted
    if not {"sku", "code_last"} & set(roles.values()):
        coded = _code_column(cols, roles, [r for r, it in zip(rows, is_item, strict=True) if it])
        if coded is not None:
            roles[coded] = "code_apart"
    plain = _plain_gap(rows, is_item)
    titles = _numbered_titles(rows, is_item)
    amount_rows = [
        not it and bool(cells) and _amount_row(cells, roles, anchors)
        for cells, it in zip(rows, is_item, strict=True)
    ]
    # notes under items that are no description's text (desc_rows.py)
    apart = rows_apart(rows, is_item, plain, body.line_height) if not codes_first else set()
    edge = None if codes_first else left_edge(item_rows, roles)
    # codes printed on lines of their own over or under their items' rows (code_rows.py)
    code_lines = _code_lines(rows, is_item) if "sku" not in roles.values() else {}
    code_for = dict(code_lines.values())
    # where the item rows start: a row of text starting left of every one of them is set
    # outside the table (a shipment's details, a note under it), no item's wrapped text
    left = min(
        (min(c.x0 for c in cells.values()) for cells, it in zip(rows, is_item, strict=True) if it),
        default=None,
    )
    over = not continues and not codes_first and _details_first(rows, is_item, roles, body)
    right = _text_right(rows, roles) if edge is not None else None
    room = _room_right(item_rows, roles, right)
    desc_x0 = None if codes_first else text_start(item_rows, roles)
    fit = False
    for at, cells in enumerate(rows):
        if not cells:
            continue
        if at in code_lines:
            # a code line: its item's code, no text of any item
            if code_lines[at][0] < at:
                last_bottom = max(c.bottom for c in cells.values())
            continue
        if at in titles:
            # a section's numbered title ("2. Menuiserie"): the end of the item above
            _settle(items, pending, gap_before, None, lead)
            continue
        got = _by_role(cells, roles)
        words = [w for c in cells.values() for w in c.words]
        top = min(c.top for c in cells.values())
        bottom = max(c.bottom for c in cells.values())
        if is_item[at] or amount_rows[at]:
            # where every item row prints a code, the text under it is its description,
            # unless the page sets the text as clearly closer to the item row under it
            # (the description printed over its code and numbers)
            after = top if not codes_first or _closer_below(pending, gap_before, top) else None
            # text between two items that the item above's last line had room for, each
            # line filled to the next one's first word: the item under it, on even gaps
            # (and so, from then on, every item's: the table's way of printing them)
            fit = fit or (after is not None and _wraps_into_next(items, pending, got, right))
            below = _settle(items, pending, gap_before, after, lead, continues, over or fit)
            item = _Item({}, [])
            item.over = over and bool(below)
            item.amount_only = amount_rows[at]
            for p_got, p_words, _t, _b in below:
                for role, cell in p_got.items():
                    item.take(role, cell)
                item.words += p_words
                item.wrapped += 1
            for role, cell in got.items():
                item.take(role, cell)
            item.first = {role: cell.text for role, cell in got.items()}
            item.words += words
            if at in code_for:
                item.code = code_for[at]
            items.append(item)
            last_bottom = bottom
            continue
        near = last_bottom is not None and top - last_bottom <= 1.6 * body.line_height
        if near and left is not None and min(c.x0 for c in cells.values()) < left - 2:
            near = False
        if near and _under_code_label(cells, body.labels):
            near = False
        unit_cell, rest = unit_under_quantity(cells, roles) if near and items else (None, cells)
        if unit_cell is not None and "unit" not in items[-1].cells:
            # "pcs" under the item's "12": its unit, the rest of the row read as before
            items[-1].cells["unit"] = unit_cell
            items[-1].unit_below = True
            items[-1].words += unit_cell.words
            if not rest:
                last_bottom = bottom
                continue
            cells = rest
            got = _by_role(cells, roles)
            words = [w for c in cells.values() for w in c.words]
        text_only = all(roles.get(k) in _TEXT_ROLES for k in cells)
        if (
            text_only
            and plain is not None
            and not codes_first  # there every item's text is set a row under its code
            and len(cells) == 1
            and not pending
            and not over  # there a line over an item row is that item's first
            and _set_apart(rows, is_item, at, top - (last_bottom or top), plain, body.line_height)
        ):
            # a line of text set as far from the item rows above and below as those are
            # from each other ("Lot 2 – Peinture"): a section's title, no item's text
            _settle(items, pending, gap_before, None, lead)
            continue
        if text_only and mixed_case and _heading(cells):
            # a section's title in capitals ("ELECTRICAL") between items of mixed case:
            # the end of the item above, and text of neither
            _settle(items, pending, gap_before, None, lead)
            continue
        if (
            last_bottom is not None
            and near
            and (
                text_only
                or _wraps_in_text_columns(cells, cols, roles)
                or text_beside_code(cells, cols, roles)
            )
            and (codes_first or not _crosses(cells, cols, filled))
        ):
            if (
                (at in apart and items and not pending)
                or indented_note(cells, roles, edge, body.line_height)
                or (items and _marked_note(items[-1], pending, cells, roles, top, plain, right))
                or (items and _labelled_note(items[-1], pending, cells, roles, room))
                or (items and row_note(cells, items[-1].cells, desc_x0, body.line_height))
            ):
                # a note set apart from the item above (a row of its own, or indented):
                # the item's text ends above it; a code it prints is the item's own
                # ("Réf. 4711-B" under the name), as a code line's is
                if items and items[-1].code is None:
                    items[-1].code = note_code(cells)
                _settle(items, pending, gap_before, None, lead)
                last_bottom = bottom
                continue
            rate = _discount_note(cells, body.language)
            if rate is not None:
                # the note closes its item: the text above it is that item's
                _settle(items, pending, gap_before, None, lead)
                (items[-1] if items else lead).discount = rate
                last_bottom = bottom
                continue
            if not pending:
                gap_before = top - (last_bottom or top)
            pending.append((got, words, top, bottom))
            last_bottom = bottom
            continue
        _settle(items, pending, gap_before, None, lead)
        if (
            text_only
            and not codes_first
            and not _crosses(cells, cols, filled)
            and _opens_next(rows, is_item, at, top - (last_bottom or top), body.line_height)
        ):
            # too far from the item above (a note between them was left out) but set close
            # over the item row under it: that item's first lines, printed over its numbers
            gap_before = top - (last_bottom or top)
            pending.append((got, words, top, bottom))
            last_bottom = bottom
    _settle(items, pending, gap_before, None, lead)
    return _Table(items, lead, body, reading, codes_first)


def _code_column(
    cols: list[Column], roles: dict[int, str], item_rows: list[dict[int, Cell]]
) -> int | None:
    """The column that holds the table's article codes where no header word names one: a
    column under no label of another field (no label, or one no reader knows), read as
    text of its own or as a second description column beside the text, filled on three
    item rows in four, whose every cell there prints one code, maybe marked or bracketed
    ("Réf. AB-123", "[4711-20]"), all of one kind and all different
    (code_rows.line_code); an integer column only when its codes are long (five digits or
    more: no count or price)."""
    descs = [k for k, r in roles.items() if r == "description"]
    found = []
    for k, col in enumerate(cols):
        role = roles.get(k)
        if role not in ("other", "description", None) or col.label_roles - {"sku", "other"}:
            continue
        if role == "description" and len(descs) < 2:
            continue  # the table's only text: its descriptions, whatever their shape
        if col.label_roles & {"other"} and "sku" not in col.label_roles:
            continue  # a label of a field no line keeps ("Imputation": an account)
        texts = [r[k].text for r in item_rows if k in r]
        codes = [line_code(t) for t in texts]
        if len(texts) < 2 or len(texts) * 4 < len(item_rows) * 3 or None in codes:
            continue
        kinds = {c[1] for c in codes if c}
        if len(kinds) > mixed_kinds(len(codes)) or len({c[0] for c in codes if c}) != len(codes):
            continue
        if col.numeric and not all(_LONG_DIGITS.match(t.strip()) for t in texts):
            continue
        found.append(k)
    return found[0] if len(found) == 1 else None


_LONG_DIGITS = re.compile(r"^\d{5,}$")


def _code_lines(rows: list[dict[int, Cell]], is_item: list[bool]) -> dict[int, tuple[int, str]]:
    """Row of each line that prints its item's code apart -> (that item's row, the code),
    where the table's code lines agree (``code_rows.codes_apart``)."""
    codes: dict[int, tuple[str, str]] = {}
    for at, cells in enumerate(rows):
        if cells and not is_item[at]:
            found = line_code(" ".join(c.text for _k, c in sorted(cells.items())))
            if found is not None:
                codes[at] = found
    tops = [min((c.top for c in r.values()), default=0.0) for r in rows]
    bottoms = [max((c.bottom for c in r.values()), default=0.0) for r in rows]
    owners = codes_apart(is_item, codes, tops, bottoms)
    return {at: (owner, codes[at][0]) for at, owner in owners.items()}


def _opens_next(
    rows: list[dict[int, Cell]], is_item: list[bool], at: int, above: float, line_height: float
) -> bool:
    """Is row ``at`` (text only) the first of lines set close over the next item row (a
    few rows of text, each close under the one before, then the item row), and clearly
    closer to them than to the row above it (the gap above at least twice the widest gap
    below)?"""
    gaps = []
    for k in range(at, min(at + 4, len(rows) - 1)):
        if not rows[k] or not rows[k + 1]:
            return False
        gaps.append(
            min(c.top for c in rows[k + 1].values()) - max(c.bottom for c in rows[k].values())
        )
        if gaps[-1] > 0.6 * line_height:
            return False
        if is_item[k + 1]:
            return above >= 2 * max(max(gaps), 0.0) + 2.0
    return False


_DIGIT_CODE = re.compile(r"^\d{8,14}$")


def _under_code_label(cells: dict[int, Cell], labels: list[Label]) -> bool:
    """A row of text that starts under the code's label, left of the description's, with
    no code of its own ("Pallet 2 – 2698.9 kg – SSCC ..." under "Product code"): a line
    across the table (a parcel's heading, a note), not a wrapped description, which stays
    in its column, even where the page prints code and description so close that the
    rows read them as one cell."""
    code = next((lb for lb in labels if lb.role == "sku"), None)
    desc = next((lb for lb in labels if lb.role == "description"), None)
    if code is None or desc is None or desc.x0 <= code.x1:
        return False
    first = min(cells.values(), key=lambda c: c.x0)
    if not first.words or _code_word(first.words[0].text):
        return False
    # it runs on into the description's column: a wrapped code's end stays in its own
    return code.x0 - 4 <= first.x0 <= code.x1 and first.x0 < desc.x0 - 4 < first.x1


def _code_word(word: str) -> bool:
    """An EAN or article number, or letters and digits: never a date or an amount."""
    if _DIGIT_CODE.match(word):
        return True
    return bool(_CODE_WORD.match(word) and re.search(r"[A-Za-z]", word) and re.search(r"\d", word))


def _codes_last(cells: list[Cell]) -> bool:
    """Every cell of a column the table names no code column for ends with a code of
    its own, after other words ("30.01.2026 4005200580921": a date and an article's EAN
    printed too close to be two cells)."""
    lasts = [c.text.split() for c in cells]
    return (
        len(cells) >= 2
        and all(len(w) >= 2 and _code_word(w[-1]) for w in lasts)
        and len({w[-1] for w in lasts}) == len(lasts)
    )


def _plain_gap(rows: list[dict[int, Cell]], is_item: list[bool]) -> float | None:
    """The usual gap between two item rows (the table's row pitch less a row), or None when
    no item row follows another. Only gaps between items count: where a
    description wraps above its numbers ("Flexible cable ..." over "Packed in 12s | 358.2
    ..."), the gap above an item row is a wrapped line's, and a wrapped line would then be
    as far apart as a section's title."""
    gaps = []
    for i in range(1, len(rows)):
        if is_item[i] and is_item[i - 1] and rows[i] and rows[i - 1]:
            top = min(c.top for c in rows[i].values())
            bottom = max(c.bottom for c in rows[i - 1].values())
            gaps.append(top - bottom)
    if not gaps:
        return None
    return sorted(gaps)[len(gaps) // 2]


def _set_apart(
    rows: list[dict[int, Cell]],
    is_item: list[bool],
    at: int,
    above: float,
    plain: float,
    line_height: float,
) -> bool:
    """Is row ``at`` (text only) as far from the rows around it as item rows are from the
    row above them, with an item row right under it? A wrapped line is set closer."""
    if at + 1 >= len(rows) or not is_item[at + 1] or not rows[at + 1]:
        return False
    if at > 0 and is_item[at - 1]:
        # right under an item row: its wrapped line as likely as a title, and OCR sets a
        # wrapped line up to 0.85 of the items' pitch below it (6.4 pt of 7.5 on a seed-81
        # delivery note scan): a title follows the header or a sub-total
        return False
    if not any(not c.numeric for c in rows[at + 1].values()):
        return False  # the item row under it has no text of its own: this may be it
    bottom = max(c.bottom for c in rows[at].values())
    below = min(c.top for c in rows[at + 1].values()) - bottom
    least = max(0.8 * plain, 0.5 * line_height)
    return above >= least and below >= least


def _wraps_in_text_columns(
    cells: dict[int, Cell], cols: list[Column], roles: dict[int, str]
) -> bool:
    """A row whose description wraps beside the wrapped end of another text column (an
    account code "011-6168-" over "425", "à vis" beside it): every cell in a column of
    text, one of them the description's."""
    return any(roles.get(k) in _TEXT_ROLES for k in cells) and all(
        k >= 0 and not cols[k].numeric for k in cells
    )


_OUTLINE = re.compile(r"^(\d{1,2})[.)]?$")


def _numbered_titles(rows: list[dict[int, Cell]], is_item: list[bool]) -> set[int]:
    """Rows of text only, one cell each, that start with a number counting up through the
    table from the first of them ("1. Carrelage", "2. Menuiserie", ...) with item rows
    between them: the titles of its sections, no item's text."""
    found: list[tuple[int, int]] = []
    for at, cells in enumerate(rows):
        if is_item[at] or len(cells) != 1:
            continue
        (cell,) = cells.values()
        if len(cell.words) < 2:
            continue
        m = _OUTLINE.match(cell.words[0].text)
        # "2. Menuiserie" reads as a number and its unit: the dot says it is no quantity
        if m is not None and (not cell.numeric or cell.words[0].text[-1] in ".)"):
            found.append((at, int(m.group(1))))
    if len(found) < 2:
        return set()
    numbers = [n for _at, n in found]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return set()
    if not all(any(is_item[a:b]) for (a, _), (b, _) in itertools.pairwise(found)):
        return set()
    return {at for at, _n in found}


def _heading(cells: dict[int, Cell]) -> bool:
    """A title in capitals: one cell, upper case, with a word of three letters or more
    and no digit in it (a wrapped type code in capitals, "H05VV-F 3G1,5", is no title)."""
    text = " ".join(c.text for c in cells.values())
    letters = [ch for ch in text if ch.isalpha()]
    word = any(len(w) >= 3 and w.isalpha() for w in re.split(r"[\s\-–/,.:;()]+", text))
    return len(cells) == 1 and len(letters) >= 3 and text == text.upper() and word


def _crosses(cells: dict[int, Cell], cols: list[Column], filled: set[int]) -> bool:
    """Does a cell of a row of text run over a column the item rows fill, other than its
    own?"""

    def overlap(a: Column | Cell, b: Column | Cell) -> float:
        return min(a.x1, b.x1) - max(a.x0, b.x0)

    # a column that overlaps the cell's own (a number glued to text on some rows) is
    # no boundary to cross
    return any(
        overlap(cols[j], c) > 4 and overlap(cols[j], cols[k]) <= 0
        for k, c in cells.items()
        for j in filled
        if j != k and k >= 0
    )


def _text_right(rows: list[dict[int, Cell]], roles: dict[int, str]) -> float | None:
    """How far the description's column lets a line run: the right end of its widest
    cell of one line, on a born-digital page (OCR boxes are no type's widths)."""
    cells = [c for r in rows for k, c in r.items() if roles.get(k) == "description"]
    ends = [c.x1 for c in cells if c.bottom - c.top < 1.5 * _height(c)]
    if len(ends) < 3 or any(w.source == "ocr" for c in cells for w in c.words):
        return None
    return max(ends)


def _room_right(
    item_rows: list[dict[int, Cell]], roles: dict[int, str], right: float | None
) -> float | None:
    """How far a line of the description could have run before the next column's cells
    (a space short of them), where ``right`` (its widest line) is known: no program wraps
    a line that had room up to there."""
    if right is None:
        return None
    desc = [c.x1 for r in item_rows for k, c in r.items() if roles.get(k) == "description"]
    after = [
        c.x0
        for r in item_rows
        for k, c in r.items()
        if roles.get(k) != "description" and desc and c.x0 > max(desc)
    ]
    return max(right, min(after) - 6.0) if after else right


def _height(cell: Cell) -> float:
    return max(w.bbox[3] - w.bbox[1] for w in cell.words) if cell.words else 0.0


def _last_line(cell: Cell) -> list[Word]:
    """The words of a cell's last printed line."""
    last = cell.words[-1].bbox[1]
    return [w for w in cell.words if abs(w.bbox[1] - last) < 1.0]


def _wraps_into_next(
    items: list[_Item],
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]],
    got: dict[str | None, Cell],
    right: float | None,
) -> bool:
    """Are the text rows read since the last item row the first lines of the item row
    ``got``, by where their lines break (``wrap_fit.opens_next``)?"""
    own = items[-1].cells.get("description") if items else None
    nxt = got.get("description")
    lines = [p[0].get("description") for p in pending]
    if right is None or own is None or nxt is None or not nxt.words or None in lines:
        return False
    return opens_next(
        _last_line(own), [c.words for c in lines if c is not None], nxt.words[0], right
    )


def _marked_note(
    item: _Item,
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]],
    cells: dict[int, Cell],
    roles: dict[int, str],
    top: float,
    plain: float | None,
    right: float | None,
) -> bool:
    """Is a row of text under ``item`` (and the text rows read since it) a note on a row
    of its own (``desc_rows.marked_apart``)?"""
    own = pending[-1][0].get("description") if pending else item.cells.get("description")
    if own is None or not own.words:
        return False
    return marked_apart(cells, roles, _last_line(own), top - own.bottom, plain, right)


def _labelled_note(
    item: _Item,
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]],
    cells: dict[int, Cell],
    roles: dict[int, str],
    right: float | None,
) -> bool:
    """Is a row of text under ``item`` (and the text rows read since it) a line naming a
    code or a lot (``desc_rows.labelled_id``)?"""
    own = pending[-1][0].get("description") if pending else item.cells.get("description")
    if own is None or not own.words:
        return False
    return labelled_id(cells, roles, _last_line(own), right)


def _details_first(
    rows: list[dict[int, Cell]], is_item: list[bool], roles: dict[int, str], body: _Body
) -> bool:
    """Does the table print its items' text over their numbers (a bottom-aligned table, a
    program printing each line of a description on a row of its own, the numbers on the
    last)? Where the gaps between rows are even, only the table's two ends tell: its first
    row under the header is text, and no text follows its last item row before the table
    ends (a top-aligned table starts with an item row, and ends with the last item's
    wrapped lines if it has any)."""
    filled = [at for at, cells in enumerate(rows) if cells]
    items = [at for at in filled if is_item[at]]
    if body.header is None or len(items) < 2 or is_item[filled[0]]:
        return False

    def text_only(at: int) -> bool:
        return all(roles.get(k) in _TEXT_ROLES for k in rows[at])

    lh = body.line_height
    first = rows[filled[0]]
    if min(c.top for c in first.values()) - body.header.bottom > 1.6 * lh:
        return False
    if not all(text_only(at) for at in filled if at < items[0]) or _heading(first):
        return False
    # the first item's text runs over its numbers as one cell's lines run: filled to
    # where the next line's first word would not fit (a heading is as long as its words)
    desc = [k for k, r in roles.items() if r == "description"]
    lines = [
        rows[at][k] for at in filled[: filled.index(items[0]) + 1] for k in desc if k in rows[at]
    ]
    ends = [c.x1 for r in rows for k, c in r.items() if k in desc]
    if len(lines) < 2 or not all(
        fills_line(a.words, b.words[0], max(ends)) for a, b in itertools.pairwise(lines)
    ):
        return False
    end = max(c.bottom for c in rows[items[-1]].values())
    after = [at for at in filled if at > items[-1]]
    # text set right under the last item row: its wrapped line, the table top-aligned
    return not any(
        text_only(at) and min(c.top for c in rows[at].values()) - end <= 1.6 * lh for at in after
    )


def _settle(
    items: list[_Item],
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]],
    gap_before: float,
    next_top: float | None,
    lead: _Item,
    continues: bool = True,
    over: bool = False,
) -> list[tuple[dict[str | None, Cell], list[Word], float, float]]:
    """Join the text rows read since the last item row to that item, all of them or those
    above the widest vertical gap, and return the rest: the first lines of the next item
    (whose top is ``next_top``), printed above its numbers by a table that sets its cells'
    text at the bottom (a spreadsheet's default). A cell's wrapped lines sit closer together
    than two cells do; where the gaps are even, the rows stay with the item above, as a
    top-aligned table prints them (``lines._settle_pending`` reads the same way), or go to
    the item under them in a table that printed its first item's text over its numbers
    (``over``: a bottom-aligned table, a program printing the details first). With no
    item above on the page, they go to ``lead``: the end of the page before's last item."""
    if not pending:
        return []
    if not items and not continues and next_top is not None:
        # under the header of a table no page before began: the first item's, unless
        # they are set as close under the header as its own lines are and further from
        # the item row ("Désignation des / fournitures / prestations": a header on three
        # lines, its last one taken for no label)
        below = pending[:]
        pending.clear()
        gaps = [b[2] - a[3] for a, b in itertools.pairwise(below)]
        after = next_top - below[-1][3]
        if after > 0 and max([gap_before, *gaps]) <= 0.5 * after:
            return []
        return below
    gaps = [gap_before] + [b[2] - a[3] for a, b in itertools.pairwise(pending)]
    split = len(pending)
    if next_top is not None:
        gaps.append(next_top - pending[-1][3])
        widest = max(gaps)
        # gaps within 1.5 pt of the widest are even (a quarter of it, where the rows are
        # set close: 2.8 pt is no gap of 4.3); rows set closer than their glyphs are tall
        # overlap, every gap is negative and only the widest is widest
        even = [i for i, g in enumerate(gaps) if g >= widest - max(0.0, min(1.5, widest / 4))]
        # even gaps: the rows stay with the item above, unless the table sets every item's
        # text over its numbers (``over``: its first item's was)
        split = min(even) if over else max(even)
    above, below = pending[:split], pending[split:]
    target = items[-1] if items else lead
    for p_got, p_words, _t, _b in above:
        for role, cell in p_got.items():
            target.take(role, cell)
        target.words += p_words
        target.wrapped += 1
    pending.clear()
    return below


def _under_unit_label(cell: Cell | None, labels: list[Label]) -> bool:
    """Does ``cell`` sit under the header's unit label, or the quantity's (a unit printed
    beside its quantity, "Quantité Unité" read as one label)?"""
    if cell is None:
        return False
    return any(
        lb.role in ("unit", "quantity", "shipped", "ordered")
        and min(lb.x1, cell.x1) - max(lb.x0, cell.x0) > 0
        for lb in labels
    )


def _closer_below(
    pending: list[tuple[dict[str | None, Cell], list[Word], float, float]],
    gap_before: float,
    next_top: float,
) -> bool:
    """Are the rows of text read since the last item row set clearly closer to the item row
    under them than to the row above (the gap above at least twice the one below, and 2 pt
    more)? A table that prints each description over its position's code and numbers sets
    them so; a code over its description leaves the wider gap under the text."""
    if not pending:
        return False
    inner = [b[2] - a[3] for a, b in itertools.pairwise(pending)]
    after = next_top - pending[-1][3]
    return all(g < gap_before for g in inner) and gap_before >= 2 * max(after, 0.0) + 2.0


def _num(cell: Cell | None) -> Decimal | None:
    return cell.number if cell is not None else None


_MONEY_SIGN = re.compile(CURRENCY_MARK)
_ONE_GROUP = re.compile(r"^(\d{1,3})[.,](\d{3})$")


def _three_decimals(cell: Cell | None) -> Decimal | None:
    """A price of one group of three digits after its separator ("1,742"), read as
    thousands, as it also reads with three decimals (a price per unit of small goods):
    the other reading, which the row's arithmetic may take."""
    if cell is None or cell.number is None:
        return None
    m = _ONE_GROUP.match(_MONEY_SIGN.sub("", cell.text).strip())
    if m is None or cell.number != Decimal(m.group(1) + m.group(2)):
        return None
    return Decimal(f"{m.group(1)}.{m.group(2)}")


def _text_of(cell: Cell | None) -> str | None:
    return cell.text.strip() or None if cell is not None else None


_LEADING_NUMBER = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?:[x×]\s+|\s)(?:(?![x×]\s)([a-zà-ÿ][a-zà-ÿ.²³]{0,9})\s+)?(\S.*)$"
)


def _leading_quantity(
    text: str | None, price: Decimal | None, total: Decimal | None, disc: Decimal | None
) -> tuple[Decimal, str | None, str, str | None] | None:
    """A quantity printed at the start of a text cell ("25 Tubo PEX ...", "6 ramette
    [33.96.87] Papier ...", "250 x Oil filter"), or right after the item's code in that cell
    ("4002257682541 25 x Papier ..."), taken only when quantity x price is then the row's
    amount. A lower-case word right after it, before the text proper, is its unit.
    Returns the quantity, its unit, the text after them and the code before them."""
    if not text or price is None or total is None:
        return None
    first, _, rest = text.partition(" ")
    tries: list[tuple[str, str | None]] = [(text, None)]
    if rest and (_CODE_WORD.match(first) or _DIGIT_CODE.match(first)):
        tries.append((rest, first))
    for body, code in tries:
        m = _LEADING_NUMBER.match(body)
        if m is None:
            continue
        qty = Decimal(m.group(1).replace(",", "."))
        if qty == 0 or not prices_out(qty, price, total, disc):
            continue
        return qty, m.group(2), m.group(3), code
    return None


_SIGNED_COUNT = re.compile(r"^(\d{1,5}(?:[.,]\d{1,3})?)\s*[x×]\s+(\S.*)$")
_TRAILING_NUMBER = re.compile(r"^(\S.*?)\s+(\d+(?:[.,]\d+)?)(?:\s+([a-zà-ÿ][a-zà-ÿ.²³]{0,9}))?$")


def _trailing_quantity(
    text: str | None,
    price: Decimal | None,
    total: Decimal | None,
    disc: Decimal | None,
    language: str,
) -> tuple[Decimal, str | None, str] | None:
    """A quantity (and its unit) printed so close after a code that both are one cell
    ("4007543905581 23,77 m"), taken only when quantity x price is then the row's amount."""
    if not text or price is None or total is None:
        return None
    m = _TRAILING_NUMBER.match(text)
    if m is None:
        return None
    qty = read_number(m.group(2), language)[0]
    if qty is None or qty == 0 or not prices_out(qty, price, total, disc):
        return None
    return qty, m.group(3), m.group(1)


def _quantity_under_label(
    cell: Cell | None, labels: list[Label], language: str
) -> tuple[Decimal, str, str | None] | None:
    """A number starting a text cell printed under the header's quantity label, the rest of
    the cell after it ("N.º Cant. Ref." over "24 RUB9501C Cinta ...": a tight header whose
    quantity column no gap sets apart). Returns the quantity, the text after it, and the
    code after it when that is printed under the code's label."""
    label = next((lb for lb in labels if lb.role == "quantity"), None)
    if label is None or cell is None or len(cell.words) < 2:
        return None
    first, second = cell.words[0], cell.words[1]
    if first.bbox[2] < label.x0 - 2 or first.bbox[0] > label.x1 + 2 or second.bbox[0] <= label.x1:
        return None
    value = read_number(first.text, language)[0]
    parts = cell.text.split(None, 1)
    if value is None or value <= 0 or len(parts) < 2 or parts[0] != first.text:
        return None
    code = next((lb for lb in labels if lb.role == "sku"), None)
    coded = (
        code is not None
        and len(cell.words) > 2
        and second.bbox[0] <= code.x1 + 2
        and second.bbox[2] >= code.x0 - 2
        and _CODE_WORD.match(second.text) is not None
    )
    return value, parts[1], second.text if coded else None


_UNIT_TEXT = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.²³/]{0,11}$")


def _unit_under_label(
    words: list[Word], qty: Cell, labels: list[Label], language: str
) -> str | None:
    """The unit word of the quantity's row printed under the header's unit label right
    after a number of another column ("15 | 0 scatola" under "Da consegnare U.M.": the
    quantity still to deliver and the unit set as one cell, which is no unit's column)."""
    label = next((lb for lb in labels if lb.role == "unit"), None)
    if label is None:
        return None
    row = sorted(
        (w for w in words if w.bbox[1] < qty.bottom and w.bbox[3] > qty.top),
        key=lambda w: w.bbox[0],
    )
    for before, w in itertools.pairwise(row):
        if (
            _UNIT_TEXT.match(w.text)
            and w.bbox[0] >= qty.x1
            and w.bbox[2] >= label.x0 - 3
            and w.bbox[0] <= label.x1 + 3
            and read_number(before.text, language)[0] is not None
        ):
            return w.text
    return None


def _unit_after_code(cell: Cell, labels: list[Label]) -> tuple[str, str] | None:
    """A code and its row's unit printed so close that both are one cell ("4000378325831
    coil"), the unit word under the header's unit label: (code, unit)."""
    label = next((lb for lb in labels if lb.role == "unit"), None)
    if label is None or len(cell.words) != 2:
        return None
    code, unit = cell.words
    if (
        _CODE_WORD.match(code.text) is None and _DIGIT_CODE.match(code.text) is None
    ) or not _UNIT_TEXT.match(unit.text):
        return None
    if code.bbox[2] > label.x0 - 2 or unit.bbox[2] < label.x0 - 3 or unit.bbox[0] > label.x1 + 3:
        return None
    return code.text, unit.text


def _code_of_own_label(cell: Cell, labels: list[Label]) -> str | None:
    """The item's code when a second code is printed so close after it that both are one
    cell ("4009758088701 21-6189-515"), the second under a label of another column
    ("Réf." over the first, "Compte / Fonction" over the second)."""
    own = next((lb for lb in labels if lb.role == "sku"), None)
    # the words of the item row's own line: the second code may wrap ("011-6249-" over
    # "143"), its end on the line under
    words = [w for w in cell.words if abs(w.bbox[1] - cell.words[0].bbox[1]) <= 1]
    if own is None or len(words) != 2:
        return None
    first, second = words

    def under(w: Word, lb: Label) -> bool:
        return min(w.bbox[2], lb.x1) - max(w.bbox[0], lb.x0) > 0

    other = any(
        lb.role not in ("sku", "description", "quantity", "unit") and under(second, lb)
        for lb in labels
    )
    if (
        other
        and under(first, own)
        and not under(second, own)
        and all(_CODE_WORD.match(w.text) or _DIGIT_CODE.match(w.text) for w in cell.words)
    ):
        return first.text
    return None


def _unit_in_text(cell: Cell, labels: list[Label]) -> tuple[str, str] | None:
    """A unit word printed so close after the description that both are one cell
    ("Tornillo inox A2 avellanado  caja"): the word set wider than a space after the text,
    flush with the header's unit label. (The description without it, the unit.)"""
    label = next((lb for lb in labels if lb.role == "unit"), None)
    if label is None or len(cell.words) < 2:
        return None
    for at in range(1, len(cell.words)):
        w, before = cell.words[at], cell.words[at - 1]
        height = max(1.0, w.bbox[3] - w.bbox[1])
        flush = abs(w.bbox[0] - label.x0) <= 3 or abs(w.bbox[2] - label.x1) <= 3
        if (
            flush
            and _UNIT_TEXT.match(w.text)
            and before.bbox[2] < label.x0 - 2
            and w.bbox[0] - before.bbox[2] >= 0.6 * height
            and abs(w.bbox[1] - before.bbox[1]) < 0.5 * height
        ):
            rest = [x.text for x in cell.words if x is not w]
            return " ".join(rest), w.text
    return None


def _code_first(desc: str, body: _Body, reading: Reading) -> bool:
    """A code printed so close to the description that both are one cell ("4002237425711
    Filtre ..."), under a header that labels a code column the reading found no column for."""
    first, _, rest = desc.partition(" ")
    return (
        bool(rest)
        and len(first) >= 4
        and _CODE_WORD.match(first) is not None
        and "sku" not in reading.roles.values()
        and any(lb.role == "sku" for lb in body.labels)
    )


def _read_by_arithmetic(
    got: dict[str | None, Cell], disc: Decimal | None, language: str
) -> tuple[Decimal, Decimal, Decimal] | None:
    """An OCR'd row's quantity, price and amount among the readings OCR allows for each
    (``extraction.tables.readings``), when exactly one combination of them prices out."""
    cells = [got.get(role) for role in ("quantity", "unit_price", "line_total")]
    if any(c is None or c.source != "ocr" for c in cells):
        return None

    def parse(text: str) -> Decimal | None:
        return read_number(text, language)[0]

    def holds(qty: Decimal, price: Decimal, total: Decimal) -> bool:
        gross = qty * price
        options = [gross] if disc is None else [gross, gross * (1 - disc / 100), gross - disc]
        return any(abs(abs(o) - abs(total)) <= CENT for o in options)

    options = [
        readings(c.text, c.words, parse, money=role != "quantity")
        for c, role in zip(cells, ("quantity", "unit_price", "line_total"), strict=True)
        if c is not None
    ]
    return row_reading(options[0], options[1], options[2], holds)


# a row's number worked out from the other two where OCR misread one of its digits
REPAIRED_CONFIDENCE = 0.6


def _digit_repair(
    got: dict[str | None, Cell],
    qty: Decimal | None,
    price: Decimal | None,
    total: Decimal | None,
    disc: Decimal | None,
) -> tuple[Decimal, Decimal, Decimal] | None:
    """An OCR'd row whose quantity x price misses its amount because one of the three lost
    its leading digits or had one digit misread (``extraction.lines.arithmetic_repair``,
    the rule the line reader applies), or, on a row with a discount, whose amount is the
    discounted gross but for one digit: the mended triple, or None when nothing mends it
    or the row was not OCR'd."""
    roles = ("quantity", "unit_price", "line_total")
    cells = [got.get(role) for role in roles]
    if qty is None or price is None or total is None or qty <= 0 or price <= 0:
        return None
    if any(c is None or c.source != "ocr" for c in cells):
        return None
    texts = {role: c.text for role, c in zip(roles, cells, strict=True) if c is not None}
    if disc is not None:
        gross = abs(qty) * abs(price)
        owed = {
            v.quantize(Decimal("0.01"), ROUND_HALF_UP)
            for v in (gross * (1 - disc / 100), gross - disc)
            if v > 0
        }
        near = [v for v in owed if one_digit_off(texts["line_total"], f"{v:.2f}")]
        return (abs(qty), abs(price), near[0]) if len(near) == 1 else None
    mended = arithmetic_repair(abs(qty), abs(price), abs(total), texts)
    if mended == (abs(qty), abs(price), abs(total)):
        return None
    return mended


def _line(
    item: _Item, body: _Body, reading: Reading, codes_first: bool = False
) -> tuple[LineItem, bool | None]:
    got = item.cells
    if "quantity" not in got and got.get("unit") is not None and got["unit"].unit:
        got["quantity"] = got.pop("unit")  # "3 rollo": quantity and unit in one cell
    qty, price = _num(got.get("quantity")), _num(got.get("unit_price"))
    # a unit word printed after the price ("3 773,00 t", "12,50 / pce"): the unit it is for
    price_cell = got.get("unit_price")
    price_unit = price_cell.unit if price_cell is not None else None
    total, disc = _num(got.get("line_total")), _num(got.get("discount"))
    if disc is None:
        disc = item.discount
    per = _num(got.get("per"))
    if per is None:
        # the price column's label names the units its price is for ("Prix / 100")
        per = next(
            (
                reading.bases[k]
                for k, r in reading.roles.items()
                if r == "unit_price" and k in reading.bases
            ),
            None,
        )
    if price is not None and per is not None and per not in (0, 1):
        # a price for 100 or 1000 units is no unit price: it checks the amount, then goes
        ok = prices_out(qty, price / per, total, disc)
        price = None
        got.pop("unit_price", None)
    else:
        ok = prices_out(qty, price, total, disc)
    read_total = total
    chosen = _read_by_arithmetic(got, disc, body.language) if ok is False else None
    if chosen is not None:
        qty, price, total = chosen
        ok = True
    if ok is False:
        alt = _three_decimals(got.get("unit_price"))
        if alt is not None and prices_out(qty, alt, total, disc):
            price, ok = alt, True
    repaired = ok is False and _digit_repair(got, qty, price, total, disc)
    if repaired:
        # one digit of a cell OCR misread ("80.04" for "89.04" on a fax): the other two
        # cells say which; the value is worked out, not read, so a clerk confirms it
        qty, price, total = repaired
        ok = True
    sku, desc = _text_of(got.get("sku")), _text_of(got.get("description"))
    by_columns = text_by_columns(got.get("description"), body.labels)
    desc = by_columns or desc
    if sku and reading.barcode_at:
        sku = without_barcode(sku, reading.barcode_at)
    if sku is None and got.get("code_last") is not None:
        sku = got["code_last"].text.split()[-1]
    apart = got.get("code_apart")
    if sku is None and apart is not None:
        # a column of codes the header names nothing for (``_code_column``)
        sku = (line_code(apart.text) or (None, None))[0]
    own = item.first.get("description", "").split(None, 1)
    if (
        sku is None
        and desc
        and len(own) == 2
        and _DIGIT_CODE.match(own[0])
        and not desc.startswith(own[0])  # at the start, the cells' reading splits it
    ):
        # an article number printed before the item row's text, the lines of the cell
        # set above it ("Tube LED T8 18 W 120" over "4004676423831 cm 4000 K")
        sku, desc = own[0], " ".join(desc.replace(own[0], "", 1).split())
    code = item.first.get("description", "").strip()
    if codes_first and sku is None and desc and code and desc.startswith(code + " "):
        # the item row prints the code, the lines under it the description
        sku, desc = code, desc[len(code) :].strip()
    elif codes_first and sku is None and desc and code and desc.endswith(" " + code):
        # the description printed over the row of the code and numbers
        sku, desc = code, desc[: -len(code)].strip()
    marked = unmarked_code(sku) if sku else None
    if marked is not None:
        # a marker word before the code in the code's cell ("Id. PK 509 21"): no code's
        sku = marked
    own_code = item.first.get("sku", "").strip()
    under_code = barcode_under(sku, own_code) if item.wrapped else None
    if under_code is not None:
        # the item's bar code printed under its code in the code's cell: no field of the row
        sku = under_code
    unit_word: str | None = None
    if sku and own_code and item.wrapped and _code_word(own_code) and sku != own_code:
        # the code column holds the position's code on the item row and its description on
        # the lines joined to it (printed over or under the code): text of the description
        extra = None
        if sku.endswith(" " + own_code):
            extra = sku[: -len(own_code)].strip()
        elif sku.startswith(own_code + " "):
            extra = sku[len(own_code) :].strip()
        if extra:
            sku = own_code
            if desc and " " not in desc and _under_unit_label(got.get("description"), body.labels):
                # the one word the reading took for the description is the unit's
                unit_word, desc = desc, extra
            elif not desc:
                desc = extra
            else:
                desc = f"{extra} {desc}"
    lead_unit: str | None = unit_word
    if qty is None and "quantity" not in got:
        for key in ("sku", "description"):
            under = _quantity_under_label(got.get(key), body.labels, body.language)
            if under is None:
                continue
            qty, rest, coded = under
            ok = prices_out(qty, price, total, disc)
            if key == "sku":
                sku = rest
            else:
                desc = rest
                if coded is not None and sku is None:
                    sku, desc = desc.split(None, 1)
            break
    if not ok:
        for key in ("sku", "description"):
            text = sku if key == "sku" else desc
            split = _leading_quantity(text, price, total, disc)
            if split is not None:
                qty, lead_unit, rest, lead_code = split
                ok = True
                if key == "sku":
                    sku = rest
                else:
                    desc = rest
                    if lead_code is not None and sku is None:
                        sku = lead_code
                break
    if body.structural and qty is None and price is None and total is None:
        # a table found by its alignment, of counts only, each printed with its sign
        # before the text ("12 x Widget"): no arithmetic to check it, the sign says it
        m = _SIGNED_COUNT.match(desc or "")
        if m is not None and Decimal(m.group(1).replace(",", ".")) > 0:
            qty, desc = Decimal(m.group(1).replace(",", ".")), m.group(2)
    if not ok and qty is None and sku and " " in sku:
        after = _trailing_quantity(sku, price, total, disc, body.language)
        if after is not None:
            qty, lead_unit, sku = after
            ok = True
    inferred = False
    if (
        qty is None
        and "quantity" not in got
        and "quantity" in reading.roles.values()
        and price is not None
        and total is not None
        and item.words
        and all(w.source == "ocr" for w in item.words)
    ):
        # a quantity OCR lost from its column (a lone "4" in a narrow cell) while the row's
        # price and amount both read: their quotient, when it gives the amount exactly. The
        # arithmetic made it, so it confirms nothing: a clerk sees the line
        qty = exact_quotient(abs(total), abs(price))
        inferred = qty is not None
    if sku is None and desc:
        m = _BRACKET_SKU.match(desc)
        spaced = _OCR_BRACKET_SKU.match(desc) if m is None else None
        if m:
            sku, desc = m.group(1), m.group(2)
        elif spaced and any(w.source == "ocr" for w in item.words):
            sku, desc = spaced.group(1).replace(" ", ""), spaced.group(2)
        elif (misread := _OCR_BRACKETS.match(desc)) and any(w.source == "ocr" for w in item.words):
            sku, desc = misread.group(1) or misread.group(2), misread.group(3)
        elif _code_first(desc, body, reading):
            sku, desc = desc.split(None, 1)
    if sku:
        sku = sku.strip("()[]") or None
    unit = _text_of(got.get("unit")) or lead_unit
    qty_unit = got["quantity"].unit if "quantity" in got else None
    unit_swapped = False
    if unit is not None and qty_unit and is_unit(qty_unit) and not is_unit(unit):
        # "6 bidon" beside a column taken for the unit's that prints no unit ("C", a VAT
        # code): the word the quantity's own cell prints is the unit
        unit, unit_swapped = qty_unit, True
    if unit is None and "quantity" in got:
        unit = got["quantity"].unit
    if unit is None and "quantity" in got:
        unit = _unit_under_label(item.words, got["quantity"], body.labels, body.language)
    if unit is None and price_unit is not None and unit_shaped(price_unit):
        unit = price_unit
    unit_in_head = False
    if unit is None and "quantity" in got:
        unit = unit_over_quantity(got["quantity"], body.labels)
        unit_in_head = unit is not None
    if unit is None and sku and got.get("sku") is not None:
        glued = _unit_after_code(got["sku"], body.labels)
        if glued is not None and sku.endswith(" " + glued[1]):
            sku, unit = glued
    if sku and got.get("sku") is not None and sku == got["sku"].text.strip():
        sku = _code_of_own_label(got["sku"], body.labels) or sku
    cell = got.get("description")
    if unit is None and desc and cell is not None and desc == cell.text.strip():
        cut = _unit_in_text(cell, body.labels)
        if cut is not None:
            desc, unit = cut
    unit_in_desc = False
    if unit is None and desc and cell is not None and body.units:
        # the table's unit column left empty on this row, the unit after the text
        ending = unit_ending_a_line(desc, cell.words)
        if ending is not None:
            (desc, unit), unit_in_desc = ending, True
    rate = _num(got.get("tax_rate"))
    if rate is None and got.get("tax_rate") is not None:  # a tax named in words
        rate = rate_in_words(got["tax_rate"].text)
    words = item.words
    source = "ocr" if any(w.source == "ocr" for w in words) else "text"
    unit_mended = None
    if source == "ocr":  # the clean-up the header-word reader gives its OCR'd cells
        desc = clean_ocr_text(desc) or None if desc else desc
        sku = clean_ocr_sku(sku) or None if sku else sku
        unit_mended = mend_unit(unit) if unit and got.get("unit") is not None else None
        unit = unit_mended or unit
    conf = line_confidence(
        source=source,
        ocr_conf=min((w.confidence for w in words), default=1.0),
        header=body.header is not None,
        labelled=bool(body.labels),
        arithmetic=ok,
        conflicts=reading.label_conflict,
        wrapped=max(item.wrapped, 2) if item.over else item.wrapped,
        has_description=bool(desc),
    )
    if inferred:
        conf = min(conf, CHOSEN_READING_CONFIDENCE)
    if repaired:
        conf = min(conf, REPAIRED_CONFIDENCE)
    if unit_mended:
        conf = min(conf, UNIT_MENDED_CONFIDENCE)
    line = LineItem(
        sku=sku,
        description=desc,
        quantity=number_str(abs(qty)) if qty is not None else None,
        unit=unit,
        unit_price=money_str(abs(price)) if price is not None else None,
        line_total=money_str(abs(total)) if total is not None else None,
        tax_rate=number_str(rate) if rate is not None else None,
        confidence=conf,
        page=body.page,
        bbox=words_bbox(words),
        source="ocr" if source == "ocr" else "text",
    ).worked_out(money_str(abs(read_total)) if read_total is not None else None)
    # a reading of the table's structure
    if item.unit_below or unit_in_desc or unit_in_head or unit_swapped or by_columns:
        line = line.capped(SPLIT_CONFIDENCE)
    if apart is not None and line.sku:
        line = line.capped(SPLIT_CONFIDENCE)
    if line.sku and (
        reading.code_moved or reading.barcode_at or reading.code_guessed or under_code or marked
    ):
        # a column of codes chosen over a bar-code or customer column (code_columns.py)
        line = line.capped(SPLIT_CONFIDENCE)
    if any(c.tight for c in got.values() if c is not None):
        # a cell cut off the one beside it by the columns' alignment (tight_cells.py)
        line = line.capped(SPLIT_CONFIDENCE)
    if line.sku is None and item.code is not None:
        # the code its own line printed apart (code_rows.py): a guess about the structure
        line = line.model_copy(update={"sku": item.code}).capped(SPLIT_CONFIDENCE)
    return line, ok


def read_tables(result: ExtractionResult, layouts: list[PageLayout]) -> TableReading:
    """Every line item the pages' tables hold, by structure; where no header is found and
    no run of rows proves itself by its arithmetic, the runs whose rows line up
    (``structure.aligned_runs``), their lines held below the auto-accept threshold."""
    out = _read(result, layouts, False)
    if any(header_columns(r) for lay in layouts for r in lay.rows):
        return out
    if any(find_headers(lay, result.language) for lay in layouts) and out.lines:
        return out
    found = _read(result, layouts, True)
    # rows without a header that add up are kept as read, unless the runs of aligned rows
    # prove more of them (a run ``_headerless_runs`` cut short where a row starts with its
    # line number)
    if out.lines and found.checked <= out.checked:
        return out
    found.lines = [li.capped(UNCONFIRMED_CAP) for li in found.lines]
    return found


def _proven(body: _Body, lines: list[LineItem], checked: int, reading: Reading) -> bool:
    """Does anything say these rows are items? A header, or labels carried from the page
    before; else most rows adding up (quantity x price = amount); else, for a table found
    by its alignment, two rows or more with a count each where the table prints no price
    and no amount (a delivery note's quantities), or every row priced out exactly or less
    a discount no column prints."""
    if body.header is not None or body.labels:
        return True
    if checked and checked * 2 >= len(lines):
        return True
    if not body.structural or len(lines) < 2:
        return False
    if discounted_rows(lines, checked):
        return True  # the others less a discount no column prints (discounted.py)
    roles = set(reading.roles.values())
    counted = sum(1 for li in lines if li.quantity and (li.description or li.sku))
    return not roles & {"unit_price", "line_total"} and counted == len(lines)


def _read(result: ExtractionResult, layouts: list[PageLayout], by_structure: bool) -> TableReading:
    out = TableReading()
    tables: list[_Table] = []
    for body in _bodies(result, layouts, by_structure):
        _split_line_numbers(body.rows, result.language)
        _split_counts_under_label(body)
        before = tables[-1] if tables else None
        continues = before is not None and before.body.page == body.page - 1
        table = _items(body, result.doc_type, continues)
        if (
            before is not None
            and before.items
            and before.body.page == body.page - 1
            and (table.lead.cells or table.lead.discount is not None)
        ):
            # text at the top of a page, above its first item: the end of the item the
            # page before closed with
            last = before.items[-1]
            for role, cell in table.lead.cells.items():
                last.take(role, cell)
            last.words += table.lead.words
            last.wrapped += table.lead.wrapped
            if table.lead.discount is not None:
                last.discount = table.lead.discount
        tables.append(table)
    for table in tables:
        lines: list[LineItem] = []
        amount_only: list[bool] = []
        checked = priced = 0
        for item in table.items:
            line, ok = _line(item, table.body, table.reading, table.codes_first)
            if not (line.description or line.sku or line.quantity or line.unit_price):
                continue  # an amount alone ("2" of a page's footer): no item
            if ok is not None:
                priced += 1
                checked += ok
            lines.append(line)
            amount_only.append(item.amount_only)
        lines = with_amount_rows(lines, amount_only, layouts, result.language)
        if not _proven(table.body, lines, checked, table.reading):
            if not adds_up(lines, layouts, result.language):
                continue  # no header and no arithmetic: nothing says these rows are items
            # rows of a description and an amount each, adding up to a total printed under
            # them: items, as far as the sum says
            lines = [li.capped(UNCONFIRMED_CAP) for li in lines]
        out.lines.extend(lines)
        out.checked += checked
        out.priced += priced
    return out
