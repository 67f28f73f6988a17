"""A sender's item table read with the columns its approved documents showed (issue 24).

The generic line readers find a table's columns from its header labels or its structure;
a sender whose header says little ("Réf.", "Désignation", "Mt") or whose cells run into
each other is misread the same way on every document. Once a clerk approved one of its
documents, the approved lines say where each cell sat: ``learn_columns`` finds each line's
row on the page and keeps, per role, the x-range its values took (page fractions), and the
words of the header row above the first item. At extraction ``read_columns`` reads the rows
under that header with those columns; ``reread`` keeps that reading only when the row
arithmetic (quantity x price = amount, the amounts summing to a printed total) confirms it
at least as well as the generic one, and on a tie only for a hint proven on earlier
documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction

from pydantic import BaseModel, Field

from extraction.labels import match_label
from extraction.layout import PageLayout, Row, Segment, words_bbox
from extraction.parse.amounts import money_str, number_str, parse_amount
from extraction.parse.text import fold
from extraction.result import CENT, ExtractionResult, FieldValue, LineItem, Word

NUMERIC = ("quantity", "unit_price", "tax_rate", "line_total")
ROLES = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
# rows that end an item table: its totals
_STOP_FIELDS = {"total_net", "total_gross", "total_tax", "subtotal", "discount"}
# a proven hint: right on this many of the sender's later documents (faded counts)
PROVEN = 0.75
# a hint right less often than this is not used at all
MIN_RELIABILITY = 0.5


class CellHint(BaseModel):
    """One cell of the sender's item rows: where it sat (page fractions) and which values
    it printed, in order, with the text around them ("20 x [RUB-5286] Ruban ...")."""

    x0: float
    x1: float
    roles: list[str] = Field(default_factory=list)  # none: a line number, a blank
    seps: list[str] = Field(default_factory=list)  # before, between and after the roles
    # the column title printed over the cell (folded) and its middle (page fraction) where
    # the cell was learned: a sender's columns move with their titles (a column printed on
    # some documents only pushes the others aside), and so do the cells at reading
    title: str = ""
    title_x: float = 0.0

    def pattern(self) -> re.Pattern[str]:
        parts = [_sep(self.seps[0]) if self.seps else ""]
        for k, role in enumerate(self.roles):
            shape = (
                _NUMBER
                if role in (*NUMERIC, "discount")
                else _CODE
                if role == "sku"
                else _UNIT
                if role == "unit"
                else r".+?"
            )
            last = k + 1 == len(self.roles)
            after = _sep(self.seps[k + 1], not last) if k + 1 < len(self.seps) else ""
            if role == "unit" and k > 0:
                # a unit some rows do not print ("1,00" of a shipping row): neither a
                # digit of the quantity before it, nor the row's other values, lost
                parts[-1] = f"(?:{parts[-1]}(?P<{role}>{shape}))?"
            else:
                parts.append(f"(?P<{role}>{shape})")
            parts.append(after)
        return re.compile("^" + "".join(parts) + "$")


# an item code as printed in its cell: one piece with a digit, or with no small letter
# ("08817-47", "ETA-9590", "BOLT"); a word of text ("Frais" of "Frais de port" on a row
# without a code) is the description's, which the learned code cell took before
_CODE = r"(?:\S*\d\S*|[^\sa-z]+)"
# a unit as printed after a quantity: a word, not the quantity's last digits ("1,00"),
# with a short second word where it is one ("sq m": its last word alone is another unit)
_UNIT = r"[^\W\d]\S*(?:\s[^\W\d]{1,2}(?!\S))?"
# a number as printed in a cell: thousands apart only by groups of three ("2 677,00")
_NUMBER = r"[-\u2212]?\d[\d.,'\u202f]*(?:\s\d{3}\b[\d.,]*)*"


def _sep(text: str, before_value: bool = True) -> str:
    """The text around a cell's values as a pattern: any spacing, any line number."""
    if not text.strip():
        return r"\s*"
    parts = [re.sub(r"\\?\d+", r"\\d+", re.escape(part)) for part in text.split()]
    # a space printed after the text stays one: "10 " before a code is a line number and
    # the code, not the number's first digit and the rest of it as the code ("1" + "0")
    spaced = before_value and text[-1].isspace() and text.strip()[-1].isalnum()
    end = r"\s+" if spaced else r"\s*"
    return r"\s*" + r"\s*".join(parts) + end


class TableHint(BaseModel):
    """The cells of a sender's item rows, and how often they read its lines right."""

    cells: list[CellHint] = Field(default_factory=list)
    header: list[str] = Field(default_factory=list)  # folded words of the header row
    number_language: str = "fr"
    # the sender's descriptions start on the lines over their item's row (cells set at
    # the bottom): the lines between two items are the next item's, not the last one's
    rises: bool = False
    # ... or are printed on the lines under the row, in no cell of it (a large ERP's
    # "10  CAF-6995  6 kg" over "Organic coffee beans")
    falls: bool = False
    # the item's code printed on a line of its own under the row, after this text ("Ref. "
    # under the description: "Ref. 42.11.42"), in no cell of the row
    code_under: str | None = None
    # the header's words in the order printed: a sender may print the same titles in
    # another order ("Prix unitaire" before or after "Quantité"), a table of its own whose
    # rows the arithmetic cannot tell apart where the quantities are 1
    order: list[str] = Field(default_factory=list)
    hits: float = 0.0
    misses: float = 0.0
    # its last hit needed each line's VAT rate derived from the totals (``rated``): tables
    # that print no rate earn a record this way, which the shipped line cells were not
    # fitted on (they never did before), so one such hit lifts nothing (``profiles``)
    rated: bool = False

    @property
    def reliability(self) -> float:
        return (self.hits + 0.5) / (self.hits + self.misses + 1.0)

    def shape(self) -> list[list[str]]:
        return [c.roles for c in self.cells]

    def roles(self) -> list[str]:
        return [r for c in self.cells for r in c.roles]


# --- learning the cells from an approved document -------------------------------------


