"""Each line's VAT rate from every statement of rates the document makes, when no row
prints its own (issue 20, per-rate VAT constraints).

A document states its rates in many ways: a breakdown table ("Base HT | Taux | TVA"),
one totals line per rate ("TVA 20 % sur 1 000,00  200,00"), a tax label ("VAT @ 20%"),
a sentence or a footnote ("TVA au taux de 5,5 %"), a code legend, or an exemption in
words ("TVA non applicable, art. 293 B du CGI", "Reverse charge"). This module reads all
of them into one document-level rate set, then gives the lines rates only where the
arithmetic of the document says which line has which rate:

- one rate stated (or, with no rate named beside a tax word, exactly one printed
  percentage) and the tax total (or gross - net) is the net at that rate to the cent;
- several rates, each with its base: exactly one way of giving the lines those rates
  sums, in cents, to every base; two ways or none: no rate (a rate printed with its tax
  only settles no row);
- an exemption stated and no tax charged (tax 0 or absent, gross = net): rate 0.

A rate worked out so is never read on the row: its confidence stays below acceptance
(``calibration.lines.rate_unprinted``), and is capped at ``UNCONFIRMED_CAP`` unless the arithmetic
closes exactly and uniquely on the printed net (``Derived.exact``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout, Row
from extraction.parse.amounts import find_amounts, number_str
from extraction.parse.rates import RATE_PERCENT_3DP, TAX_WORD
from extraction.parse.text import fold
from extraction.result import CENT, ExtractionResult, LineItem

# the cent amounts are rounded to; a tax worked out per line may be off by one a line
_PENNY = Decimal("0.01")
_MAX_RATE = Decimal(30)
_MAX_STATES = 200_000
# rows given rates by a split of several rates' bases, at most: the truth convention of the
# generated sets (``samples/wild/printed.py``) states no rate by a split of more rows
MAX_SPLIT_LINES = 12
# lines given the document's one rate from its totals alone when their sum settles nothing
# (``one_rate``: a scan's lost or misread line); off, the rate needs the lines' sum
ONE_RATE_ON_TOTALS = True
_PERCENT = RATE_PERCENT_3DP
# a tax number's label names the tax but states no rate: "N° TVA", "VAT No."
_EXEMPT = re.compile(
    r"non applicable|not applicable|\b293 ?b\b|auto-?liquidation|reverse[- ]charge"
    r"|\bexoner|\bexempt|zero[- ]rated|franchise en base|not subject to vat"
    r"|outside the scope of vat|hors champ"
)
# a short code a breakdown row may open with ("A", "1", "T2", "S")
_CODE = re.compile(r"^[A-Z0-9]{1,2}$")


@dataclass(frozen=True)
class Stated:
    """One rate as a row of the document states it: with the base it is charged on and
    the tax it gives when the row prints them (base x rate = tax, to the cent), with the
    tax only, or named alone."""

    rate: Decimal
    base: Decimal | None = None
    tax: Decimal | None = None
    code: str | None = None


@dataclass
class RateSet:
    """Every statement of rates on the document."""

    stated: list[Stated] = field(default_factory=list)
    printed: set[Decimal] = field(default_factory=set)  # every percentage, tax or not
    exempt: bool = False

    def named(self) -> set[Decimal]:
        return {s.rate for s in self.stated}

    def bases(self) -> dict[Decimal, Decimal] | None:
        """rate -> base; None when one rate is given two bases."""
        out: dict[Decimal, Decimal] = {}
        for s in self.stated:
            if s.base is not None:
                if out.get(s.rate, s.base) != s.base:
                    return None
                out[s.rate] = s.base
        return out

    def codes(self) -> dict[str, Decimal]:
        """code -> rate, from breakdown rows that open with a code; empty on a conflict."""
        out: dict[str, Decimal] = {}
        for s in self.stated:
            if s.code is not None:
                if out.get(s.code, s.rate) != s.rate:
                    return {}
                out[s.code] = s.rate
        return out


def _charged(base: Decimal, rate: Decimal) -> Decimal:
    return (base * rate / 100).quantize(_PENNY, ROUND_HALF_UP)


def _in_lines(row: Row, lines: list[LineItem]) -> bool:
    """Whether the row is printed inside one of the lines (a discount % of an item row is
    no statement of a VAT rate)."""
    mid = (row.top + row.bottom) / 2
    return any(
        li.bbox is not None
        and (li.page or 0) == row.page
        and li.bbox[1] - 1 <= mid <= li.bbox[3] + 1
        for li in lines
    )


def _read_row(row: Row, language: str) -> list[Stated]:
    text = row.text
    found = list(_PERCENT.finditer(text))
    if not found:
        return []
    taxed = bool(TAX_WORD.search(fold(text)))
    if len(found) > 1:  # a legend or a list of rates: each named, nothing more said
        return [Stated(_rate(m)) for m in found] if taxed else []
    (m,) = found
    rate = _rate(m)
    blank = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    amounts = [(abs(v), s) for v, s, _e in find_amounts(blank, language)]
    for base, bs in amounts:
        for tax, ts in amounts:
            if bs != ts and base > 0 and abs(base * rate / 100 - tax) <= CENT:
                if rate == 0 and tax != 0:
                    continue
                first = text.split()[0] if text.split() else ""
                code = first if _CODE.match(first) and not m.group(0).startswith(first) else None
                return [Stated(rate, base, tax, code)]
    if not taxed:
        return []
    after = [v for v, s in amounts if s > m.end()]
    return [Stated(rate, tax=after[0] if len(after) == 1 else None)]


def _rate(m: re.Match[str]) -> Decimal:
    return Decimal(m.group(1).replace(",", "."))


def read_rates(layouts: list[PageLayout], lines: list[LineItem], language: str) -> RateSet:
    """The document's rate set: every statement outside the line rows."""
    rs = RateSet()
    for layout in layouts:
        for row in layout.rows:
            if _in_lines(row, lines):
                continue
            text = row.text
            if _EXEMPT.search(fold(text)):
                rs.exempt = True
            for m in _PERCENT.finditer(text):
                if _rate(m) <= _MAX_RATE:
                    rs.printed.add(_rate(m))
            rs.stated += [s for s in _read_row(row, language) if s.rate <= _MAX_RATE]
    return rs


