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

import itertools
import re
from collections.abc import Mapping
from decimal import Decimal

from pydantic import BaseModel, Field

from extraction.labels import match_label
from extraction.layout import PageLayout, Row, words_bbox
from extraction.parse.amounts import money_str, number_str, parse_amount
from extraction.parse.text import fold
from extraction.result import ExtractionResult, LineItem, Word

NUMERIC = ("quantity", "unit_price", "tax_rate", "line_total")
ROLES = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
# rows that end an item table: its totals
_STOP_FIELDS = {"total_net", "total_gross", "total_tax", "subtotal", "discount"}
# a proven hint: right on this many of the sender's later documents (faded counts)
PROVEN = 0.75
_CENT = Decimal("0.011")


class ColumnHint(BaseModel):
    role: str
    x0: float  # page fractions: where this role's values started and ended
    x1: float


class TableHint(BaseModel):
    """The columns of a sender's item table, and how often they read its lines right."""

    columns: list[ColumnHint] = Field(default_factory=list)
    header: list[str] = Field(default_factory=list)  # folded words of the header row
    number_language: str = "fr"
    hits: float = 0.0
    misses: float = 0.0

    @property
    def reliability(self) -> float:
        return (self.hits + 0.5) / (self.hits + self.misses + 1.0)

    def roles(self) -> list[str]:
        return [c.role for c in self.columns]


# --- learning the columns from an approved document -------------------------------------


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
    best: tuple[int, PageLayout, Row] | None = None
    for layout in layouts:
        for row in layout.rows:
            if id(row) in taken:
                continue
            values = {_number(t, language) for _i, _j, t in _spans(row)}
            found = sum(1 for w in want if Decimal(w) in values)
            if found and (best is None or found > best[0]):
                best = (found, layout, row)
    if best is None or best[0] < min(2, len(want)):
        return None
    return best[1], best[2]


def _cells_of(
    row: Row, line: dict[str, str], language: str
) -> dict[str, tuple[float, float]] | None:
    """Where each approved cell of the line sits in its row (x0, x1 in points)."""
    words = row.words
    used: set[int] = set()
    out: dict[str, tuple[float, float]] = {}
    spans = _spans(row)
    # the amount is the rightmost, the price before it (the same value when quantity is 1)
    for role in ("line_total", "unit_price", "tax_rate", "quantity"):
        value = line.get(role)
        if not value:
            continue
        hits = [
            (i, j)
            for i, j, t in spans
            if _number(t, language) == Decimal(value) and not used & set(range(i, j))
        ]
        if not hits:
            return None
        i, j = hits[-1] if role == "line_total" else hits[0]
        used |= set(range(i, j))
        out[role] = (words[i].bbox[0], words[j - 1].bbox[2])
    for role in ("unit", "sku"):
        value = line.get(role)
        if not value:
            continue
        hit = next(
            ((i, j) for i, j, t in spans if fold(t) == fold(value) and not used & set(range(i, j))),
            None,
        )
        if hit is None:
            continue  # printed inside another cell ("5 kg", "CAF529A - Café")
        used |= set(range(*hit))
        out[role] = (words[hit[0]].bbox[0], words[hit[1] - 1].bbox[2])
    desc = fold(line.get("description") or "")
    if desc:
        ws = [w for k, w in enumerate(words) if k not in used and fold(w.text) in desc.split()]
        if ws:
            out["description"] = (min(w.bbox[0] for w in ws), max(w.bbox[2] for w in ws))
    return out


def learn_columns(layouts: list[PageLayout], approved: list[dict[str, str]]) -> TableHint | None:
    """The columns the approved lines' values sat in, if every line was found on the page
    and the roles' ranges do not overlap."""
    lines = [li for li in approved if li.get("line_total") or li.get("quantity")]
    if not lines or not layouts:
        return None
    for language in ("fr", "en"):
        taken: set[int] = set()
        ranges: dict[str, list[tuple[float, float]]] = {}
        first: tuple[PageLayout, Row] | None = None
        for line in lines:
            found = _find_row(layouts, line, language, taken)
            if found is None:
                break
            layout, row = found
            cells = _cells_of(row, line, language)
            if cells is None:
                break
            taken.add(id(row))
            if first is None or (layout.page, row.top) < (first[0].page, first[1].top):
                first = (layout, row)
            for role, (x0, x1) in cells.items():
                ranges.setdefault(role, []).append((x0 / layout.width, x1 / layout.width))
        else:
            assert first is not None
            cols = [
                ColumnHint(role=r, x0=min(a for a, _ in v), x1=max(b for _, b in v))
                for r, v in ranges.items()
                if len(v) * 2 > len(lines)
            ]
            cols.sort(key=lambda c: c.x0)
            if any(a.x1 > b.x0 for a, b in itertools.pairwise(cols)):
                return None  # cells printed inside each other: the columns say nothing
            header = _header_above(*first)
            if not header:
                return None
            return TableHint(columns=cols, header=header, number_language=language)
    return None


def _header_above(layout: PageLayout, first: Row) -> list[str]:
    """The folded words of the row over the first item (the table's header)."""
    above = [r for r in layout.rows if r.bottom <= first.top + 1]
    if not above:
        return []
    return sorted(set(re.findall(r"[a-z0-9%]+", fold(above[-1].text))))