def _spans(row: Row, most: int = 3) -> list[tuple[int, int, str]]:
    """Runs of up to ``most`` adjacent words of a row (numbers printed "1 234,56")."""
    words = row.words
    out = []
    for i in range(len(words)):
        for n in range(1, most + 1):
            if i + n > len(words):
                break
            if n > 1 and words[i + n - 1].bbox[0] - words[i + n - 2].bbox[2] > 6:
                break
            out.append((i, i + n, " ".join(w.text for w in words[i : i + n])))
    return out


def _number(text: str, language: str) -> Decimal | None:
    return parse_amount(text.replace("%", "").strip(), language)


def _find_row(
    layouts: list[PageLayout], line: dict[str, str], language: str, taken: set[int]
) -> tuple[PageLayout, Row] | None:
    """The row holding the line's amount, and its quantity or price when it has them."""
    want = [line[k] for k in ("line_total", "unit_price", "quantity") if line.get(k)]
    if not want:
        return None
    texts = [fold(line[k]) for k in ("sku",) if line.get(k)]
    desc = (line.get("description") or "").split()
    if desc:
        texts.append(fold(" ".join(desc[:2])))
    best: tuple[int, PageLayout, Row] | None = None
    for layout in layouts:
        for row in layout.rows:
            if id(row) in taken:
                continue
            values = {_number(t, language) for _i, _j, t in _spans(row)}
            found = sum(1 for w in want if Decimal(w) in values)
            folded = fold(row.text)
            said = sum(1 for t in texts if t in folded)
            if found and (best is None or found + said > best[0]):
                best = (found + said, layout, row)
    if best is None or best[0] < min(2, len(want) + len(texts)):
        return None
    return best[1], best[2]


Span = tuple[int, int, str]  # start, end (characters of the segment's text), role


def _number_spans(text: str, value: str, language: str) -> list[tuple[int, int]]:
    """Where ``value`` is printed in ``text`` (its digits, from the first to the last)."""
    out = []
    for m in re.finditer(r"\d(?:[\d.,'\s\u202f]*\d)?", text):
        chunk = m.group(0)
        # "2 677,00" is one number, "20 26,49" two: try the runs of the chunk's words
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", chunk)]
        for i in range(len(words)):
            for j in range(i, min(i + 3, len(words))):
                a, b = words[i][0], words[j][1]
                got = _number(chunk[a:b], language)
                if got is not None and got == Decimal(value):
                    out.append((m.start() + a, m.start() + b))
    return out


def _segment_roles(text: str, line: dict[str, str], language: str, found: set[str]) -> list[Span]:
    """The approved values of the line printed in one segment's text."""
    spans: list[Span] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _r in spans)

    for role in ("line_total", "unit_price", "tax_rate", "quantity"):
        value = line.get(role)
        if not value or role in found:
            continue
        hits = [(a, b) for a, b in _number_spans(text, value, language) if free(a, b)]
        if hits:
            a, b = hits[-1] if role == "line_total" else hits[0]
            spans.append((a, b, role))
            found.add(role)
    for role in ("sku", "description", "unit"):
        value = (line.get(role) or "").strip()
        if not value or role in found:
            continue
        words = value.split()
        for n in range(len(words), 0, -1):
            piece = " ".join(words[:n])
            whole = r"(?<!\w)" + re.escape(piece) + r"(?!\w)"
            at = [m.start() for m in re.finditer(whole, text)]
            at = [a for a in at if free(a, a + len(piece))]
            if at:
                spans.append((at[0], at[0] + len(piece), role))
                found.add(role)
                break
            if role != "description":
                break
    return sorted(spans)


def _row_cells(
    layout: PageLayout, row: Row, line: dict[str, str], language: str
) -> list[CellHint] | None:
    found: set[str] = set()
    whole: dict[int, str] = {}
    # a cell holding exactly one value first, from the right (the amount is the last)
    for k in range(len(row.segments) - 1, -1, -1):
        text = row.segments[k].text
        order = ("tax_rate", "line_total", "unit_price", "quantity")
        if "%" not in text:
            order = ("line_total", "unit_price", "quantity", "tax_rate")
        for role in (*order, "sku", "unit", "description"):
            value = line.get(role)
            if not value or role in found:
                continue
            if role in NUMERIC:
                same = _number(text, language) == Decimal(value)
            else:
                same = fold(text).strip() == fold(value).strip()
            if same:
                whole[k] = role
                found.add(role)
                break
    cells = []
    for k, seg in enumerate(row.segments):
        if k in whole:
            m = re.search(r"\d(?:.*\d)?" if whole[k] in NUMERIC else r".+", seg.text)
            a, b = (m.start(), m.end()) if m else (0, len(seg.text))
            spans: list[Span] = [(a, b, whole[k])]
        else:
            spans = _segment_roles(seg.text, line, language, found)
        seps, pos = [], 0
        for a, b, _role in spans:
            seps.append(seg.text[pos:a])
            pos = b
        seps.append(seg.text[pos:])
        cells.append(
            CellHint(
                x0=seg.x0 / layout.width,
                x1=seg.x1 / layout.width,
                roles=[r for _a, _b, r in spans],
                seps=seps if spans else [],
            )
        )
    _discount_cell(cells, row, line, language)
    wanted = {r for r in ("quantity", "unit_price", "line_total") if line.get(r)}
    return cells if wanted <= found else None


def _discounted(qty: Decimal, price: Decimal, rate: Decimal | None, total: Decimal) -> bool:
    """Is ``total`` the quantity times the price, less ``rate`` per cent (none: as is)?"""
    gross = qty * price
    if rate is not None:
        gross = gross * (1 - rate / 100)
    return abs(gross - total) <= CENT


def _discount_cell(cells: list[CellHint], row: Row, line: dict[str, str], language: str) -> None:
    """A cell none of the approved values sat in that prints the percentage the line's
    amount was taken off by ("15 %" between the price and the amount): its discount.
    The line's own arithmetic is what says so, not the header's word."""
    try:
        qty, price = Decimal(line["quantity"]), Decimal(line["unit_price"])
        total = Decimal(line["line_total"])
    except (KeyError, ArithmeticError):
        return
    if _discounted(qty, price, None, total):
        return
    for cell, seg in zip(cells, row.segments, strict=False):
        if cell.roles or "%" not in seg.text:
            continue
        m = re.search(r"\d(?:.*\d)?", seg.text)
        rate = _number(m.group(0), language) if m else None
        if m and rate and 0 < rate < 100 and _discounted(qty, price, rate, total):
            cell.roles = ["discount"]
            cell.seps = [seg.text[: m.start()], seg.text[m.end() :]]
            return


