"""Pages of the loose code and unit development families (``cell_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``; the code is the
row's ``sku`` without the brackets, dash, slash or colon printed around it, the unit the
row's ``unit`` wherever it is printed, the description the text without either.
"""

from __future__ import annotations

import random

from samples.wild.apart_pages import ApartPage
from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import _letters, _qty

CELL_RENDERERS = ("tbl_code_loose", "tbl_unit_loose", "tbl_code_apart")

# where tbl_code_loose prints the code in the description cell
LOOSE_PLACES = (
    "tail_dash",  # "Widget – ab-1234"
    "tail_slash",  # "Widget / X200/4B"
    "lead_colon",  # "4711-203-01: Widget"
    "lineno_lead",  # "3  AB1234 Widget" (no line-number column)
    "lead_paren",  # "(AB1234) Widget"
    "last_line",  # "Widget" / detail / "[AB1234]"
)
# code shapes the other families do not draw
LOOSE_SHAPES = ("lower_dash", "slashed", "three_groups", "mixed", "letters_dash")
# how tbl_unit_loose prints the unit (and maybe the quantity)
UNIT_MODES = (
    "glued",  # quantity cell "12pcs"
    "under",  # quantity cell "12" over "pcs"
    "desc_paren",  # "Widget (box)"
    "desc_dash",  # "Widget – box"
    "unknown_col",  # a unit column under a header word no reader knows
    "times_col",  # quantity "3 x", the unit in such a column
    "desc_qty_tail",  # "Widget – 12 pcs", no quantity column
)
LOOSE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {"unit_head": ["Cond.", "Colisage", "Emb."]},
    "en": {"unit_head": ["Pack", "Packing", "Measure"]},
}


def draw_loose_code(rng: random.Random, shape: str) -> str:
    """An article code of ``shape``."""
    if shape == "lower_dash":
        return f"{_letters(rng, rng.choice([2, 3])).lower()}-{rng.randint(1000, 99999)}"
    if shape == "slashed":
        return f"{_letters(rng, 1)}{rng.randint(100, 999)}/{rng.randint(1, 9)}{_letters(rng, 1)}"
    if shape == "three_groups":
        return f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    if shape == "mixed":
        return f"{rng.randint(1, 9)}{_letters(rng, 2)}{rng.randint(100, 9999)}{_letters(rng, 1)}"
    return f"{_letters(rng, 3)}-{rng.randint(100, 9999)}"


class CellPage(ApartPage):
    """A page whose line table prints the code or the unit loose in another cell."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        shape = rng.choice(LOOSE_SHAPES)
        if fam.renderer == "tbl_code_loose":
            for it in doc.items:
                if it.sku is not None:
                    it.sku = draw_loose_code(rng, shape)
        self.o["place"] = rng.choice(LOOSE_PLACES)
        self.o["tail_dash"] = rng.choice([" – ", " - "])
        self.o["unit_mode"] = rng.choice(UNIT_MODES)
        self.o["upper_units"] = rng.random() < 0.3

    def head(self, role: str) -> str:
        if role == "unit" and self.o["unit_mode"] in ("unknown_col", "times_col"):
            return self.drawn_once("__loose_unit_head", LOOSE_WORDS[self.lang]["unit_head"])
        return super().head(role)

    def table(self) -> str:
        if self.f.renderer == "tbl_code_apart":
            return self.apart_table()
        if self.f.renderer == "tbl_code_loose":
            return self.loose_code_table()
        return self.loose_unit_table()

    # tbl_code_loose ----------------------------------------------------------------------
    def loose_code_text(self, it: Item, n: int, row: Row) -> str:
        text = esc(row.put("description", it.full_description, it.description))
        detail = f"<br><span class='detail'>{esc(it.detail)}</span>" if it.detail else ""
        place = self.o["place"]
        lead = f"<span class='cd'>{n}&nbsp;&nbsp;</span>" if place == "lineno_lead" else ""
        if not it.sku:
            return lead + text + detail
        code = f"<span class='cd'>{esc(row.put('sku', it.sku, it.sku))}</span>"
        if place == "tail_dash":
            return f"{text}{esc(self.o['tail_dash'])}{code}{detail}"
        if place == "tail_slash":
            return f"{text} / {code}{detail}"
        if place == "lead_colon":
            return f"{code}: {text}{detail}"
        if place == "lineno_lead":
            return f"{lead}{code} {text}{detail}"
        if place == "lead_paren":
            return f"({code}) {text}{detail}"
        return f"{text}{detail}<br><span class='detail'>[{code}]</span>"

    def loose_code_table(self) -> str:
        extras = self.o["extras"]
        roles = ["description", "quantity"]
        if "unit" in extras:
            roles.append("unit")
        if "line_no" in extras and self.o["place"] != "lineno_lead":
            roles = ["line_no", *roles]
        roles += self.price_roles()

        def value(r: str, it: Item, n: int, row: Row) -> str:
            if r == "description":
                return self.loose_code_text(it, n, row)
            return self.cell(r, it, n, row)

        return self.wrap(self.th_row(roles), self.item_rows(roles, value))

    # tbl_unit_loose ----------------------------------------------------------------------
    def _unit(self, it: Item, row: Row) -> str:
        u = it.unit.upper() if self.o["upper_units"] else it.unit
        return esc(row.put("unit", u, u))

    def loose_unit_value(self, role: str, it: Item, n: int, row: Row) -> str:
        mode = self.o["unit_mode"]
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.unit and mode == "desc_paren":
                text += f" ({self._unit(it, row)})"
            elif it.unit and mode == "desc_dash":
                text += f"{esc(self.o['tail_dash'])}{self._unit(it, row)}"
            elif mode == "desc_qty_tail":
                q = esc(row.put("quantity", _qty(it), self.s.quantity(it.quantity)))
                unit = f" {self._unit(it, row)}" if it.unit else ""
                text += f"{esc(self.o['tail_dash'])}{q}{unit}"
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        if role == "quantity":
            q = esc(row.put("quantity", _qty(it), self.s.quantity(it.quantity)))
            if it.unit and mode == "glued":
                return f"{q}{self._unit(it, row)}"
            if it.unit and mode == "under":
                return f"{q}<br>{self._unit(it, row)}"
            if mode == "times_col":
                return f"{q} x"
            return q
        if role == "unit":
            return self._unit(it, row) if it.unit else ""
        if role == "sku":
            return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
        return self.cell(role, it, n, row)

    def loose_unit_table(self) -> str:
        mode = self.o["unit_mode"]
        roles: list[str] = []
        if "line_no" in self.o["extras"]:
            roles.append("line_no")
        if any(it.sku for it in self.d.items):
            roles.append("sku")
        roles.append("description")
        if mode != "desc_qty_tail":
            roles.append("quantity")
        if mode in ("unknown_col", "times_col"):
            roles.append("unit")
        roles += self.price_roles()
        return self.wrap(self.th_row(roles), self.item_rows(roles, self.loose_unit_value))
