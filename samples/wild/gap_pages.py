"""Pages of the narrow-gap development family (``gap_families.py``, cols21).

The line table's columns are printed a few points apart, the gap drawn once a page
between 1 and 8 pt: every column but the description shrinks to its widest cell, so on
the rows whose cells fill their columns two cells stand that gap apart (a code against
the description, a quantity against its unit, a unit price against the line total, a
right-aligned number against left-aligned text). Columns in one of several orders, with
rules or without. Everything else is drawn as ``TablePage`` draws it; truth discipline as
everywhere (``printed.py``).
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.printed import Row
from samples.wild.table_pages import _NUMERIC, TablePage

GAP_RENDERERS = ("gap_narrow",)

# column orders (roles absent from a document drop out)
ORDERS: tuple[tuple[str, ...], ...] = (
    ("sku", "description", "quantity", "unit", "unit_price", "line_total"),
    ("sku", "description", "unit", "quantity", "unit_price", "line_total"),
    ("description", "sku", "quantity", "unit", "unit_price", "line_total"),
    ("quantity", "unit", "sku", "description", "unit_price", "line_total"),
    ("line_no", "sku", "description", "quantity", "unit_price", "line_total"),
    ("sku", "quantity", "unit", "description", "unit_price", "line_total"),
    ("description", "quantity", "unit", "unit_price", "tax_rate", "line_total"),
    ("line_no", "description", "sku", "unit", "quantity", "unit_price", "line_total"),
)
# how a column's cells are set: numbers right, text left, or every cell left
ALIGNS = ("numbers_right", "numbers_right", "all_left")


class GapPage(TablePage):
    """A page whose line table prints its columns a few points apart."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        for it in doc.items:
            it.discount = Decimal(0)  # every amount is quantity x price
        self.o["qty"] = "column"
        self.o["sku"] = "column"
        self.o["gap"] = rng.choice([1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
        self.o["order"] = rng.choice(ORDERS)
        self.o["align"] = rng.choice(ALIGNS)
        self.o["upper_units"] = rng.random() < 0.3

    def roles(self) -> list[str]:
        d = self.d
        skip = set()
        if not any(it.sku for it in d.items):
            skip.add("sku")
        if not any(it.unit for it in d.items):
            skip.add("unit")
        if not d.priced:
            skip |= {"unit_price", "line_total", "tax_rate"}
        if "tax_rate" in self.o["order"] and (
            d.sales_tax is not None or any(it.tax_rate is None for it in d.items)
        ):
            skip.add("tax_rate")
        return [r for r in self.o["order"] if r not in skip]

    def gap_value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "unit":
            if not it.unit:
                return ""
            u = it.unit.upper() if self.o["upper_units"] else it.unit
            return row.put("unit", u, u)
        if role == "sku" and not it.sku:
            return ""
        return self.value(role, it, n, row)

    def table(self) -> str:
        roles = self.roles()
        numeric = set() if self.o["align"] == "all_left" else _NUMERIC - {"code"}
        body = self.item_rows(roles, self.gap_value, numeric)
        return self.wrap(self.th_row(roles, numeric=numeric), body)

    def css(self) -> str:
        return super().css() + self.narrow_css("gap_narrow", 1.5, (".c-description",))

    def narrow_css(self, name: str, pad: float, wide: tuple[str, ...]) -> str:
        """The cells of table ``name`` ``self.o["gap"]`` points apart, each column as narrow
        as its cells but the ``wide`` ones, which wrap: the gap sits on a cell's right; the
        last column's right is the table's edge."""
        gap = self.o["gap"]
        wrapped = ", ".join(f"table.{name} {cls}" for cls in wide)
        return f"""
table.{name} td, table.{name} th {{ padding: {pad}pt {gap}pt {pad}pt 0;
  border-left: none; border-right: none; white-space: nowrap; width: 1%; }}
table.{name} td:last-child, table.{name} th:last-child {{ padding-right: 0; }}
{wrapped} {{ white-space: normal; width: auto; }}
table.{name} th {{ text-align: left; }}
table.{name} th.num {{ text-align: right; }}
"""