def learn_columns(layouts: list[PageLayout], approved: list[dict[str, str]]) -> TableHint | None:
    """The cells the approved lines' values sat in, if every line was found on the page
    with the same cells."""
    lines = [li for li in approved if li.get("line_total") or li.get("quantity")]
    if not lines or not layouts:
        return None
    for language in _decimal_marks(layouts):
        taken: set[int] = set()
        rows: list[list[CellHint]] = []
        first: tuple[PageLayout, Row] | None = None
        rises = falls = 0
        codes: list[str | None] = []
        for line in lines:
            found = _find_row(layouts, line, language, taken)
            if found is None:
                break
            layout, row = found
            taken.add(id(row))
            over = _rising(layout, row, line.get("description") or "")
            if over:
                rises += 1
                row = _with_lines_over(row, over)
            cells = _row_cells(layout, row, line, language)
            if cells is None:
                break
            if not any("description" in c.roles for c in cells) and _falling(
                layout, row, line.get("description") or ""
            ):
                falls += 1
            if line.get("sku") and not any("sku" in c.roles for c in cells):
                codes.append(_code_under(layout, row, line["sku"]))
            top = over[0] if over else row
            if first is None or (layout.page, top.top) < (first[0].page, first[1].top):
                first = (layout, top)
            rows.append(cells)
        else:
            assert first is not None
            # the shape most rows print (a gap may split one row's cell in two)
            shapes = [[c.roles for c in r] for r in rows]
            shape = max(shapes, key=shapes.count)
            rows = [r for r, sh in zip(rows, shapes, strict=True) if sh == shape]
            if len(rows) * 2 < len(shapes):
                continue
            merged = [
                rows[0][k].model_copy(
                    update={
                        "x0": min(r[k].x0 for r in rows),
                        "x1": max(r[k].x1 for r in rows),
                    }
                )
                for k in range(len(shape))
            ]
            header = _header_above(*first)
            if not header:
                return None
            _title_cells(merged, _title_segments(*first), first[0].width)
            return TableHint(
                cells=merged,
                header=header,
                order=_header_order(*first),
                number_language=language,
                rises=rises * 2 > len(rows),
                falls=falls * 2 > len(rows),
                code_under=_steady(codes, len(codes)),
            )
    return None


def _code_under(layout: PageLayout, row: Row, sku: str) -> str | None:
    """The text before the approved code on a line of its own under ``row`` (the item's
    own lines: each alone on its line, close under the one before), if it is there: a
    short label, no digits ("Ref. "), or nothing."""
    k = next((i for i, r in enumerate(layout.rows) if r is row), None)
    if k is None:
        return None
    bottom = row.bottom
    for under in layout.rows[k + 1 : k + 4]:
        if len(under.segments) != 1 or under.top - bottom > layout.line_height * 1.2:
            return None
        text = under.text.strip()
        if text.endswith(sku):
            label = text[: -len(sku)]
            ok = len(label) <= CODE_LABEL and not re.search(r"\d", label)
            return label if ok and (not label or not label[-1].isalnum()) else None
        bottom = under.bottom
    return None


# the longest label printed before a code under its row ("Référence: " is 11)
CODE_LABEL = 14


def _steady(codes: list[str | None], lines: int) -> str | None:
    """The label every line with a code printed it under its row after, if most of the
    ``lines`` with a code did (a delivery charge without one says nothing of it)."""
    found = [c for c in codes if c is not None]
    if not found or len(set(found)) != 1 or len(found) * 2 <= lines:
        return None
    return found[0]


def _code_line(hint: TableHint, text: str) -> str | None:
    """The code on a line of its own under a row, as the sender prints it there."""
    if hint.code_under is None:
        return None
    label = r"\s*".join(re.escape(p) for p in hint.code_under.split())
    m = re.fullmatch(r"\s*" + label + r"\s*(?P<sku>\S+)\s*", text)
    if m is None or (not label and not re.search(r"\d", m.group("sku"))):
        return None  # a code alone on its line has a digit: not a description's last word
    return m.group("sku")


def _rising(layout: PageLayout, row: Row, description: str) -> list[Row]:
    """The lines over ``row`` its approved description starts on (a sender whose cells are
    set at the bottom prints the first lines of a long description over the amounts), or
    [] when the description starts on the row itself."""
    want = _squash(description)
    if not want or any(want.startswith(_squash(s.text)) for s in row.segments):
        return []
    k = row.index if 0 <= row.index < len(layout.rows) and layout.rows[row.index] is row else None
    if k is None:
        k = next((i for i, r in enumerate(layout.rows) if r is row), 0)
    over: list[Row] = []
    bottom = row.top
    for above in reversed(layout.rows[max(0, k - 3) : k]):
        if len(above.segments) != 1 or bottom - above.bottom > layout.line_height * 1.2:
            break
        over.insert(0, above)
        bottom = above.top
        printed = _squash(" ".join(r.text for r in over))
        if want.startswith(printed):
            rest = want[len(printed) :]
            if any(rest and rest.startswith(_squash(s.text)) for s in row.segments):
                return over
    return []


def _falling(layout: PageLayout, row: Row, description: str) -> bool:
    """Does the approved description start on the line under ``row``, alone on it?"""
    want = _squash(description)
    k = next((i for i, r in enumerate(layout.rows) if r is row), None)
    if not want or k is None or k + 1 >= len(layout.rows):
        return False
    under = layout.rows[k + 1]
    printed = _squash(under.text)
    return (
        len(under.segments) == 1
        and under.top - row.bottom <= layout.line_height * 1.2
        and bool(printed)
        and want.startswith(printed)
    )


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def _with_lines_over(row: Row, over: list[Row]) -> Row:
    """``row`` with the lines over it joined to the piece of it they stand over."""
    words = [w for r in over for w in r.words]
    x0 = words[0].bbox[0]
    k = min(range(len(row.segments)), key=lambda i: abs(row.segments[i].x0 - x0))
    segs = list(row.segments)
    segs[k] = Segment([*words, *segs[k].words], segs[k].page, segs[k].row)
    return Row(segs, row.page, row.index)


