"""Pages of the tight-column development families (``cols22_families.py``, issue 20).

Line tables as ERPs, accounting packages, e-shops and office templates print them when
the table has more columns than room: cells padded by half a point to three points, so
that a right-aligned number stands one or two spaces from the left-aligned text beside
it, and on the rows whose cells fill their columns two cells are no farther apart than
two words. On top of ``gap_narrow``'s columns:

- the unit glued to the quantity in one cell ("12 pcs", "12pcs", "12 PCE");
- the article code in the description's cell, two spaces before the text ("AB-1200  Vis");
- wide tables of 9 or 10 columns: an EAN column (13 digits: beside an article code a
  column of its own, alone the line's code), a discount % column, a VAT category column (a
  letter, the rate in a legend);
- narrow and condensed fonts, small sizes.

The families draw these options with different weights; ``cols22_glue`` and
``cols22_wide`` are for tuning, ``cols22_erp`` and ``cols22_shop`` are kept aside to
report on (their column orders and fonts are their own). Truth discipline as everywhere
(``printed.py``).
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import TAX_RATES, Doc, Item
from samples.wild.families import Family
from samples.wild.gap_pages import GapPage
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import _NUMERIC

COLS22_RENDERERS = ("cols22_glue", "cols22_wide", "cols22_erp", "cols22_shop")

# column orders per family (roles absent from a document drop out)
_ORDERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "cols22_glue": (
        ("sku", "description", "qty_unit", "unit_price", "line_total"),
        ("line_no", "sku_desc", "qty_unit", "unit_price", "line_total"),
        ("sku", "description", "qty_unit", "unit_price", "tax_rate", "line_total"),
        ("qty_unit", "sku", "description", "unit_price", "line_total"),
    ),
    "cols22_wide": (
        (
            "line_no",
            "sku",
            "ean",
            "description",
            "quantity",
            "unit",
            "unit_price",
            "discount",
            "code",
            "line_total",
        ),
        (
            "sku",
            "description",
            "ean",
            "quantity",
            "unit",
            "unit_price",
            "discount",
            "tax_rate",
            "line_total",
        ),
        (
            "line_no",
            "sku",
            "description",
            "qty_unit",
            "unit_price",
            "discount",
            "code",
            "line_total",
        ),
    ),
    "cols22_erp": (
        (
            "line_no",
            "ean",
            "sku",
            "description",
            "unit",
            "quantity",
            "unit_price",
            "discount",
            "tax_rate",
            "line_total",
        ),
        (
            "sku_desc",
            "ean",
            "qty_unit",
            "unit_price",
            "discount",
            "code",
            "line_total",
        ),
        (
            "line_no",
            "sku",
            "description",
            "quantity",
            "unit",
            "discount",
            "unit_price",
            "line_total",
            "code",
        ),
    ),
    "cols22_shop": (
        ("description", "sku", "qty_unit", "unit_price", "line_total"),
        ("sku_desc", "quantity", "unit_price", "tax_rate", "line_total"),
        ("description", "ean", "quantity", "unit", "unit_price", "discount", "line_total"),
    ),
}

_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "ean": ["EAN", "Code EAN", "GTIN"],
        "discount": ["Rem. %", "Remise", "Rem.", "% rem."],
        "qty_unit": ["Qté", "Quantité", "Qté / U"],
        "sku_desc": ["Article", "Réf. / Désignation", "Code Désignation"],
    },
    "en": {
        "ean": ["EAN", "EAN code", "GTIN"],
        "discount": ["Disc. %", "Discount", "Disc."],
        "qty_unit": ["Qty", "Quantity", "Qty / UoM"],
        "sku_desc": ["Item", "Item / Description", "Code Description"],
    },
}

# how the unit follows the quantity in one cell: a space, nothing, or upper case
_GLUES = ("space", "space", "none", "upper")


def _ean(rng: random.Random) -> str:
    """A 13-digit EAN with its check digit."""
    body = [rng.randrange(10) for _ in range(12)]
    body[0] = rng.choice([3, 4, 5, 7, 8, 9])
    total = sum(d * (3 if k % 2 else 1) for k, d in enumerate(body))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


class Cols22Page(GapPage):
    """A page whose line table prints many columns a point or two apart."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        name = fam.renderer
        self.o["order"] = rng.choice(_ORDERS[name])
        self.o["gap"] = rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
        self.o["glue"] = rng.choice(_GLUES)
        self.o["eans"] = [_ean(rng) for _ in doc.items]
        # a table whose only code column is the bar code: the EAN is the line's code (the
        # reader's rule too), and no other code is printed on the row
        self.o["ean_code"] = "ean" in self.o["order"] and "sku" not in self.o["order"]
        if "discount" in self.o["order"]:
            for it in doc.items:
                if rng.random() < 0.5:
                    it.discount = Decimal(rng.choice(["5", "10", "15", "2.5", "20"]))
        rates = sorted({Decimal(r) for r in TAX_RATES.get(doc.region, ["20"])})
        if "code" in self.o["order"] and doc.sales_tax is None and len(rates) > 1:
            for it in doc.items:
                if it.tax_rate is not None and rng.random() < 0.3:
                    it.tax_rate = rng.choice(rates)

    def head(self, role: str) -> str:
        if role in _WORDS[self.lang]:
            return self.drawn_once(f"__c22_{role}", _WORDS[self.lang][role])
        return super().head(role)

    def roles(self) -> list[str]:
        d = self.d
        skip = set()
        if not any(it.sku for it in d.items):
            skip.add("sku")
        if not any(it.unit for it in d.items):
            skip.add("unit")
        if not d.priced:
            skip |= {"unit_price", "line_total", "tax_rate", "discount", "code"}
        if not any(it.discount for it in d.items):
            skip.add("discount")
        if d.sales_tax is not None or any(it.tax_rate is None for it in d.items):
            skip |= {"tax_rate", "code"}
        return [r for r in self.o["order"] if r not in skip]

    def gap_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s = self.s
        if role == "ean":
            ean = self.o["eans"][n - 1]
            return row.put("sku", ean, ean) if self.o["ean_code"] else ean
        if role == "discount":
            return esc(s.rate(it.discount)) if it.discount else ""
        if role == "qty_unit":
            q = esc(
                row.put("quantity", format(it.quantity.normalize(), "f"), s.quantity(it.quantity))
            )
            if not it.unit:
                return q
            glue = self.o["glue"]
            u = it.unit.upper() if glue == "upper" else it.unit
            u = esc(row.put("unit", u, u))
            return f"{q}{u}" if glue == "none" else f"{q} {u}"
        if role == "sku_desc":
            text = esc(row.put("description", it.full_description, it.full_description))
            if not it.sku or self.o["ean_code"]:
                return text
            return f"{esc(row.put('sku', it.sku, it.sku))}&nbsp;&nbsp;{text}"
        return super().gap_value(role, it, n, row)

    def table(self) -> str:
        roles = self.roles()
        numeric = set() if self.o["align"] == "all_left" else (_NUMERIC - {"code"}) | {"qty_unit"}
        body = self.item_rows(roles, self.gap_value, numeric)
        legend = ""
        if "code" in roles:
            m = ", ".join(f"{c} = {self.s.rate(r)}" for r, c in self._codes().items())
            legend = f"<div class='legend'>{esc(self.word('legend', m=m))}</div>"
        return self.wrap(self.th_row(roles, numeric=numeric), body) + legend

    def css(self) -> str:
        wide = (".c-description", ".c-sku_desc")
        return super().css() + self.narrow_css(self.f.renderer, 1.2, wide)
