"""The ground truth is what the templates print, recorded at the moment they print it.

A template never writes a field's value straight into the page: it asks ``Printed.put``,
which records the normalised value (the truth) and the exact text shown. A field that no
template printed is absent from the truth; a field printed twice must agree with itself.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


class TruthConflict(RuntimeError):
    """A template printed two different values for one field: a generator bug."""


LINE_KEYS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")


@dataclass
class Row:
    values: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)

    def put(self, key: str, truth: str, shown: str) -> str:
        assert key in LINE_KEYS, key
        if truth != "":
            self.values[key] = truth
            self.shown[key] = shown
        return shown


@dataclass
class Printed:
    fields: dict[str, str] = field(default_factory=dict)
    shown: dict[str, list[str]] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    references: list[dict[str, str]] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    sums: dict[str, list[str]] = field(default_factory=dict)
    # the VAT rates the totals print (rate -> the base printed beside it, or None)
    summary_rates: dict[Decimal, Decimal | None] = field(default_factory=dict)

    def put(self, name: str, truth: str, shown: str) -> str:
        """Record that ``shown`` was printed as field ``name`` (normalised ``truth``)."""
        old = self.fields.get(name)
        if old is not None and old != truth:
            raise TruthConflict(f"{name}: printed as {old!r} and as {truth!r}")
        self.fields[name] = truth
        seen = self.shown.setdefault(name, [])
        if shown not in seen:
            seen.append(shown)
        return shown

    def put_sum(self, name: str, truth: str, parts: list[str]) -> None:
        """Record field ``name`` as the sum of printed ``parts`` the page shows instead of it.

        A page that prints one VAT amount per rate and no total tax still states its total
        tax: their sum (the convention of the truth, issue 20); ``check`` finds each part."""
        old = self.fields.get(name)
        if old is not None and old != truth:
            raise TruthConflict(f"{name}: printed as {old!r} and summed as {truth!r}")
        self.fields[name] = truth
        self.sums[name] = list(parts)

    def summary_rate(self, rate: Decimal, base: Decimal | None = None) -> None:
        """Record that the totals print VAT at ``rate`` (with the ``base`` it is charged on
        beside it, if printed)."""
        self.summary_rates[rate] = base

    def row(self) -> Row:
        self.rows.append(Row())
        return self.rows[-1]

    def reference(self, number: str, amount: str) -> None:
        self.references.append({"doc_type": "invoice", "number": number, "amount": amount})

    def _stated_rates(self) -> list[str] | None:
        """Each row's VAT rate as the totals state it when no row prints its own (the
        convention of the truth, issue 20: an ERP books every line with its rate, and the
        document states it): a summary of one rate charged on the whole net states it for
        every row; a summary printing each rate with its base states a row's rate when
        exactly one way of giving the rows those rates sums to every base. None otherwise."""
        if not self.rows or any("tax_rate" in r.values for r in self.rows):
            return None
        if any("line_total" not in r.values for r in self.rows):
            return None
        totals = [abs(Decimal(r.values["line_total"])) for r in self.rows]
        rates = sorted(self.summary_rates)
        if len(rates) == 1:
            net, tax = self.fields.get("total_net"), self.fields.get("total_tax")
            if net is None or tax is None or abs(sum(totals) - Decimal(net)) > Decimal("0.011"):
                return None
            if abs(Decimal(net) * rates[0] / 100 - Decimal(tax)) > Decimal("0.011"):
                return None
            return [_rate_str(rates[0])] * len(self.rows)
        bases = {r: b for r, b in self.summary_rates.items() if b is not None}
        if not 2 <= len(rates) <= 3 or len(bases) != len(rates) or len(self.rows) > 12:
            return None
        found: tuple[Decimal, ...] | None = None
        for choice in itertools.product(rates, repeat=len(self.rows)):
            sums = dict.fromkeys(rates, Decimal(0))
            for rate, total in zip(choice, totals, strict=True):
                sums[rate] += total
            if all(abs(sums[r] - bases[r]) <= Decimal("0.011") for r in rates):
                if found is not None:
                    return None  # two ways fit: the summary does not say which row is which
                found = choice
        return None if found is None else [_rate_str(r) for r in found]

    def truth(self, **extra: Any) -> dict[str, Any]:
        stated = self._stated_rates()
        lines = [dict(r.values) for r in self.rows]
        if stated is not None:
            for line, rate in zip(lines, stated, strict=True):
                line["tax_rate"] = rate
        return {
            "fields": {k: {"value": v} for k, v in self.fields.items()},
            "lines": lines,
            "references": list(self.references),
            **extra,
            "printed_as": {
                "fields": {k: v for k, v in self.shown.items()},
                "sums": {k: v for k, v in self.sums.items()},
                "lines": [dict(r.shown) for r in self.rows],
                # the rates the totals print, that state rows' rates no row prints
                "summary_rates": [_rate_str(r) for r in sorted(self.summary_rates)]
                if stated is not None
                else [],
            },
        }


def _rate_str(rate: Decimal) -> str:
    text = format(rate.normalize(), "f")
    return text
