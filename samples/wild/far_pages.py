"""Pages of the far-code family ``tbl_code_far`` (``far_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. The code is the
supplier's code as printed (digit groups and their separators kept); a VAT printed as the
row's tax amount gives the row the rate the totals state for it; the unit is the row's
``unit`` wherever it is printed.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import _NUMERIC, SHAPES, CodePage, _qty, draw_code

FAR_RENDERERS = ("tbl_code_far",)

FAR_PLACEMENTS = (
    "far_right",  # the code column last, after the line total and the VAT column
    "grouped_col",  # the code column first, under a word no reader knows
    "paren_tail",  # "(code)" at the end of the description's first line
    "cur_tail",  # the code after the amount and its currency word, no header over it
)
FAR_SHAPES = ("groups_space", "groups_dot")
VAT_MODES = ("rate_far", "amount", "none")
UNIT_MODES = ("qty_decimal", "per_col", "none")

FAR_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "code_head": ["N° cat.", "Catalogue", "Nomencl.", "Fiche", ""],
        "vat_amount_head": ["TVA", "Montant TVA", "TVA ligne"],
        "vat_rate_head": ["TVA", "Tx", "%"],
        "per_head": ["/", "par", ""],
        "rates_note": ["TVA calculée ligne par ligne : {r}", "Montants de TVA aux taux de {r}"],
    },
    "en": {
        "code_head": ["Cat. no.", "Catalogue", "Nomencl.", "Sheet", ""],
        "vat_amount_head": ["VAT", "VAT amt", "Line VAT"],
        "vat_rate_head": ["VAT", "Rate", "%"],
        "per_head": ["/", "per", ""],
        "rates_note": ["VAT worked out line by line: {r}", "VAT amounts at the rates of {r}"],
    },
}
_DECIMALS = (Decimal("0.5"), Decimal("1.5"), Decimal("2.5"), Decimal("3.25"), Decimal("0.75"))


def draw_grouped(rng: random.Random, shape: str) -> str:
    """A code of digit groups: "12 345 67" (spaces) or "4.002.118" (dots)."""
    if shape == "groups_space":
        sizes = rng.choice([(2, 3, 2), (3, 3), (2, 2, 3), (3, 2, 2)])
        sep = " "
    else:
        sizes = rng.choice([(1, 3, 3), (2, 3), (3, 3, 2), (1, 3)])
        sep = "."
    groups = [
        str(rng.randint(10 ** (n - 1) if k == 0 else 0, 10**n - 1)).zfill(n)
        for k, n in enumerate(sizes)
    ]
    return sep.join(groups)


class FarPage(CodePage):
    """A page whose line table prints codes, units and line VAT in ``FAR_*`` ways."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        shape = rng.choice(FAR_SHAPES) if rng.random() < 0.75 else rng.choice(SHAPES)
        for it in doc.items:
            if it.sku is not None:
                it.sku = draw_grouped(rng, shape) if shape in FAR_SHAPES else draw_code(rng, shape)
            it.discount = Decimal(0)
        self.o["far"] = rng.choice(FAR_PLACEMENTS)
        self.o["vat_mode"] = rng.choice(VAT_MODES) if doc.sales_tax is None else "none"
        unit_mode = rng.choice(UNIT_MODES)
        if unit_mode == "qty_decimal":
            for it in doc.items:
                if it.unit and rng.random() < 0.5:
                    it.quantity = rng.choice(_DECIMALS) + rng.randint(0, 20)
        self.o["unit_mode"] = unit_mode

    def far_word(self, key: str) -> str:
        return self.drawn_once(f"__far_{key}", FAR_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        if role == "sku":
            return self.far_word("code_head")
        if role == "vat_amount":
            return self.far_word("vat_amount_head")
        if role == "tax_rate":
            return self.far_word("vat_rate_head")
        if role == "unit":
            return self.far_word("per_head")
        if role == "cur_code":
            return ""
        return super().head(role)

    def _code(self, it: Item, row: Row) -> str:
        if not it.sku:
            return ""
        return f"<span class='farcd'>{esc(row.put('sku', it.sku, it.sku))}</span>"

    def far_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s, far = self.s, self.o["far"]
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            if far == "paren_tail" and it.sku:
                text = self._after_text(it, text, f" ({self._code(it, row)})")
            return text
        if role in ("sku", "cur_code"):
            return self._code(it, row)
        if role == "quantity":
            q = esc(row.put("quantity", _qty(it), s.quantity(it.quantity)))
            if it.unit and self.o["unit_mode"] == "qty_decimal":
                return f"{q} {esc(row.put('unit', it.unit, it.unit))}"
            return q
        if role == "unit":
            return esc(row.put("unit", it.unit, it.unit)) if it.unit else ""
        if role == "line_total" and far == "cur_tail":
            shown = f"{s.number(it.total)} {self.d.currency}"
            self.out.put("currency", self.d.currency, self.d.currency)
            return esc(row.put("line_total", str(it.total), shown))
        if role == "vat_amount":
            assert it.tax_rate is not None
            row.put("tax_rate", format(it.tax_rate.normalize(), "f"), s.rate(it.tax_rate))
            tax = (it.total * it.tax_rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            return esc(s.number(tax))
        return self.cell(role, it, n, row)

    def far_roles(self) -> list[str]:
        d, far, extras = self.d, self.o["far"], self.o["extras"]
        has_code = any(it.sku for it in d.items)
        roles: list[str] = ["line_no"] if "line_no" in extras else []
        if has_code and far == "grouped_col":
            roles.append("sku")
        roles += ["description", "quantity"]
        units = any(it.unit for it in d.items)
        if not d.priced:
            if units and self.o["unit_mode"] != "qty_decimal":
                roles.append("unit")
            if has_code and far in ("far_right", "cur_tail"):
                roles.append("sku")
            return roles
        roles.append("unit_price")
        if units and self.o["unit_mode"] == "per_col":
            roles.append("unit")
        roles.append("line_total")
        if has_code and far == "cur_tail":
            roles.append("cur_code")
        vat = self.o["vat_mode"]
        if vat == "rate_far":
            roles.append("tax_rate")
        elif vat == "amount":
            roles.append("vat_amount")
        if has_code and far == "far_right":
            roles.append("sku")
        return roles

    def table(self) -> str:
        roles = self.far_roles()
        numeric = _NUMERIC | {"vat_amount", "cur_code"}
        body = self.item_rows(roles, self.far_value, numeric)
        table = self.wrap(self.th_row(roles, numeric=numeric), body)
        if "vat_amount" not in roles:
            return table
        rates = sorted({it.tax_rate for it in self.d.items if it.tax_rate is not None})
        note = self.far_word("rates_note").replace("{r}", ", ".join(self.s.rate(r) for r in rates))
        return table + f"<div class='legend'>{esc(note)}</div>"

    def css(self) -> str:
        return super().css() + (
            ".legend { font-size: 0.85em; margin: 1mm 0 3mm 0; }\n.farcd { white-space: nowrap; }\n"
        )


def code_shaped_truth(code: str) -> bool:
    """A truth code of digit groups, as this family draws them (for its tests)."""
    groups = code.replace(".", " ").split()
    return len(groups) >= 2 and all(g.isdigit() for g in groups)