@dataclass
class Derived:
    rates: list[Decimal]
    exact: bool  # the arithmetic closes exactly, on the printed net, one way only


def _value(result: ExtractionResult, name: str) -> Decimal | None:
    f = result.fields.get(name)
    if f is None:
        return None
    try:
        return abs(Decimal(f.value))
    except InvalidOperation:
        return None


def split(cents: list[int], bounds: list[tuple[int, int]]) -> list[int] | None:
    """The one way of giving each amount a rate (an index into ``bounds``) so that every
    rate's amounts sum within its bounds; None when there is none, two, or the search
    grows past ``_MAX_STATES``."""
    k = len(bounds)
    # per state: (ways, the choices that led there while there is one way only)
    states: dict[tuple[int, ...], tuple[int, tuple[int, ...]]] = {(0,) * k: (1, ())}
    for c in cents:
        nxt: dict[tuple[int, ...], tuple[int, tuple[int, ...]]] = {}
        for state, (ways, path) in states.items():
            for i in range(k):
                if state[i] + c > bounds[i][1]:
                    continue
                key = (*state[:i], state[i] + c, *state[i + 1 :])
                old = nxt.get(key)
                if old is None:
                    nxt[key] = (ways, (*path, i))
                else:
                    nxt[key] = (min(2, old[0] + ways), old[1])
        if len(nxt) > _MAX_STATES:
            return None
        states = nxt
    ends = [
        (ways, path)
        for state, (ways, path) in states.items()
        if all(lo <= s <= hi for s, (lo, hi) in zip(state, bounds, strict=True))
    ]
    if len(ends) != 1 or ends[0][0] != 1:
        return None
    return list(ends[0][1])


def derive(
    totals: list[Decimal],
    rs: RateSet,
    net: Decimal | None,
    tax: Decimal | None,
    gross: Decimal | None,
) -> Derived | None:
    """Each line's rate from the rate set and the totals, or None when they do not say."""
    if not totals:
        return None
    lines_sum = sum(totals, Decimal(0))
    on_net = net is not None and abs(lines_sum - net) <= CENT
    if net is not None and not on_net:
        return None  # the table is not the whole net: a line missed or misread
    charged = tax if tax is not None else (gross - lines_sum if gross is not None else None)
    named = rs.named()
    nonzero = {r for r in named if r != 0}
    if rs.exempt and not nonzero:
        if charged is not None and charged != 0:
            return None
        return Derived([Decimal(0)] * len(totals), on_net and charged == 0)
    if len(nonzero) == 1:
        (rate,) = nonzero
        base = (rs.bases() or {}).get(rate)
        agree = (charged is not None and abs(_charged(lines_sum, rate) - charged) <= CENT) or (
            base is not None and abs(base - lines_sum) <= CENT
        )
        if not agree:
            return None
        return Derived([rate] * len(totals), on_net)
    if not named and charged:
        fits = [r for r in rs.printed if r > 0 and abs(_charged(lines_sum, r) - charged) <= CENT]
        if len(fits) == 1:
            return Derived([fits[0]] * len(totals), on_net)
        return None
    if not 2 <= len(named) <= 3 or len(totals) > MAX_SPLIT_LINES:
        return None
    bases = rs.bases()
    if bases is None:
        return None
    rates = sorted(named)
    if any(r not in bases for r in rates):
        # a rate printed with its tax only ("VAT (5%)  2.66") says no base exactly: the
        # rows it is charged on are not settled (the truth convention, Printed._stated_rates)
        return None
    if charged is not None:
        stated_tax = sum((_charged(bases[r], r) for r in rates), Decimal(0))
        if abs(stated_tax - charged) > CENT * len(rates):
            return None
    chosen = split([int(t * 100) for t in totals], [(int(bases[r] * 100),) * 2 for r in rates])
    if chosen is None:
        return None
    return Derived([rates[i] for i in chosen], on_net)


