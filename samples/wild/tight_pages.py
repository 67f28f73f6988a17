"""Pages of the tight-columns development family (``tight_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``; the description
is the item's whole text (its detail wrapped on with it), without the code or the unit
printed in the columns set tight against it.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import _NUMERIC, CodePage

TIGHT_RENDERERS = ("tbl_tight",)

# which narrow columns stand tight against the description (a unit on the left stands
# after the quantity, a code on the right before it)
SIDES = ("code_left", "unit_right", "both", "unit_left", "code_right")
TIGHT_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "desc_head": ["Nature de l'article", "Texte article", "Bien livré"],
        "unit_head": ["Unité", "U.", "UV"],
        "code_head": ["Code interne", "N° interne", "Code"],
    },
    "en": {
        "desc_head": ["Goods supplied", "Article text", "Supply item"],
        "unit_head": ["Unit", "UoM", "U/M"],
        "code_head": ["Stock number", "Stock no.", "Code"],
    },
}


class TightPage(CodePage):
    """A page whose description column is set tight between a code and a unit column."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        for it in doc.items:
            it.discount = Decimal(0)  # no discount column: every amount is quantity x price
        side = rng.choice(SIDES)
        if not any(it.sku for it in doc.items) and side.startswith(("code", "both")):
            side = "unit_right"
        self.o["side"] = side
        self.o["pad"] = rng.choice([1.0, 1.5, 2.0, 2.5])
        self.o["desc_width"] = rng.choice([20, 24, 28, 32])
        self.o["detail_br"] = rng.random() < 0.4
        self.o["upper_units"] = rng.random() < 0.25
        # a unit column set left, centred or right: its words start at one x, or not
        self.o["unit_align"] = rng.choice(["left", "left", "center", "right"])

    def tight_word(self, key: str) -> str:
        return self.drawn_once(f"__tight_{key}", TIGHT_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        if role in ("description", "unit"):
            return self.tight_word(f"{'desc' if role == 'description' else 'unit'}_head")
        if role == "sku":
            return self.tight_word("code_head")
        return super().head(role)

    def tight_value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description":
            row.put("description", it.full_description, it.full_description)
            text = esc(it.description)
            if it.detail:
                sep = "<br>" if self.o["detail_br"] else " "
                text += f"{sep}{esc(it.detail)}"
            return text
        if role == "unit":
            if not it.unit:
                return ""
            u = it.unit.upper() if self.o["upper_units"] else it.unit
            return esc(row.put("unit", u, u))
        if role == "sku":
            return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
        return self.cell(role, it, n, row)

    def table(self) -> str:
        side = self.o["side"]
        units = any(it.unit for it in self.d.items)
        roles: list[str] = []
        if "line_no" in self.o["extras"] and self.rng.random() < 0.5:
            roles.append("line_no")
        if side in ("code_left", "both"):
            roles.append("sku")
        if side == "unit_left" and units:
            roles += ["quantity", "unit", "description"]
        elif side in ("unit_right", "both") and units:
            roles += ["description", "unit", "quantity"]
        else:
            roles.append("description")
            if side == "code_right":
                roles.append("sku")
            roles.append("quantity")
            if units and "unit" in self.o["extras"]:
                roles.append("unit")
        roles += self.price_roles()
        numeric = _NUMERIC - {"code"}
        body = self.item_rows(roles, self.tight_value, numeric)
        return self.wrap(self.th_row(roles, numeric=numeric), body)

    def css(self) -> str:
        pad, width = self.o["pad"], self.o["desc_width"]
        return (
            super().css()
            + f"""
table.tbl_tight td, table.tbl_tight th {{ padding: 1.5pt {pad}pt; border-left: none;
  border-right: none; }}
table.tbl_tight .c-description {{ width: {width}%; }}
table.tbl_tight .c-sku, table.tbl_tight .c-unit {{ width: 1%; white-space: nowrap;
  text-align: left; }}
table.tbl_tight td.c-unit {{ text-align: {self.o["unit_align"]}; }}
"""
        )