def _decimal_marks(layouts: list[PageLayout]) -> tuple[str, str]:
    """The number formats to learn the cells in, the one the pages print first: "0.911"
    read the French way is 911, and both ways read "8.24" the same (a hint learned in the
    wrong one misreads the sender's next three-decimal price)."""
    text = "\n".join(r.text for layout in layouts for r in layout.rows)
    points = len(re.findall(r"\d\.\d{1,2}(?!\d)", text))
    commas = len(re.findall(r"\d,\d{1,2}(?!\d)", text))
    return ("en", "fr") if points > commas else ("fr", "en")


def _header_above(layout: PageLayout, first: Row) -> list[str]:
    """The folded words of the row over the first item (the table's header), with the
    row over it when the header's titles wrap onto two lines ("Prix" over "HT")."""
    above = [r for r in layout.rows if r.bottom <= first.top + 1]
    if len(above) > 1 and _caption(above[-1], above[-2], layout):
        above = above[:-1]
    if not above:
        return []
    rows = above[-1:]
    if (
        len(above) > 1
        and len(above[-2].segments) > max(1, len(above[-1].segments))
        and above[-1].top - above[-2].bottom < layout.line_height * _WRAPPED
    ):
        rows = above[-2:]
    return sorted({w for r in rows for w in re.findall(r"[a-z0-9%]+", fold(r.text))})


def _title_segments(layout: PageLayout, first: Row) -> list[Segment]:
    """The pieces of the row of titles over the first item."""
    above = [r for r in layout.rows if r.bottom <= first.top + 1]
    if len(above) > 1 and _caption(above[-1], above[-2], layout):
        above = above[:-1]
    return list(above[-1].segments) if above else []


def _title_cells(cells: list[CellHint], titles: list[Segment], width: float) -> None:
    """Give each cell the title printed over it: the one piece of the titles' row its
    x-range overlaps most, when no other cell overlaps that piece more and the title is
    printed once in the row (a title that cannot be found again anchors nothing)."""
    texts = [fold(t.text).strip() for t in titles]
    for k, cell in enumerate(cells):

        def over(t: Segment, c: CellHint) -> float:
            return min(c.x1, t.x1 / width) - max(c.x0, t.x0 / width)

        best = max(range(len(titles)), key=lambda i: over(titles[i], cell), default=None)
        if best is None or over(titles[best], cell) <= 0 or texts.count(texts[best]) > 1:
            continue
        seg = titles[best]
        if any(j != k and over(seg, c) > over(seg, cell) for j, c in enumerate(cells)):
            continue
        cell.title, cell.title_x = texts[best], (seg.x0 + seg.x1) / 2 / width


# a column whose title moved less than this (page fraction) is read where it was learned
_TITLE_MOVED = 0.002


def anchored(hint: TableHint, titles: list[Segment], width: float) -> TableHint:
    """The hint with each titled cell moved by as much as its title moved on this page
    (the titles found once in the header rows ``titles``); the hint itself when none
    moved. A sender's table with a column printed on some documents only ("Back-ordered"
    between "Delivered" and "Unit") pushes the columns after it aside, where the cells
    learned without it would read the wrong column's value."""
    texts = [fold(t.text).strip() for t in titles]
    moved = []
    for cell in hint.cells:
        dx = 0.0
        if cell.title and texts.count(cell.title) == 1:
            seg = titles[texts.index(cell.title)]
            dx = (seg.x0 + seg.x1) / 2 / width - cell.title_x
        moved.append(dx if abs(dx) >= _TITLE_MOVED else 0.0)
    if not any(moved):
        return hint
    cells = [
        c.model_copy(update={"x0": c.x0 + dx, "x1": c.x1 + dx, "title_x": c.title_x + dx})
        for c, dx in zip(hint.cells, moved, strict=True)
    ]
    return hint.model_copy(update={"cells": cells})


def _words_in_order(text: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"[a-z0-9%]+", fold(text))))


def _header_order(layout: PageLayout, first: Row) -> list[str]:
    """The words of the row of titles over the first item, in the order printed."""
    above = [r for r in layout.rows if r.bottom <= first.top + 1]
    if len(above) > 1 and _caption(above[-1], above[-2], layout):
        above = above[:-1]
    return _words_in_order(above[-1].text) if above else []


def same_order(order: list[str], words: list[str]) -> bool:
    """Do the titles both print come in the same order in ``words`` as in ``order``?"""
    common = set(order) & set(words)
    return [w for w in order if w in common] == [w for w in words if w in common]


# a header printed in the order learned outranks the same words in another order
_ORDER_FIT = 0.001
# the gap (in line heights) under which a row of titles and one of fewer under it are one
# wrapped header
_WRAPPED = 1.0


def _caption(row: Row, titles: Row, layout: PageLayout) -> bool:
    """Is ``row``, between the titles and the first item, a caption of the items under it
    (a parcel's "Colis 1/3 - SSCC ... - 343 kg") rather than the titles' second line? One
    piece running under several titles: a wrapped title ("HT" under "Prix") sits under
    one. Taken into the header, its words keep the header from being found again on the
    sender's documents that print other captions or none."""
    if len(row.segments) != 1 or len(titles.segments) < 3:
        return False
    if row.top - titles.bottom > layout.line_height * 2.5:
        return False
    seg = row.segments[0]
    under = [t for t in titles.segments if t.x0 < seg.x1 and seg.x0 < t.x1]
    return len(under) >= 2


# --- reading a table with the learned cells --------------------------------------------


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _is_stop(row: Row) -> bool:
    for seg in row.segments:
        hit = match_label(seg.folded)
        if hit and hit.field in _STOP_FIELDS:
            return True
    return False


