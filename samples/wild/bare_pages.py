"""Pages of the bare-table development families (``bare_families.py``): line tables that
no header word finds, a header row of words no reader knows, or none, or the quantity
first (in a column left of the text, or merged into it).

Everything but the line table is drawn as the block families draw it (``Page``, through
``TablePage``); truth discipline as everywhere (``printed.py``): every truth value goes
through ``Row.put``.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

BARE_RENDERERS = ("tbl_nohead", "tbl_oddhead", "tbl_qtylead")

# column names no reader's vocabulary holds (checked against the sealed wordings by the
# tests); one drawn per document and role
ODD_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "line_no": ["Rang", "Ordre", ""],
        "sku": ["Repère", "Modèle"],
        "description": ["Objet", "Fourniture", "Nature"],
        "quantity": ["Combien", "Pièces"],
        "unit": ["Cond.", ""],
        "unit_price": ["Coût", "Chaque", "La pièce"],
        "discount": ["Geste", "Abatt."],
        "line_total": ["Somme", "Valeur", "Coût total"],
    },
    "en": {
        "line_no": ["Seq", "Order", ""],
        "sku": ["Model", "Stock ident"],
        "description": ["Particulars", "Wording", "Nature"],
        "quantity": ["Count", "Pieces", "How many"],
        "unit": ["Pack", ""],
        "unit_price": ["Each", "Cost", "Per piece"],
        "discount": ["Less", "Off"],
        "line_total": ["Sum", "Value", "Worth"],
    },
}

_NUMERIC = {"line_no", "quantity", "unit_price", "discount", "line_total"}


class BarePage(TablePage):
    """A block-family page whose line table no header word finds."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        # a discount is printed in a column of its own or not at all (then there is none)
        self.o["discount_col"] = doc.priced and rng.random() < 0.35
        for it in doc.items:
            it.discount = Decimal(0)
            if self.o["discount_col"] and rng.random() < 0.5:
                it.discount = Decimal(rng.choice([5, 10, 15, 20, 2.5]))
        self.o["merged"] = fam.renderer == "tbl_qtylead" and rng.random() < 0.5
        self.o["times"] = rng.choice(["{q} x ", "{q} × ", "{q}  "])
        self.o["caption"] = rng.random() < 0.5  # tbl_qtylead: one caption over the text

    def odd(self, role: str) -> str:
        return self.drawn_once(f"__odd_{role}", ODD_WORDS[self.lang][role])

    def bare_roles(self) -> list[str]:
        d, extras = self.d, self.o["extras"]
        roles: list[str] = ["line_no"] if "line_no" in extras else []
        if self.f.renderer == "tbl_qtylead":
            roles += [] if self.o["merged"] else ["quantity"]
            if "unit" in extras and not self.o["merged"]:
                roles.append("unit")
            roles += (["sku"] if self.o["sku"] == "column" else []) + ["description"]
        else:
            roles += (["sku"] if self.o["sku"] == "column" else []) + ["description", "quantity"]
            if "unit" in extras:
                roles.append("unit")
        if d.priced:
            roles.append("unit_price")
            if self.o["discount_col"]:
                roles.append("discount")
            roles.append("line_total")
        return roles

    def bare_value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description" and self.o["merged"]:
            q = esc(row.put("quantity", _qty(it), self.s.quantity(it.quantity)))
            return self.o["times"].replace("{q}", q) + self.desc(it, row)
        if role == "discount":
            return esc(self.s.rate(it.discount)) if it.discount else ""
        return self.value(role, it, n, row)

    def bare_head(self, roles: list[str]) -> str:
        if self.f.renderer == "tbl_nohead":
            return ""
        if self.f.renderer == "tbl_qtylead":
            if not self.o["caption"]:
                return ""
            word = esc(self.odd("description"))
            ths = "".join(
                f"<th class='c-{r}'>{word if r == 'description' else ''}</th>" for r in roles
            )
            return f"<tr class='head'>{ths}</tr>"
        return self.th_row(roles, self.odd, _NUMERIC)

    def table(self) -> str:
        roles = self.bare_roles()
        body = self.item_rows(roles, self.bare_value, _NUMERIC)  # drawn before the header's words
        return self.wrap(self.bare_head(roles), body)

    def css(self) -> str:
        return (
            super().css()
            + """
table.tbl_nohead th, table.tbl_qtylead th { font-weight: normal; }
table.tbl_nohead td, table.tbl_qtylead td { padding: 1.5pt 8pt 1.5pt 0; }
table.items td.c-line_no { text-align: right; }
"""
        )


def _qty(it: Item) -> str:
    return format(it.quantity.normalize(), "f")
