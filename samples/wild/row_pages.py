"""Pages of the row-content development families (``row_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. A remark on a row
of its own and a cell of the column beside the description are no part of any item (no
truth); a unit printed in the description cell or the quantity's is the row's ``unit``,
and the description is the text without it and its "per" / "Unit:" words.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import CodePage, _qty

ROW_RENDERERS = ("tbl_row_notes", "tbl_row_units")

# how tbl_row_units prints the unit
ROW_UNIT_MODES = (
    "qty_space",  # quantity cell "12 pcs"
    "desc_per",  # "Widget, per box" / "Widget – par boîte"
    "desc_line",  # "Widget" over "Unit: box"
)
# where the numbers of a row stand beside a wrapped description
ROW_ALIGNS = ("top", "middle", "bottom")

ROW_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "remark": [
            "Remarque : livraison sur chantier avant {h} h",
            "Nota : prix ferme jusqu'au {d}/{m}",
            "Observation : à livrer avec la commande n° {n}",
            "Rem. : reliquat expédié sous {d} jours",
            "NB : emballage consigné, retour sous {d} jours",
        ],
        "side_head": ["Origine", "Marque", "Délai", "Provenance"],
        "side_values": ["France", "Italie", "UE", "Bosch", "Legrand", "{d} jours", "stock"],
        "vat_head": ["Tx TVA", "T.V.A.", "Code taxe", "TVA appl.", "% Taxe"],
        "per": [", par {u}", " – prix par {u}", " (vendu par {u})"],
        "unit_line": ["Unité : {u}", "Conditionnement : {u}", "U. de vente : {u}"],
    },
    "en": {
        "remark": [
            "Remark: deliver to gate {h} only",
            "Note: price fixed until {m}/{d}",
            "Comment: ship together with order no. {n}",
            "NB: rest of the goods sent in {d} days",
            "Attention: returnable crate, return within {d} days",
        ],
        "side_head": ["Origin", "Brand", "Lead time", "Made in"],
        "side_values": ["France", "Italy", "EU", "Bosch", "Makita", "{d} days", "stock"],
        "vat_head": ["Tx rate", "GST", "Tx cd %", "VAT ap.", "Tx %"],
        "per": [", per {u}", " – sold per {u}", " (priced per {u})"],
        "unit_line": ["Unit: {u}", "Sold by: {u}", "Selling unit: {u}"],
    },
}


class RowPage(CodePage):
    """A page whose line table puts a remark, a side column or the unit where other
    families do not."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["align"] = rng.choice(ROW_ALIGNS)
        self.o["remarks"] = fam.renderer == "tbl_row_notes" or rng.random() < 0.3
        self.o["side"] = fam.renderer == "tbl_row_notes" and rng.random() < 0.5
        self.o["row_vat"] = rng.random() < 0.5
        self.o["row_unit"] = rng.choice(ROW_UNIT_MODES)
        self.o["narrow"] = rng.random() < 0.6
        self.o["remark_at"] = {k for k in range(len(doc.items)) if rng.random() < 0.3}

    def row_word(self, key: str, **kw: object) -> str:
        return self.drawn_once(f"__row_{key}", ROW_WORDS[self.lang][key], **kw)

    def head(self, role: str) -> str:
        if role == "side":
            return self.row_word("side_head")
        if role == "tax_rate" and self.o["row_vat"]:
            return self.row_word("vat_head")
        return super().head(role)

    def item_roles(self) -> list[str]:
        """The columns of a plain item table: a line number if drawn, the code and the unit
        when any item has one, the description and quantity, then the prices."""
        roles: list[str] = []
        if "line_no" in self.o["extras"]:
            roles.append("line_no")
        if any(it.sku for it in self.d.items):
            roles.append("sku")
        roles += ["description", "quantity"]
        if any(it.unit for it in self.d.items):
            roles.append("unit")
        return roles + self.price_roles()

    def price_roles(self) -> list[str]:
        d = self.d
        if not d.priced:
            return []
        roles = ["unit_price"]
        if d.sales_tax is None and (self.o["row_vat"] or self.o["vat_col"]):
            roles.append("tax_rate")
        return [*roles, "line_total"]

    def _remark(self) -> str:
        rng = self.rng
        words = ROW_WORDS[self.lang]["remark"]
        return rng.choice(words).format(
            h=rng.randint(7, 11),
            d=rng.randint(2, 28),
            m=rng.randint(1, 12),
            n=rng.randint(10000, 99999),
        )

    def _side(self) -> str:
        value = self.rng.choice(ROW_WORDS[self.lang]["side_values"])
        return esc(value.format(d=self.rng.randint(2, 30)))

    def _unit(self, it: Item, row: Row) -> str:
        return esc(row.put("unit", it.unit, it.unit))

    def row_value(self, role: str, it: Item, n: int, row: Row) -> str:
        mode = self.o["row_unit"] if self.f.renderer == "tbl_row_units" else None
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.unit and mode == "desc_per":
                text += esc(self.row_word("per", u="\x00")).replace("\x00", self._unit(it, row))
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            if it.unit and mode == "desc_line":
                line = esc(self.row_word("unit_line", u="\x00"))
                text += (
                    f"<br><span class='detail'>{line.replace(chr(0), self._unit(it, row))}</span>"
                )
            return text
        if role == "quantity":
            q = esc(row.put("quantity", _qty(it), self.s.quantity(it.quantity)))
            if it.unit and mode == "qty_space":
                return f"{q} {self._unit(it, row)}"
            return q
        if role == "side":
            return self._side()
        if role == "sku":
            return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
        return self.cell(role, it, n, row)

    def table(self) -> str:
        extras = self.o["extras"]
        roles: list[str] = []
        if "line_no" in extras:
            roles.append("line_no")
        if any(it.sku for it in self.d.items):
            roles.append("sku")
        roles.append("description")
        if self.o["side"]:
            roles.append("side")
        roles.append("quantity")
        if "unit" in extras and self.f.renderer == "tbl_row_notes":
            roles.append("unit")
        roles += self.price_roles()
        body = []
        for k, it in enumerate(self.d.items):
            n = k + 1
            row = self.out.row()
            tds = self.cells(roles, it, n, row, self.row_value)
            body.append(f"<tr>{tds}</tr>")
            if self.o["remarks"] and k in self.o["remark_at"]:
                body.append(
                    f"<tr class='remark'><td colspan='{len(roles)}'>{esc(self._remark())}</td></tr>"
                )
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        narrow = "table.items td.c-description { max-width: 38mm; }" if self.o["narrow"] else ""
        return (
            super().css()
            + f"\ntable.items td {{ vertical-align: {self.o['align']}; }}\n"
            + "tr.remark td { font-style: italic; font-size: 0.9em; }\n"
            + narrow
            + "\n"
        )