# fitting a row's words to the learned cells (``_fit``): a word left out of every cell costs
# this much, and a cell's words lying outside its learned x-range cost this much per page
# width of the gap (columns move a little with the content of an HTML table; a column
# printed on some rows only, a discount, takes no cell)
_SKIP_COST = 0.25
_GAP_COST = 2.0
# ... and words lying wholly outside it, in another learned cell, this much ("Frais de
# port" on a row without a code is the description, not a code and a description)
_ELSEWHERE_COST = 1.5
# the most words one cell takes (a long description)
_RUN_WORDS = 40


def _cell_values(cell: CellHint, words: list[Word]) -> dict[str, str] | None:
    """The values ``cell`` reads in ``words``, or None when they are not printed its way."""
    text = " ".join(w.text for w in words)
    m = cell.pattern().match(text)
    if m is None and "description" in cell.roles and set(cell.roles) <= _TEXT_ROLES:
        # a row without the code the others print beside the description ("6 Frais de
        # port" under "1 [BOI-3543] Chevron ..."): its text is the description
        if cell.seps and re.match(r"\s*\d", cell.seps[0]):
            text = re.sub(r"^\s*\d+\s+", "", text)
        return {"description": text.strip()} if text.strip() else None
    return None if m is None else {r: m.group(r).strip() for r in cell.roles if m.group(r)}


_TEXT_ROLES = {"sku", "description", "unit"}


