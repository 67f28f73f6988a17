"""Where a document's totals may hide from the label reader: rows the line reader took for
items, and a VAT summary table (rate | base | tax per row).

- A line table is read until a row that ends it; when that row's words are not read as a
  totals label, the totals block under the table becomes more "items": rows with an amount
  and no price (the net, the tax, the gross, each on its row). Those trailing bare rows
  (``bare_tail``) stay candidates of the totals: their labels are read and their amounts
  are among the ones the arithmetic of ``constraints.by_arithmetic`` looks at, the lines
  before them summing to the net.
- A VAT summary table prints, per rate, the base and the tax on it: each row checks itself
  (base x rate = tax to the cent), the bases add up to the net and the taxes to the tax,
  and their sum is the gross the page prints (``vat_summary``). Found by arithmetic, such
  totals are proposed capped: a clerk confirms.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.layout import PageLayout
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.parse.amounts import find_amounts
from extraction.parse.rates import RATE_PERCENT
from extraction.result import BBox, LineItem, Source

TOTALS = ("total_net", "total_tax", "total_gross")
# a totals block is a few rows: more bare rows than this at the table's end are items
MAX_TAIL = 6
# totals read from a VAT summary table alone are held at UNCONFIRMED_CAP: a clerk confirms
VAT_TABLE_PRIOR = 0.35
VAT_TABLE_NOTE = "VAT summary table: base x rate = tax on each row, bases + taxes printed"
# VAT rates in use (EU standard, reduced, super-reduced; Swiss): a row's rate is one of
# them, and a tax amount is one of them applied to the net, to the cent
_RATES = "2.1 2.5 2.6 3.7 3.8 4 5 5.5 6 7 7.7 8 8.1 8.5 9 10 12 13 13.5 14 15 16 17 18 19 20 21 "
_RATES += "22 23 24 25 27"
VAT_RATES = tuple(Decimal(r) for r in _RATES.split(" "))
_RATE = RATE_PERCENT
_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")


def _bare(li: LineItem) -> bool:
    """An "item" with an amount and no price: a totals row taken for one (its quantity,
    when read, is the amount itself or a number of a line with no words)."""
    if li.line_total is None or li.unit_price is not None:
        return False
    words = bool((li.description or "").strip() or (li.sku or "").strip())
    return li.quantity is None or li.quantity == li.line_total or not words


def bare_tail(lines: list[LineItem]) -> int:
    """How many of the last lines read are bare rows (``_bare``) that may be the totals
    block taken for items; at least one line stays an item."""
    count = 0
    for li in reversed(lines):
        if not _bare(li) or count >= MAX_TAIL or count + 1 >= len(lines):
            break
        count += 1
    return count


def items(lines: list[LineItem]) -> list[LineItem]:
    """The lines read, without a bare tail that may be the totals block."""
    tail = bare_tail(lines)
    return lines[: len(lines) - tail] if tail else lines


def add_derived(
    cands: Candidates,
    name: str,
    value: Decimal,
    where: tuple[int | None, BBox | None],
    source: Source,
    *,
    prior: float,
    cap: float,
    notes: list[str],
    ocr_conf: float = 1.0,
    order: int = 0,
) -> None:
    """Propose ``value`` for the total ``name`` as found by arithmetic ("derived"), unless
    the field already has a candidate of that value: one builder for every route that
    works a total out, so they rank and cap alike."""
    if any(_dec(c.value) == value for c in cands.get(name, [])):
        return
    page, bbox = where
    cands.setdefault(name, []).append(
        Candidate(
            name,
            str(value.quantize(Decimal("0.01"))),
            page,
            bbox,
            source,
            "derived",
            prior=prior,
            ocr_conf=ocr_conf,
            order=order,
            cap=cap,
            notes=notes,
        )
    )


def _row_rates(text: str) -> list[Decimal]:
    out = []
    for m in _RATE.finditer(text):
        rate = Decimal(m.group(1).replace(",", "."))
        if rate in VAT_RATES:
            out.append(rate)
    return out


def _vat_rows(
    layouts: list[PageLayout], language: str, spans: dict[int, list[tuple[float, float]]]
) -> list[tuple[Decimal, Decimal, Decimal, int, BBox, BBox]]:
    """Rows outside the items that print one VAT rate and two amounts, the second that
    rate of the first to the cent: (rate, base, tax, page, base box, tax box)."""
    out = []
    for layout in layouts:
        for row in layout.rows:
            middle = (row.top + row.bottom) / 2
            if any(t - 1 <= middle <= b + 1 for t, b in spans.get(layout.page, [])):
                continue  # an item's row (its own rate and VAT, a part of the whole)
            text = " | ".join(s.text for s in row.segments)
            rates = set(_row_rates(text))
            if len(rates) != 1:
                continue
            (rate,) = rates
            amounts: list[tuple[Decimal, BBox]] = []
            for seg in row.segments:
                if not _CENTS.search(seg.text):
                    continue
                for v, s, e in find_amounts(seg.text, language):
                    if re.match(r"\s?%", seg.text[e:]) or not _CENTS.search(seg.text[s:e]):
                        continue
                    amounts.append((abs(v), seg.bbox_of(s, e)))
            found = [
                (base, tax, bb, tb)
                for i, (base, bb) in enumerate(amounts)
                for tax, tb in amounts[i + 1 :]
                if 0 < tax < base
                and abs((base * rate / 100).quantize(Decimal("0.01")) - tax) <= Decimal("0.011")
            ]
            if len(found) == 1:
                base, tax, bb, tb = found[0]
                out.append((rate, base, tax, layout.page, bb, tb))
    return out


def vat_summary(
    cands: Candidates,
    layouts: list[PageLayout],
    lines: list[LineItem],
    printed: dict[Decimal, tuple[int, BBox]],
    language: str,
    source: Source,
) -> None:
    """The totals of a VAT summary table ("Taux | Base HT | TVA", a row per rate): the
    bases sum to the net, the taxes to the tax, and net + tax is the gross printed on the
    page. A rate printed twice (the table and a line under it) counts once. One row alone
    must also meet the lines' sum. Each total is proposed where its field has no candidate
    of that value, capped."""
    from extraction.candidates.collect import table_spans

    rows = _vat_rows(layouts, language, table_spans(items(lines)))
    by_rate: dict[Decimal, tuple[Decimal, Decimal, int, BBox, BBox]] = {}
    for rate, base, tax, page, bb, tb in rows:
        seen = by_rate.get(rate)
        if seen is not None and (seen[0], seen[1]) != (base, tax):
            return  # two bases for one rate: items or instalments, not a summary
        by_rate.setdefault(rate, (base, tax, page, bb, tb))
    if not by_rate:
        return
    net = sum((b for b, _t, _p, _bb, _tb in by_rate.values()), Decimal(0))
    tax = sum((t for _b, t, _p, _bb, _tb in by_rate.values()), Decimal(0))
    gross = net + tax
    if gross not in printed:
        return  # the sum the table implies is not printed: nothing vouches for it
    kept = items(lines)
    sums = [_dec(li.line_total) for li in kept]
    lines_sum = sum((s for s in sums if s is not None), Decimal(0)) if kept else None
    if lines_sum is not None and any(s is None for s in sums):
        lines_sum = None
    if len(by_rate) == 1 and (lines_sum is None or abs(lines_sum - net) > Decimal("0.011")):
        return  # one rate's base and tax: a discount or a deposit may read the same
    first = next(iter(by_rate.values()))
    where: dict[str, tuple[int, BBox]] = {
        "total_net": printed.get(net, (first[2], first[3])),
        "total_tax": printed.get(tax, (first[2], first[4])),
        "total_gross": printed[gross],
    }
    for name, value in zip(TOTALS, (net, tax, gross), strict=True):
        add_derived(
            cands,
            name,
            value,
            where[name],
            source,
            prior=VAT_TABLE_PRIOR,
            cap=UNCONFIRMED_CAP,
            notes=[VAT_TABLE_NOTE],
        )
