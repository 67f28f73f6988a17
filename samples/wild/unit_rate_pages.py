"""Pages of the unit and line-rate development family (``unit_rate_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. The unit is the
row's ``unit`` wherever it is printed (after the quantity or the price in their cells, in
the quantity's header once for every row, in a column of its own); the description is the
item's text without it. A row printing a VAT key has the rate the key list under the
table gives that key; a rate printed once over the table for every line is every row's.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import TAX_RATES, Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import _NUMERIC, CodePage, _qty

UNIT_RATE_RENDERERS = ("tbl_unit_rate",)

# short forms of units, drawn in place of the items' own words (one form an item word)
SHORT_UNITS = (
    "U", "u.", "pce", "pc", "ea", "EA", "ctn", "rl", "ml", "m²", "m2", "l", "kg", "h",
    "j", "forfait", "lot", "jour", "heure", "box", "set", "Pce", "un.", "Stk",
)  # fmt: skip
# where the unit is printed
UNIT_MODES = (
    "qty_space",  # quantity cell "12 pce"
    "qty_glued",  # quantity cell "12pce"
    "price_per",  # price cell "4,20 €/kg", "4,20 / kg"
    "head_once",  # quantity header "Qté (m)", the same unit on every row
    "bare_col",  # a narrow column after the quantity with no header
    "col_first",  # quantity, unit, then the description
    "after_desc",  # a column right after the description under a word no reader knows
)
# where the line's VAT rate is printed
RATE_MODES = ("code_legend", "bare_col", "pct_col", "once", "none")
UNIT_RATE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "unit_head": ["Cond.", "Emb.", "Conditionnement", "UM"],
        "qty_head": ["Qté ({u})", "Quantité ({u})", "Qté en {u}"],
        "rate_head": ["TVA", "Taux TVA", "% TVA", "TVA %", "Tx TVA"],
        "code_head": ["TVA", "Cd. TVA", "T"],
        "legend": ["{c} = {r}", "({c}) TVA {r}", "Code {c} : {r}", "{c} : TVA à {r}"],
        "once": [
            "TVA appliquée à toutes les lignes : {r}",
            "Toutes les lignes au taux de TVA de {r}",
            "Taux de TVA unique : {r}",
        ],
        "per": ["/{u}", " / {u}", " par {u}", "/{u}"],
    },
    "en": {
        "unit_head": ["Pack", "Packing", "UoM", "Measure"],
        "qty_head": ["Qty ({u})", "Quantity ({u})", "Qty in {u}"],
        "rate_head": ["VAT", "Tax", "VAT %", "Tax %", "VAT rate"],
        "code_head": ["VAT", "VAT key", "T"],
        "legend": ["{c} = {r}", "({c}) VAT {r}", "Code {c}: {r}", "{c}: VAT at {r}"],
        "once": [
            "Every line bears VAT at {r}",
            "All lines carry VAT at {r}",
            "Single VAT rate: {r}",
        ],
        "per": ["/{u}", " / {u}", " per {u}", "/{u}"],
    },
}
CODE_SETS = (("A", "B", "C"), ("1", "2", "3"), ("S", "R", "Z"), ("T1", "T2", "T3"))


class UnitRatePage(CodePage):
    """A page whose line table prints units and line rates in less usual places."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        unit_mode = rng.choice(UNIT_MODES)
        forms = list(SHORT_UNITS)
        rng.shuffle(forms)
        if unit_mode == "head_once":
            one = rng.choice(forms)
            for it in doc.items:
                it.unit = one
        else:
            mapping: dict[str, str] = {}
            for it in doc.items:
                if it.unit:
                    it.unit = mapping.setdefault(it.unit, forms[len(mapping) % len(forms)])
        for it in doc.items:
            it.discount = Decimal(0)
        rate_mode = rng.choice(RATE_MODES) if doc.sales_tax is None else "none"
        rates = sorted({Decimal(r) for r in TAX_RATES.get(doc.region, ["20"])})
        if rate_mode == "code_legend" and len(rates) > 1:
            for it in doc.items:
                if rng.random() < 0.4:
                    it.tax_rate = rng.choice(rates)
        if rate_mode == "once":
            first = doc.items[0].tax_rate
            for it in doc.items:
                it.tax_rate = first
        self.o["unit_mode"] = unit_mode
        self.o["rate_mode"] = rate_mode
        self.o["codes"] = rng.choice(CODE_SETS)
        self.o["bare_places"] = rng.choice((0, 1, 2))
        self.o["per"] = rng.choice(UNIT_RATE_WORDS[self.lang]["per"])
        self.o["per_cur"] = rng.random() < 0.5

    def ur_word(self, key: str) -> str:
        return self.drawn_once(f"__ur_{key}", UNIT_RATE_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        mode = self.o["unit_mode"]
        if role == "unit":
            return "" if mode == "bare_col" else self.ur_word("unit_head")
        if role == "quantity" and mode == "head_once" and self.d.items[0].unit:
            return self.ur_word("qty_head").replace("{u}", self.d.items[0].unit)
        if role == "tax_rate":
            return self.ur_word("rate_head")
        if role == "code":
            return self.ur_word("code_head")
        return super().head(role)

    def _unit(self, it: Item, row: Row) -> str:
        return esc(row.put("unit", it.unit, it.unit))

    def _rate_codes(self) -> dict[Decimal, str]:
        rates = sorted({i.tax_rate for i in self.d.items if i.tax_rate is not None}, reverse=True)
        return {r: self.o["codes"][k] for k, r in enumerate(rates)}

    def ur_value(self, role: str, it: Item, n: int, row: Row) -> str:
        mode, s = self.o["unit_mode"], self.s
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        if role == "sku":
            return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
        if role == "quantity":
            q = esc(row.put("quantity", _qty(it), s.quantity(it.quantity)))
            if it.unit and mode == "qty_space":
                return f"{q} {self._unit(it, row)}"
            if it.unit and mode == "qty_glued":
                return f"{q}{self._unit(it, row)}"
            if it.unit and mode == "head_once":
                row.put("unit", it.unit, it.unit)
            return q
        if role == "unit":
            return self._unit(it, row) if it.unit else ""
        if role == "unit_price" and mode == "price_per" and it.unit:
            places = max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]
            shown = s.money(it.unit_price, with_currency=self.o["per_cur"], places=places)
            price = esc(row.put("unit_price", str(it.unit_price), shown))
            per = esc(self.o["per"]).replace("{u}", self._unit(it, row))
            return f"{price}{per}"
        if role == "tax_rate":
            assert it.tax_rate is not None
            rate = format(it.tax_rate.normalize(), "f")
            if self.o["rate_mode"] == "bare_col":
                exp = -it.tax_rate.normalize().as_tuple().exponent  # type: ignore[operator]
                shown = s.number(it.tax_rate, max(self.o["bare_places"], exp))
                return esc(row.put("tax_rate", rate, shown))
            return esc(row.put("tax_rate", rate, s.rate(it.tax_rate)))
        if role == "code":
            assert it.tax_rate is not None
            rate = format(it.tax_rate.normalize(), "f")
            row.put("tax_rate", rate, s.rate(it.tax_rate))
            return self._rate_codes()[it.tax_rate]
        if role == "line_total" and self.o["rate_mode"] == "once":
            assert it.tax_rate is not None
            row.put("tax_rate", format(it.tax_rate.normalize(), "f"), s.rate(it.tax_rate))
        return self.cell(role, it, n, row)

    def table(self) -> str:
        d, mode, rate_mode = self.d, self.o["unit_mode"], self.o["rate_mode"]
        units = any(it.unit for it in d.items)
        roles: list[str] = []
        if "line_no" in self.o["extras"]:
            roles.append("line_no")
        if any(it.sku for it in d.items):
            roles.append("sku")
        if mode == "col_first" and units:
            roles += ["quantity", "unit", "description"]
        else:
            roles.append("description")
            if mode == "after_desc" and units:
                roles.append("unit")
            roles.append("quantity")
            if mode == "bare_col" and units:
                roles.append("unit")
        legend, over = "", ""
        if d.priced:
            roles.append("unit_price")
            if rate_mode in ("bare_col", "pct_col"):
                roles.append("tax_rate")
            elif rate_mode == "code_legend":
                roles.append("code")
                parts = [
                    self.ur_word("legend").replace("{c}", c).replace("{r}", self.s.rate(r))
                    for r, c in self._rate_codes().items()
                ]
                legend = f"<div class='legend'>{esc('   '.join(parts))}</div>"
            elif rate_mode == "once":
                rate = d.items[0].tax_rate
                assert rate is not None
                text = self.ur_word("once").replace("{r}", self.s.rate(rate))
                over = f"<div class='legend'>{esc(text)}</div>"
            roles.append("line_total")
        numeric = _NUMERIC | {"unit"} if mode == "bare_col" else _NUMERIC
        body = self.item_rows(roles, self.ur_value, numeric)
        return over + self.wrap(self.th_row(roles, numeric=numeric), body) + legend

    def css(self) -> str:
        return super().css() + ".legend { font-size: 0.85em; margin: 1mm 0 3mm 0; }\n"