def _fit(hint: TableHint, row: Row, width: float) -> tuple[dict[str, str], list[Word]]:
    """The values of one row read with the learned cells, chosen for this row: the sender's
    rows may be split differently from one row to the next (a gap closes and two cells
    print as one piece, a discount or a unit is printed on some rows only), so the row's
    words are shared out, in order, among the cells so that the most cells read a value
    of their kind, each near where the cell was learned; words no cell takes are left
    over (returned). A row whose pieces are the cells one for one keeps that reading."""
    cells = hint.cells
    if len(row.segments) == len(cells):
        values: dict[str, str] = {}
        for cell, seg in zip(cells, row.segments, strict=True):
            got = _cell_values(cell, seg.words) if cell.roles else {}
            if got is None:
                break
            values.update(got)
        else:
            return values, []
    words = row.words
    n, m = len(words), len(cells)
    span = [(w.bbox[0] / width, w.bbox[2] / width) for w in words]
    percent = [bool(c.roles) and c.roles[-1] in ("tax_rate", "discount") for c in cells]
    inf = float("-inf")
    # best[k][i]: the best score with the cells before k given the words before i
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, int, int] | None]] = [[None] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for k in range(m + 1):
        for i in range(n + 1):
            here = best[k][i]
            if here == inf:
                continue
            if i < n and here - _SKIP_COST > best[k][i + 1]:  # word i in no cell
                best[k][i + 1], back[k][i + 1] = here - _SKIP_COST, (k, i, -1)
            if k == m:
                continue
            if here > best[k + 1][i]:  # cell k left blank
                best[k + 1][i], back[k + 1][i] = here, (k, i, i)
            cell = cells[k]
            for j in range(i + 1, min(n, i + _RUN_WORDS) + 1):
                gain = 0.0
                if j < n and words[j].text.startswith("%") and not percent[k]:
                    continue  # "10 %" is a rate: its number is no quantity nor price
                if cell.roles:
                    got = _cell_values(cell, words[i:j])
                    if got is None:
                        continue
                    gain = float(len(got))
                gap = max(0.0, cell.x0 - span[j - 1][1], span[i][0] - cell.x1)
                if not cell.roles:
                    # a blank cell reads no value that would vouch for its words: each
                    # reaching out of it costs (a description's last word, next to it)
                    gap = max(gap, cell.x0 - span[i][0], span[j - 1][1] - cell.x1)
                score = here + gain - _GAP_COST * gap
                if any(
                    not cell.x0 <= (a + b) / 2 <= cell.x1
                    and (gap > 0 or not cell.roles or _far(cell, a, b))
                    and any(c is not cell and c.x0 <= (a + b) / 2 <= c.x1 for c in cells)
                    for a, b in span[i:j]
                ):
                    # a word of another cell, not near this one; for a blank cell (no value
                    # of its own to check its words) also when the run reaches over it: it
                    # swallowed the description's end with its own word at no distance;
                    # and a word far from the cell a run reaches to from inside it (a
                    # description swallowing the quantities of the columns after it)
                    score -= _ELSEWHERE_COST
                if score > best[k + 1][j]:
                    best[k + 1][j], back[k + 1][j] = score, (k, i, j)
    values, left = {}, []
    k, i = m, n
    while (k, i) != (0, 0):
        step = back[k][i]
        assert step is not None
        pk, pi, pj = step
        if pj == -1:
            left.append(words[pi])
        elif pj > pi and cells[pk].roles:
            values.update(_cell_values(cells[pk], words[pi:pj]) or {})
        k, i = pk, pi
    return values, left[::-1]


# how far (page width) a word may lie out of a cell whose run reaches to it from inside
# before it is taken for another cell's (cells learned on a few documents are narrow)
_NEAR = 0.05


def _far(cell: CellHint, a: float, b: float) -> bool:
    return a > cell.x1 + _NEAR or b < cell.x0 - _NEAR


def _left_discount(values: dict[str, str], left: list[Word], language: str) -> None:
    """A percentage no cell took ("15 %" printed on some rows only) is the row's discount
    when the row's own arithmetic says its amount was taken off by it."""
    try:
        qty = _number(values["quantity"], language)
        price = _number(values["unit_price"], language)
        total = _number(values["line_total"], language)
    except KeyError:
        return
    if "discount" in values or qty is None or price is None or total is None:
        return
    if _discounted(qty, price, None, total):
        return
    text = " ".join(w.text for w in left)
    for m in re.finditer(r"(\d+(?:[.,]\d+)?)\s?%", text):
        rate = _number(m.group(1), language)
        if rate is not None and 0 < rate < 100 and _discounted(qty, price, rate, total):
            values["discount"] = m.group(1)
            return


def read_columns(
    hint: TableHint,
    layouts: list[PageLayout],
    sources: Mapping[int, str],
    discounts: list[Decimal | None] | None = None,
) -> list[LineItem]:
    """The lines under the sender's header, read with its cells ([] if no header);
    ``discounts`` gets each line's discount (per cent) when its table prints one."""
    language = hint.number_language
    want = set(hint.header)
    money = "line_total" if "line_total" in hint.roles() else "quantity"
    items: list[tuple[dict[str, str], list[Word], int]] = []
    original = hint
    for layout in layouts:
        rows = layout.rows
        start = next(
            (
                k
                for k, r in enumerate(rows)
                if _jaccard(set(re.findall(r"[a-z0-9%]+", fold(r.text))), want) >= 0.6
            ),
            None,
        )
        if start is None:
            continue
        # the titles' row, with the lines of titles wrapped over or under it (no numbers)
        titles = [
            t
            for r in rows[max(0, start - 1) : start + 2]
            for t in r.segments
            if r is rows[start] or not re.search(r"\d", t.text)
        ]
        hint = anchored(original, titles, layout.width)
        last_bottom = rows[start].bottom
        page, over = layout.page, list[Row]()
        resume = 0
        for k in range(start + 1, len(rows)):
            row = rows[k]
            if k < resume:
                continue
            if _is_stop(row):
                # a section's sub-total ("Sous-total Carrelage") closes the section, not
                # the table, when the next section's items follow (after its title)
                resume = _next_section(hint, rows, k, layout.width, language)
                if not resume:
                    break
                last_bottom = rows[resume - 1].bottom
                continue
            values, left = _fit(hint, row, layout.width)
            _left_discount(values, left, language)
            if _number(values.get(money, ""), language) is not None:
                if over:  # the description's first lines, over the row (``rises``)
                    text = " ".join(r.text.strip() for r in over)
                    values["description"] = f"{text} {values.get('description', '')}".strip()
                items.append((values, [*(w for r in over for w in r.words), *row.words], page))
                over = []
                last_bottom = row.bottom
                continue
            gap = row.top - last_bottom
            x = row.segments[0].x0 / layout.width
            code = _code_line(hint, row.text)
            if (
                code is not None
                and items
                and "sku" not in items[-1][0]
                and len(row.segments) == 1
                and gap <= layout.line_height * 1.2
            ):
                items[-1][0]["sku"] = code
                items[-1][1].extend(row.words)
                last_bottom = row.bottom
                continue
            if (
                hint.falls
                and items
                and len(row.segments) == 1
                and gap <= layout.line_height * 1.2
                and x >= min(c.x0 for c in hint.cells) - 0.02
                and not re.search(r"\d[.,]\d\d\b", row.text)
            ):
                prev = items[-1][0]
                prev["description"] = f"{prev.get('description', '')} {row.text.strip()}".strip()
                items[-1][1].extend(row.words)
                last_bottom = row.bottom
                continue
            if (
                hint.rises
                and len(row.segments) == 1
                and gap <= layout.line_height * 1.2
                and _under(hint, "description", x)
                and not re.search(r"\d[.,]\d\d\b", row.text)
            ):
                over.append(row)
                last_bottom = row.bottom
                continue
            if (
                items
                and len(row.segments) == 1
                and gap <= layout.line_height * 1.2
                and (_under(hint, "description", x) or _below_description(items[-1], x, layout))
            ):
                prev = items[-1][0]
                if "description" in prev and not re.search(r"\d[.,]\d\d\b", row.text):
                    prev["description"] = f"{prev['description']} {row.text.strip()}"
                    items[-1][1].extend(row.words)
                    last_bottom = row.bottom
                    continue
            if items and gap > layout.line_height * 2.5:
                break
    if discounts is not None:
        discounts[:] = [_number(v.get("discount", ""), language) for v, _ws, _p in items]
    lines = [_line(v, ws, page, language, sources.get(page, "text")) for v, ws, page in items]
    return outline_cut(lines)


def outline_cut(lines: list[LineItem]) -> list[LineItem]:
    """The learned cells' lines without the outline positions of a table in sections
    ("1.1", "1.2", "2.1" counting up down the rows), as the page reader cuts them
    (``tables.content._strip_outline_numbers``): a sender that numbers its rows on some
    documents only prints the position where its cells learned the description, and the
    cells read "1.1 Labour" where the page reader and the clerk read "Labour". The two
    readers then disagreed on every such document, the cells' reading won the tie on the
    arithmetic and each of its lines was wrong (B seed 2403, a works invoice in sections:
    two documents of five lines wrong, the sender's table and record lost with them)."""
    from extraction.tables.content import _strip_outline_numbers

    return _strip_outline_numbers(lines)


# rows a sub-total may be followed by before the next section's first item (its title,
# another sub-total)
_SECTION_GAP_ROWS = 3


def _next_section(hint: TableHint, rows: list[Row], stop: int, width: float, language: str) -> int:
    """The index of the next section's first item after the stop row ``stop``, or 0. Only
    sub-totals and one-piece titles without an amount may come between, and the item must
    check by its own arithmetic (quantity times price, less its discount, is its amount):
    the totals under a table ("TVA 20 %  2 479,41") fill the amount cell too, never all
    three as one item's."""
    for k in range(stop + 1, min(stop + 2 + _SECTION_GAP_ROWS, len(rows))):
        row = rows[k]
        if _is_stop(row):
            continue
        values, left = _fit(hint, row, width)
        _left_discount(values, left, language)
        qty = _number(values.get("quantity", ""), language)
        price = _number(values.get("unit_price", ""), language)
        total = _number(values.get("line_total", ""), language)
        if qty is not None and price is not None and total is not None:
            off = _number(values.get("discount", ""), language)
            return k if _discounted(qty, price, off, total) else 0
        if len(row.segments) > 1 or re.search(r"\d[.,]\d\d\b", row.text):
            return 0  # neither a section's title nor its first item
    return 0


def _row_fits(
    hint: TableHint, layouts: list[PageLayout], ordered: bool
) -> Iterator[tuple[float, PageLayout, Row]]:
    """How closely each row of the pages prints the hint's header words, with the row and
    its page; ``ordered``: a row printing them in the order learned fits a little better
    (the tie-break between a sender's tables of the same titles)."""
    want = set(hint.header)
    for layout in layouts:
        for r in layout.rows:
            words = _words_in_order(r.text)
            fit = _jaccard(set(words), want)
            if ordered and fit and hint.order and same_order(hint.order, words):
                fit += _ORDER_FIT
            yield fit, layout, r


def _header_fit(hint: TableHint, layouts: list[PageLayout]) -> float:
    """How closely the best row of the pages prints the hint's header words (in the order
    learned, on a tie)."""
    return max((fit for fit, _, _ in _row_fits(hint, layouts, ordered=True)), default=0.0)


# how much of a learned header a row must print to be taken for the page's item-table header
_HEADER_SEEN = 0.5


def _header_row(hints: list[TableHint], layouts: list[PageLayout]) -> tuple[PageLayout, Row] | None:
    """The row printing most of a learned header (half of one at least), and its page."""
    best: tuple[float, PageLayout, Row] | None = None
    for hint in (h for h in hints if h.header):
        for fit, layout, r in _row_fits(hint, layouts, ordered=False):
            if fit >= _HEADER_SEEN and (best is None or fit > best[0]):
                best = (fit, layout, r)
    return None if best is None else best[1:]


def unseen_column_read(
    hints: list[TableHint], layouts: list[PageLayout], lines: list[LineItem]
) -> bool:
    """Did the lines take in the text of a column none of the sender's learned headers
    has (a title of the page's item-table header no approved table printed: "Options"
    between the item and its price)? A reader that does not know the column reads its
    words into the next cell, the learned cells and the generic reader alike, and the
    arithmetic still closes. A new column of figures (a discount) read where it belongs
    is not such a column."""
    found = _header_row(hints, layouts)
    if found is None:
        return False
    layout, header = found
    known = {w for h in hints for w in h.header}
    # a figure in the titles (a rate, a year) changes from one document to the next
    new = [
        t.bbox
        for t in header.words
        if any(w not in known and not re.search(r"\d", w) for w in _words_in_order(t.text))
    ]
    if not new:
        return False
    said = {w for li in lines for w in re.findall(r"[a-z]+", fold(li.description or ""))}
    for row in layout.rows:
        if row.top <= header.bottom:
            continue
        for word in row.words:
            if not any(word.bbox[0] < b[2] and b[0] < word.bbox[2] for b in new):
                continue
            if any(len(w) > 1 and w in said for w in re.findall(r"[a-z]+", fold(word.text))):
                return True
    return False


def _below_description(
    item: tuple[dict[str, str], list[Word], int], x: float, layout: PageLayout
) -> bool:
    """Does a line starting at ``x`` start where the item's description starts on its row?
    (The sender's columns move a little with the content: its own row says where the
    description is on this document.)"""
    text = item[0].get("description", "").split()
    first = next((w for w in item[1] if text and w.text == text[0]), None)
    return first is not None and abs(first.bbox[0] / layout.width - x) <= _ALIGNED


# how far apart (page fraction) two left edges may be and still start one column
_ALIGNED = 0.01


def _under(hint: TableHint, role: str, x: float) -> bool:
    """Does a line starting at ``x`` (page fraction) start inside the cell that prints
    ``role``? (A description runs on under itself; a footer note at the margin does not.)"""
    cell = next((c for c in hint.cells if role in c.roles), None)
    return cell is not None and cell.x0 - 0.02 <= x <= cell.x1


def _line(
    cells: dict[str, str], words: list[Word], page: int, language: str, source: str
) -> LineItem:
    qty = _number(cells.get("quantity", ""), language)
    price = _number(cells.get("unit_price", ""), language)
    total = _number(cells.get("line_total", ""), language)
    rate = _number(cells.get("tax_rate", ""), language)
    off = _number(cells.get("discount", ""), language)
    conf = 0.96 if source == "text" else 0.8
    if (
        qty is not None
        and price is not None
        and total is not None
        and not _discounted(qty, price, off, total)
    ):
        conf = 0.5
    return LineItem(
        sku=cells.get("sku") or None,
        description=cells.get("description") or None,
        quantity=number_str(qty) if qty is not None else None,
        unit=cells.get("unit") or None,
        unit_price=money_str(price) if price is not None else None,
        line_total=money_str(total) if total is not None else None,
        tax_rate=number_str(rate) if rate is not None else None,
        confidence=conf,
        page=page,
        bbox=words_bbox(words),
        source="ocr" if source == "ocr" else "text",
    )


def checked(lines: list[LineItem], discounts: list[Decimal | None] | None = None) -> int:
    """Lines whose quantity times unit price (less the row's discount) is their amount."""
    off = discounts if discounts and len(discounts) == len(lines) else [None] * len(lines)
    n = 0
    for li, d in zip(lines, off, strict=True):
        if li.quantity and li.unit_price and li.line_total:
            n += _discounted(
                Decimal(li.quantity), Decimal(li.unit_price), d, Decimal(li.line_total)
            )
    return n


def _printed(layouts: list[PageLayout], *languages: str) -> set[Decimal]:
    """Every amount printed on the pages (a word or two), in either number format."""
    out: set[Decimal] = set()
    for layout in layouts:
        for row in layout.rows:
            for _i, _j, text in _spans(row, 2):
                for lang in languages:
                    value = parse_amount(text, lang)
                    if value is not None:
                        out.add(abs(value))
    return out


def contradicted(lines: list[LineItem], discounts: list[Decimal | None] | None = None) -> int:
    """Lines whose quantity times unit price (less the row's discount) is not their amount."""
    return sum(1 for li in lines if li.quantity and li.unit_price and li.line_total) - checked(
        lines, discounts
    )


def _rank(
    lines: list[LineItem], printed: set[Decimal], discounts: list[Decimal | None] | None = None
) -> tuple[int, int, Fraction]:
    """Lines summing to a printed total (all found), rows confirmed, the share of rows
    contradicted (a row without prices, as on a delivery note, can be neither). A share,
    not a count: counted, a reading that read fewer lines had fewer to be contradicted,
    and one whose lines all carry a discount the row does not print won by reading less
    (B seed 4471, erp_sap: the cells taught on one document read 1 line of 8, its own
    amount "summing" to itself on the page, and replaced the generic reading's 8)."""
    totals = [Decimal(li.line_total) for li in lines if li.line_total]
    sums = bool(lines) and len(totals) == len(lines) and sum(totals, Decimal(0)) in printed
    share = Fraction(contradicted(lines, discounts), len(lines)) if lines else Fraction(0)
    return (int(sums), checked(lines, discounts), -share)


def _filled(lines: list[LineItem]) -> int:
    return sum(1 for li in lines for k in ROLES if getattr(li, k))


def _per_line(lines: list[LineItem]) -> Fraction:
    """The values read per line (``_filled``), exact, so equal readings tie."""
    return Fraction(_filled(lines), len(lines)) if lines else Fraction(0)


def reread(
    hints: TableHint | list[TableHint] | None,
    result: ExtractionResult,
    layouts: list[PageLayout],
    other: list[LineItem] | None = None,
) -> TableHint | None:
    """Replace the generic reading of the lines with the learned columns' reading when the
    arithmetic confirms it at least as well (on a tie, only a proven hint's); returns
    the hint it read them with, if it did. A sender that prints more than one table (a
    delivery note with and without prices) has a hint per table: the one whose header is
    on the page and whose reading checks out best is tried. ``other`` gets the reading
    not kept (the generic one when the learned cells won, else the learned cells' best),
    so the caller can tell whether two independent readers read the same lines."""
    if hints is None:
        return None
    if isinstance(hints, TableHint):
        hints = [hints]
    sources = {p.number: p.source for p in result.pages}
    # the table the page prints is the one whose header words it prints: a variant whose
    # header is only close ("... Prix Total" beside "... Prix TVA Total") reads the other
    # table's rows into the wrong cells, and leaving a price out escapes the arithmetic
    fits = {id(h): _header_fit(h, layouts) for h in hints}
    top = max(fits.values(), default=0.0)
    hints = [h for h in hints if fits[id(h)] >= top]
    best: tuple[tuple[int, int, Fraction], float, TableHint, list[LineItem]] | None = None
    for hint in hints:
        if not hint.cells or hint.reliability < MIN_RELIABILITY:
            continue
        off: list[Decimal | None] = []
        mine = read_columns(hint, layouts, sources, off)
        if not mine:
            continue
        mine = rated(mine, layouts, result.language)
        printed = _printed(layouts, result.language, hint.number_language)
        rank = _rank(mine, printed, off)
        if best is None or (rank, hint.reliability) > (best[0], best[1]):
            best = (rank, hint.reliability, hint, mine)
    if best is None:
        return None
    ours, _, hint, mine = best
    if other is not None:
        other[:] = mine
    printed = _printed(layouts, result.language, hint.number_language)
    theirs = _rank(result.lines, printed)
    if ours < theirs:
        return None
    if ours == theirs:
        # the arithmetic cannot tell them apart: the learned cells when they read a cell
        # the generic reading left empty (a unit, a code), or when they proved themselves
        # ... per line: rows read past the table's end (a weight, a parcel count or the
        # legal line under an unpriced delivery note, whose quantity cell reads a number)
        # fill a few cells each, and counted whole they outvoted the generic reading of
        # the very items (A seed 12003 s001: every document's footer read as two lines)
        per_line, theirs_per_line = _per_line(mine), _per_line(result.lines)
        if per_line < theirs_per_line:
            return None
        if per_line == theirs_per_line and hint.reliability < PROVEN:
            return None
    own = [li.model_copy() for li in mine]
    filled = _fill_blanks(mine, result.lines)
    if other is not None:
        # a line whose blanks the generic reading filled was read whole by no one reader:
        # the cells' own reading stands beside the merge kept, so they count as one reading
        other[:] = own if filled else result.lines
    result.lines[:] = mine
    return hint


def rated(
    lines: list[LineItem],
    layouts: list[PageLayout],
    language: str,
    totals: Mapping[str, str] | None = None,
) -> list[LineItem]:
    """The learned cells' lines with the VAT rate the document states for them where the
    table prints none, as the page reader's lines get it (the truth convention): a
    breakdown only one split of the amounts fits (``tables.vat.rates_from_breakdown``) and,
    given the document's ``totals`` (its net and tax, as a clerk approved them), one rate
    charged on the whole net (``tables.vat.rates_from_one_rate``). Without it a cells'
    reading of such a document misses each line's rate, the sender's table earns no hit
    and its lines no record. At extraction the totals are not read yet when the cells
    read: the one rate is given to the lines kept once they are (``assemble``)."""
    from extraction.tables.vat import rates_from_breakdown, rates_from_one_rate

    lines = rates_from_breakdown(lines, layouts, language)
    stated = {k: v for k, v in (totals or {}).items() if k in ("total_net", "total_tax") and v}
    if len(stated) < 2:
        return lines
    probe = ExtractionResult(
        language=language,
        lines=[li.model_copy() for li in lines],
        fields={k: FieldValue(value=v, confidence=1.0) for k, v in stated.items()},
    )
    rates_from_one_rate(probe, layouts)
    return probe.lines


def _fill_blanks(mine: list[LineItem], theirs: list[LineItem]) -> int:
    """Give each line the learned cells read a blank part (a unit, a code, a tax rate) the generic
    reading read on the same line: the same count of lines, each with the same amounts (a
    discount column the cells were not learned with moves the unit out of its cell, where
    the generic reader still finds it). Returns how many parts were filled."""
    if len(mine) != len(theirs):
        return 0
    filled = 0
    for a, b in zip(mine, theirs, strict=True):
        amounts = ("quantity", "unit_price", "line_total")
        if any(getattr(a, k) is None or getattr(a, k) != getattr(b, k) for k in amounts):
            continue
        # a tax rate too: a sender that prints its VAT column on some documents only (a
        # delivery note priced or not) has cells learned without it
        for part in ("unit", "sku", "tax_rate"):
            if part == "tax_rate" and not a.multiplies():
                # qty x price is not the amount: a discount is in play, and the rate the
                # generic reader read on the line may be that discount, not the VAT
                continue
            if getattr(a, part) is None and getattr(b, part):
                setattr(a, part, getattr(b, part))
                a.took_part_of(b)
                filled += 1
    return filled