# --- reading a table with the learned columns -----------------------------------------


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _bounds(hint: TableHint, width: float) -> list[tuple[str, float, float]]:
    """Each column's span on a page ``width`` wide: a cut between two columns leaves room
    for a longer text (it runs right) and a longer number (it runs left)."""
    cols = [(c.role, c.x0 * width, c.x1 * width) for c in hint.columns]
    cuts = []
    for (r1, _a, e1), (r2, s2, _b) in itertools.pairwise(cols):
        gap = max(0.0, s2 - e1)
        if r2 in NUMERIC:
            cuts.append(e1 + (0.5 if r1 in NUMERIC else 0.6) * gap)
        else:
            cuts.append(s2 - min(3.0, gap / 2))
    edges = [0.0, *cuts, width + 1]
    return [(c[0], edges[i], edges[i + 1]) for i, c in enumerate(cols)]


def _is_stop(row: Row) -> bool:
    for seg in row.segments:
        hit = match_label(seg.folded)
        if hit and hit.field in _STOP_FIELDS:
            return True
    return False


def read_columns(
    hint: TableHint, layouts: list[PageLayout], sources: Mapping[int, str]
) -> list[LineItem]:
    """The lines under the sender's header, read with its columns ([] if no header)."""
    language = hint.number_language
    want = set(hint.header)
    items: list[tuple[dict[str, list[Word]], int]] = []
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
        bounds = _bounds(hint, layout.width)
        last_bottom = rows[start].bottom
        for row in rows[start + 1 :]:
            if _is_stop(row):
                break
            cells: dict[str, list[Word]] = {}
            for w in row.words:
                centre = (w.bbox[0] + w.bbox[2]) / 2
                role = next((r for r, lo, hi in bounds if lo <= centre < hi), None)
                if role is not None:
                    cells.setdefault(role, []).append(w)
            key = "line_total" if "line_total" in hint.roles() else "quantity"
            text = " ".join(w.text for w in cells.get(key, []))
            if _number(text, language) is not None:
                items.append((cells, layout.page))
                last_bottom = row.bottom
                continue
            only_text = set(cells) <= {"description", "sku"} and cells.get("description")
            if only_text and items and row.top - last_bottom <= layout.line_height * 1.2:
                prev = items[-1][0]
                prev["description"] = prev.get("description", []) + cells["description"]
                last_bottom = row.bottom
                continue
            if items and row.top - last_bottom > layout.line_height * 2.5:
                break
    return [_line(cells, page, language, sources.get(page, "text")) for cells, page in items]


def _line(cells: dict[str, list[Word]], page: int, language: str, source: str) -> LineItem:
    def text(role: str) -> str:
        return " ".join(w.text for w in cells.get(role, []))

    qty = _number(text("quantity"), language)
    price = _number(text("unit_price"), language)
    total = _number(text("line_total"), language)
    rate = _number(text("tax_rate"), language)
    conf = 0.96 if source == "text" else 0.8
    if (
        qty is not None
        and price is not None
        and total is not None
        and abs(qty * price - total) > _CENT
    ):
        conf = 0.5
    words = [w for ws in cells.values() for w in ws]
    return LineItem(
        sku=text("sku") or None,
        description=text("description") or None,
        quantity=number_str(qty) if qty is not None else None,
        unit=text("unit") or None,
        unit_price=money_str(price) if price is not None else None,
        line_total=money_str(total) if total is not None else None,
        tax_rate=number_str(rate) if rate is not None else None,
        confidence=conf,
        page=page,
        bbox=words_bbox(words),
        source="ocr" if source == "ocr" else "text",
    )


def checked(lines: list[LineItem]) -> int:
    """Lines whose quantity times unit price is their amount."""
    n = 0
    for li in lines:
        if li.quantity and li.unit_price and li.line_total:
            n += (
                abs(Decimal(li.quantity) * Decimal(li.unit_price) - Decimal(li.line_total)) <= _CENT
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


def _rank(lines: list[LineItem], printed: set[Decimal]) -> tuple[int, int, int]:
    """Lines summing to a printed total (all found), rows confirmed, rows not."""
    totals = [Decimal(li.line_total) for li in lines if li.line_total]
    sums = bool(lines) and len(totals) == len(lines) and sum(totals, Decimal(0)) in printed
    ok = checked(lines)
    return (int(sums), ok, ok - len(lines))


def _filled(lines: list[LineItem]) -> int:
    return sum(1 for li in lines for k in ROLES if getattr(li, k))


def reread(hint: TableHint | None, result: ExtractionResult, layouts: list[PageLayout]) -> bool:
    """Replace the generic reading of the lines with the learned columns' reading when the
    arithmetic confirms it at least as well (on a tie, only a proven hint's); returns
    whether it did."""
    if hint is None or not hint.columns:
        return False
    sources = {p.number: p.source for p in result.pages}
    mine = read_columns(hint, layouts, sources)
    if not mine:
        return False
    from extraction.tables.vat import rates_from_breakdown

    mine = rates_from_breakdown(mine, layouts, result.language)
    printed = _printed(layouts, result.language, hint.number_language)
    ours, theirs = _rank(mine, printed), _rank(result.lines, printed)
    if ours < theirs:
        return False
    if ours == theirs and (hint.reliability < PROVEN or _filled(mine) < _filled(result.lines)):
        return False
    result.lines[:] = mine
    return True