def rates_from_document(result: ExtractionResult, layouts: list[PageLayout]) -> list[int]:
    """Give every line the rate the document's statements settle, when no line has one;
    returns the indices of lines whose rate is not settled exactly (their confidence is to
    be capped at ``UNCONFIRMED_CAP`` once calibrated)."""
    from extraction.tables.codes import legend, rates_from_codes

    lines = result.lines
    if _codes_read_as_rates(result, layouts):
        return list(range(len(lines)))
    if not lines:
        return []
    net, tax, gross = (_value(result, k) for k in ("total_net", "total_tax", "total_gross"))
    if any(li.line_total is None for li in lines):
        # no sum of the lines to check: only the totals' own arithmetic can settle a rate
        rated = any(li.tax_rate for li in lines)
        return [] if rated else _on_the_totals(result, layouts, net, tax, gross)
    try:
        totals = [abs(Decimal(li.line_total or "0")) for li in lines]
    except InvalidOperation:
        return []
    if any(li.tax_rate for li in lines):
        return _against_the_tax(result, layouts, totals, net, tax, gross)
    rs = read_rates(layouts, lines, result.language)
    codes = rs.codes()
    for code, rate in legend(layouts).items():
        codes.setdefault(code, rate)
    if codes:
        coded = rates_from_codes(lines, layouts, codes)
        if all(li.tax_rate for li in coded):
            bases = rs.bases() or {}
            sums: dict[Decimal, Decimal] = {}
            for li, t in zip(coded, totals, strict=True):
                r = Decimal(li.tax_rate or "0")
                sums[r] = sums.get(r, Decimal(0)) + t
            exact = bool(bases) and all(
                abs(sums.get(r, Decimal(0)) - b) <= CENT for r, b in bases.items()
            )
            result.lines[:] = coded
            return [] if exact else list(range(len(coded)))
    got = derive(totals, rs, net, tax, gross)
    if got is None:
        return _on_the_totals(result, layouts, net, tax, gross, rs)
    for li, rate in zip(lines, got.rates, strict=True):
        li.tax_rate = number_str(rate)
    return [] if got.exact else list(range(len(lines)))


def one_rate(rs: RateSet, net: Decimal | None, tax: Decimal | None) -> Decimal | None:
    """The document's one rate when its own totals say every line bears it: the printed
    tax is the printed net at that rate to the cent, the rate one the document names
    beside a tax word (or, none named, the one percentage it prints that fits). A line
    at another rate (an exempt one, a second rate) would take the tax off the net's rate,
    so this holds whatever the lines were read as: a scan's misread or lost line does not
    unsettle it, as it does the sum of the lines (``derive``)."""
    if net is None or tax is None or not net or not tax:
        return None
    named = {r for r in rs.named() if r != 0}
    pool = named if named else {r for r in rs.printed if r > 0}
    if len(named) > 1 or (rs.exempt and not named):
        return None
    fits = [r for r in pool if abs(_charged(net, r) - tax) <= CENT]
    return fits[0] if len(fits) == 1 else None


def _on_the_totals(
    result: ExtractionResult,
    layouts: list[PageLayout],
    net: Decimal | None,
    tax: Decimal | None,
    gross: Decimal | None,
    rs: RateSet | None = None,
) -> list[int]:
    """Every line given the document's one rate (``one_rate``) when the lines' own sum
    settles nothing (a line missed, misread or without its amount); derived, not read:
    every line returned, to be capped."""
    lines = result.lines
    if not ONE_RATE_ON_TOTALS:
        return []
    if tax is None and net is not None and gross is not None:
        tax = gross - net
    rs = rs if rs is not None else read_rates(layouts, lines, result.language)
    rate = one_rate(rs, net, tax)
    if rate is None:
        return []
    for li in lines:
        li.tax_rate = number_str(rate)
    return list(range(len(lines)))


