"""The ground truth is what the templates print, recorded at the moment they print it.

A template never writes a field's value straight into the page: it asks ``Printed.put``,
which records the normalised value (the truth) and the exact text shown. A field that no
template printed is absent from the truth; a field printed twice must agree with itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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

    def row(self) -> Row:
        self.rows.append(Row())
        return self.rows[-1]

    def reference(self, number: str, amount: str) -> None:
        self.references.append({"doc_type": "invoice", "number": number, "amount": amount})

    def truth(self, **extra: Any) -> dict[str, Any]:
        return {
            "fields": {k: {"value": v} for k, v in self.fields.items()},
            "lines": [dict(r.values) for r in self.rows],
            "references": list(self.references),
            **extra,
            "printed_as": {
                "fields": {k: v for k, v in self.shown.items()},
                "sums": {k: v for k, v in self.sums.items()},
                "lines": [dict(r.shown) for r in self.rows],
            },
        }
