"""Each line's VAT rate from the document's VAT breakdown, when the table prints none: the
breakdown's rows (rate, base, tax) are checked (base x rate = tax), and the lines are
given the rates only if exactly one way of splitting their amounts gives every base."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation

from extraction.layout import PageLayout
from extraction.lines import VAT_RATES
from extraction.parse.amounts import find_amounts, number_str
from extraction.parse.rates import RATE_PERCENT, RATE_PERCENT_3DP, TAX_WORD
from extraction.parse.text import fold
from extraction.result import ExtractionResult, LineItem

_RATE = RATE_PERCENT
_VAT_WORD = re.compile(r"\b(tva|vat|tax|taxe|gst|mwst|iva)\b")
_MAX_LINES = 12


def _breakdown(layouts: list[PageLayout], language: str) -> dict[Decimal, Decimal] | None:
    """rate -> base, from rows that print a rate, a base and the tax it gives."""
    bases: dict[Decimal, Decimal] = {}
    for layout in layouts:
        for row in layout.rows:
            text = row.text
            m = _RATE.search(text)
            # a row of a rate table ("Taux | Base HT | Montant TVA") starts with its rate
            # and names no tax: its base x rate = tax says what it is
            if m is None or not (_VAT_WORD.search(fold(text)) or not text[: m.start()].strip()):
                continue
            rate = Decimal(m.group(1).replace(",", "."))
            if rate not in VAT_RATES:
                continue
            amounts = [abs(v) for v, _s, _e in find_amounts(text[m.end() :], language)]
            pair = next(
                (
                    (b, t)
                    for b, t in itertools.permutations(amounts, 2)
                    if b > 0 and abs(b * rate / 100 - t) <= Decimal("0.011")
                ),
                None,
            )
            if pair is None:
                continue
            if rate in bases and bases[rate] != pair[0]:
                return None  # two bases for one rate: not a breakdown this reads
            bases[rate] = pair[0]
    return bases or None


def rates_from_breakdown(
    lines: list[LineItem], layouts: list[PageLayout], language: str
) -> list[LineItem]:
    if not lines or len(lines) > _MAX_LINES or any(li.tax_rate for li in lines):
        return lines
    if any(li.line_total is None for li in lines):
        return lines
    bases = _breakdown(layouts, language)
    if not bases or not 2 <= len(bases) <= 3:
        # one rate says nothing a line does not: the page gives no rate per line
        return lines
    rates = sorted(bases)
    totals = [abs(Decimal(li.line_total or "0")) for li in lines]
    found: tuple[Decimal, ...] | None = None
    for choice in itertools.product(rates, repeat=len(lines)):
        sums = dict.fromkeys(rates, Decimal(0))
        for rate, total in zip(choice, totals, strict=True):
            sums[rate] += total
        if all(abs(sums[r] - bases[r]) <= Decimal("0.011") for r in rates):
            if found is not None:
                return lines  # two splits fit: the breakdown does not say which line is which
            found = choice
    if found is None:
        return lines
    return [
        li.model_copy(update={"tax_rate": number_str(rate)})
        for li, rate in zip(lines, found, strict=True)
    ]


def rates_when_no_vat(result: ExtractionResult) -> None:
    """An invoice whose total tax is zero (exempt, reverse charge, outside the VAT area)
    charges no VAT on any line: every line's rate is 0. Only when the lines sum to the net
    total and the gross is the net, so the zero is the document's own, not a misread."""
    tax, net, gross = (result.fields.get(k) for k in ("total_tax", "total_net", "total_gross"))
    if tax is None or net is None or gross is None or not result.lines:
        return
    try:
        zero = Decimal(tax.value) == 0 and Decimal(net.value) == Decimal(gross.value)
        totals = [Decimal(li.line_total) if li.line_total else None for li in result.lines]
    except InvalidOperation:
        return
    if not zero or any(t is None for t in totals) or any(li.tax_rate for li in result.lines):
        return
    if abs(sum((t for t in totals if t is not None), Decimal(0)) - Decimal(net.value)) > Decimal(
        "0.011"
    ):
        return
    for li in result.lines:
        li.tax_rate = "0"


# a rate in the totals: "TVA 20 %", "VAT @ 20%", "Sales Tax (8.875%)", "MwSt. 19 %"
_SUMMARY_RATE = RATE_PERCENT_3DP


def _rate_table_row(text: str, language: str) -> Decimal | None:
    """The rate of a rate table's row that names no tax ("20 %  1 000,00  200,00" under
    "Taux  Base HT  Montant TVA"): the row starts with the rate, and two amounts after it
    are a base and the tax it gives, to the cent."""
    m = _SUMMARY_RATE.search(text)
    if m is None or text[: m.start()].strip():
        return None
    rate = Decimal(m.group(1).replace(",", "."))
    amounts = [abs(v) for v, _s, _e in find_amounts(text[m.end() :], language)]
    if any(
        b > 0 and abs(b * rate / 100 - t) <= Decimal("0.011")
        for b, t in itertools.permutations(amounts, 2)
    ):
        return rate
    return None


def rates_from_one_rate(result: ExtractionResult, layouts: list[PageLayout]) -> None:
    """A document whose totals charge tax at one rate on the whole net states that rate for
    every line (an ERP books each line with its rate): when no line prints a rate, the
    lines sum to the net total, the totals print one rate (no other, beside a tax word) and
    the tax total is the net at that rate to the cent."""
    lines = result.lines
    if not lines or any(li.tax_rate for li in lines) or any(li.line_total is None for li in lines):
        return
    net, tax = (result.fields.get(k) for k in ("total_net", "total_tax"))
    if net is None or tax is None:
        return
    try:
        net_v, tax_v = Decimal(net.value), Decimal(tax.value)
        totals = [Decimal(li.line_total or "0") for li in lines]
    except InvalidOperation:
        return
    if net_v <= 0 or abs(sum(totals, Decimal(0)) - net_v) > Decimal("0.011"):
        return
    rates: set[Decimal] = set()
    for layout in layouts:
        for row in layout.rows:
            if TAX_WORD.search(fold(row.text)):
                for m in _SUMMARY_RATE.finditer(row.text):
                    rates.add(Decimal(m.group(1).replace(",", ".")))
            elif (at_start := _rate_table_row(row.text, result.language)) is not None:
                rates.add(at_start)
    if len(rates) != 1:
        return
    (rate,) = rates
    if abs(net_v * rate / 100 - tax_v) > Decimal("0.011"):
        return
    for li in lines:
        li.tax_rate = number_str(rate)