def _against_the_tax(
    result: ExtractionResult,
    layouts: list[PageLayout],
    totals: list[Decimal],
    net: Decimal | None,
    tax: Decimal | None,
    gross: Decimal | None,
) -> list[int]:
    """Rates the reader put on the lines that the tax total contradicts (a discount column
    "5 %" read as the rate, some lines without one) give way to the rates the document's
    statements settle exactly (on the printed net, one way only): the lines' amounts at
    their rates must give the tax total to a cent a line. Returns the lines changed (their
    rates are derived, not read: capped)."""
    lines = result.lines
    if tax is None:
        return []
    try:
        charged = sum(
            (t * Decimal(li.tax_rate or "0") / 100 for li, t in zip(lines, totals, strict=True)),
            Decimal(0),
        )
    except InvalidOperation:
        return []
    if abs(charged - tax) <= _PENNY * (len(lines) + 1):
        return []
    got = derive(totals, read_rates(layouts, lines, result.language), net, tax, gross)
    if got is None or not got.exact:
        return []
    for li, rate in zip(lines, got.rates, strict=True):
        li.tax_rate = number_str(rate)
    return list(range(len(lines)))


def _codes_read_as_rates(result: ExtractionResult, layouts: list[PageLayout]) -> bool:
    """A column of VAT codes read as rates ("TVA" over 1, 2, 1 with "TVA 1 : 8,1 % ; 2 :
    2,6 %" under the table): every line's rate is a digit code of the legend and none is a
    rate the legend gives. Each line gets its code's rate; True when they did."""
    from extraction.tables.codes import legend

    lines = result.lines
    if not lines or any(li.tax_rate is None for li in lines):
        return False
    codes = read_rates(layouts, lines, result.language).codes()
    for code, rate in legend(layouts).items():
        codes.setdefault(code, rate)
    printed = {li.tax_rate or "" for li in lines}
    if not codes or not printed <= {k for k in codes if k.isdigit()}:
        return False
    if any(Decimal(p) == r for p in printed for r in codes.values()):
        return False
    for li in lines:
        li.tax_rate = number_str(codes[li.tax_rate or ""])
    return True


def cap(result: ExtractionResult, indices: list[int]) -> None:
    """Cap the calibrated confidence of the lines whose rate was not settled exactly."""
    for i in indices:
        if i < len(result.lines):
            result.lines[i].confidence = min(result.lines[i].confidence, UNCONFIRMED_CAP)


def drop_non_items(result: ExtractionResult, layouts: list[PageLayout]) -> int:
    """Take off the lines that are no items, when without them the lines sum to the net
    total to the cent and with them they do not: the rows of a VAT breakdown read as items
    at the end of the table ("A  3 875,22  10 %  387,52": a base, a rate and the tax it
    gives, the tax or the base taken for the amount), or the one line that is an amount alone (no
    quantity, no price). Returns how many were taken off."""
    net = _value(result, "total_net")
    lines = result.lines
    if net is None or len(lines) < 2 or any(li.line_total is None for li in lines):
        return 0
    try:
        totals = [abs(Decimal(li.line_total or "0")) for li in lines]
    except InvalidOperation:
        return 0
    if abs(sum(totals, Decimal(0)) - net) <= CENT:
        return 0
    # an amount alone, with no quantity and no price (a page footer's "2 of 2" read as a
    # line): not an item when it is the one such line and the others sum to the net
    bare = [i for i, li in enumerate(lines) if li.quantity is None and li.unit_price is None]
    fits = [i for i in bare if abs(sum(totals, Decimal(0)) - totals[i] - net) <= CENT]
    if len(bare) == 1 and len(fits) == 1:
        del lines[fits[0]]
        return 1
    by_page = {layout.page: layout for layout in layouts}
    k = len(lines)
    while k > 1:
        li = lines[k - 1]
        layout = by_page.get(li.page or 0)
        if layout is None or li.bbox is None:
            return 0
        _x0, top, _x1, bottom = li.bbox
        inside = [r for r in layout.rows if top - 1 <= (r.top + r.bottom) / 2 <= bottom + 1]
        stated = [s for r in inside for s in _read_row(r, result.language)]
        # the row's tax, or its base ("R  5%  3,380.10  169.01" under "Key Rate Net VAT":
        # the base set where the amounts are), taken for the amount
        if not any(s.base is not None and totals[k - 1] in (s.tax, s.base) for s in stated):
            return 0
        k -= 1
        if abs(sum(totals[:k], Decimal(0)) - net) <= CENT:
            dropped = len(lines) - k
            del lines[k:]
            return dropped
    return 0
