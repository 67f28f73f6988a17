"""Pages of the table-structure development families (``table_families.py``).

Everything but the line table is drawn as the block families draw it (``Page``); the
table is this module's: two printed lines per position, columns in an unusual order with
prices per 100, groups with section headings and subtotals, or a table with no rules that
prints a discount and a VAT category letter mapped in a legend.

Truth discipline as everywhere in the generator (``printed.py``): every truth value goes
through ``Row.put``; a price printed per 100 units is not the unit price (no truth for
it); a VAT category letter's rate is the row's rate, since the legend under the table states it; a
section subtotal is not a row.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import TAX_RATES, Doc, Item
from samples.wild.families import Family
from samples.wild.page import Page, esc
from samples.wild.printed import Row

TABLE_RENDERERS = ("tbl_two_line", "tbl_reordered", "tbl_grouped", "tbl_plain")

# wordings of these families (checked against vocab.HELDOUT_ONLY by the tests)
TABLE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "section": ["Lot {n} – {t}", "{N}. {t}", "Chapitre {n} : {t}"],
        "subtotal": ["Sous-total lot {n}", "Sous-total {t}", "Total lot {n}"],
        "topics": ["Fournitures", "Main-d'œuvre", "Matériel", "Consommables", "Prestations"],
        "per100": ["Prix / 100", "P.U. pour 100", "Prix les 100"],
        "code": ["Cat. TVA", "Cd TVA", "TVA"],
        "legend": ["Catégories TVA : {m}", "TVA : {m}", "Cat. TVA {m}"],
        "ref": ["Réf.", "Code"],
        "desc_head": ["Désignation", "Libellé"],
    },
    "en": {
        "section": ["Part {n} – {t}", "{N}. {t}", "Section {n}: {t}"],
        "subtotal": ["Subtotal part {n}", "Subtotal {t}", "Total section {n}"],
        "topics": ["Supplies", "Labour", "Equipment", "Consumables", "Services"],
        "per100": ["Price / 100", "Price per 100", "Per 100"],
        "code": ["VAT cat.", "Tax cat.", "VAT"],
        "legend": ["VAT categories: {m}", "Tax: {m}", "VAT {m}"],
        "ref": ["Ref.", "Code"],
        "desc_head": ["Description", "Details"],
    },
}

_NUMERIC = {"quantity", "unit_price", "per100", "discount", "tax_rate", "line_total", "code"}


class TablePage(Page):
    """A block-family page whose line table has one of four unusual structures."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.o["sku"] = "column" if any(i.sku for i in doc.items) else "none"
        self.o["negative"] = False  # amounts of a credit note printed as they are
        if fam.renderer == "tbl_plain":
            self._plain_prepare()

    def word(self, key: str, **kw: str) -> str:
        name = f"__tbl_{key}"
        if name not in self._labels:
            self._labels[name] = self.rng.choice(TABLE_WORDS[self.lang][key])
        text = self._labels[name]
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def _plain_prepare(self) -> None:
        """Discounts on some positions and, where the country has two rates, a second rate
        on some, so the discount and VAT-code columns say something."""
        d, rng = self.d, self.rng
        rates = sorted({Decimal(r) for r in TAX_RATES.get(d.region, ["20"])})
        for it in d.items:
            if rng.random() < 0.5:
                it.discount = Decimal(rng.choice([5, 10, 15, 20, 2.5]))
            if d.sales_tax is None and len(rates) > 1 and rng.random() < 0.35:
                it.tax_rate = rng.choice(rates)

    # cells ------------------------------------------------------------------------------
    def desc(self, it: Item, row: Row) -> str:
        text = esc(row.put("description", it.full_description, it.full_description))
        return text

    def sku(self, it: Item, row: Row) -> str:
        return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""

    def value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description":
            return self.desc(it, row)
        if role == "sku":
            return self.sku(it, row)
        if role == "per100":  # no unit price printed: no truth for it
            return esc(self.s.money(it.unit_price * 100, False, 2))
        if role == "code":
            assert it.tax_rate is not None
            code = self._codes()[it.tax_rate]
            row.put("tax_rate", format(it.tax_rate.normalize(), "f"), self.s.rate(it.tax_rate))
            return code
        return self.cell(role, it, n, row)

    def _codes(self) -> dict[Decimal, str]:
        rates = sorted({i.tax_rate for i in self.d.items if i.tax_rate is not None}, reverse=True)
        return {r: "ABCD"[k] for k, r in enumerate(rates)}

    def head(self, role: str) -> str:
        if role in ("per100", "code"):
            return self.word(role)
        return self.column(role)

    def wrap(self, head_rows: str, body: list[str]) -> str:
        cls = f"items rules-{self.o['rules']} {self.f.renderer}"
        if self.o["repeat_header"]:
            rows = "".join(body)
            return f"<table class='{cls}'><thead>{head_rows}</thead><tbody>{rows}</tbody></table>"
        return f"<table class='{cls}'><tbody>{head_rows}{''.join(body)}</tbody></table>"

    def th_row(self, roles: list[str]) -> str:
        ths = "".join(
            f"<th class='{'num' if r in _NUMERIC else ''} c-{r}'>{esc(self.head(r))}</th>"
            for r in roles
        )
        return f"<tr class='head'>{ths}</tr>"

    def td_row(self, roles: list[str], it: Item, n: int, row: Row, cls: str = "") -> str:
        tds = "".join(
            f"<td class='{'num' if r in _NUMERIC else ''} c-{r}'>{self.value(r, it, n, row)}</td>"
            for r in roles
        )
        return f"<tr class='{cls}'>{tds}</tr>"

    def numbers(self) -> list[str]:
        d = self.d
        roles = ["quantity"]
        if "unit" in self.o["extras"]:
            roles.append("unit")
        if d.priced:
            roles.append("unit_price")
            if d.sales_tax is None and self.rng.random() < 0.4:
                roles.append("tax_rate")
            roles.append("line_total")
        return roles

    # the four tables ------------------------------------------------------------------------
    def table(self) -> str:
        return {
            "tbl_two_line": self.two_line_table,
            "tbl_reordered": self.reordered_table,
            "tbl_grouped": self.grouped_table,
            "tbl_plain": self.plain_table,
        }[self.f.renderer]()

    def two_line_table(self) -> str:
        """Code and numbers on the first line, the description under them (or the
        description first and the numbers under it)."""
        nums = self.numbers()
        has_sku = self.o["sku"] == "column"
        desc_first = self.rng.random() < 0.45
        lead = ["sku"] if has_sku else []
        roles = lead + nums
        if not has_sku:
            roles = ["line_no", *nums]
        width = len(roles)
        head = self.th_row(roles)
        sub = f"<tr class='head sub'><th colspan='{width}'>{esc(self.word('desc_head'))}</th></tr>"
        head_rows = (sub + head) if desc_first else (head + sub)
        body = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            text = self.desc(it, row)
            desc = f"<tr class='d2'><td colspan='{width}'><div class='wrapd'>{text}</div></td></tr>"
            if it.detail is None and self.rng.random() < 0.3:
                desc = desc.replace("class='d2'", "class='d2 b'")
            nums_row = self.td_row(roles, it, n, row, "n2")
            body.append(
                f"<tbody class='pos'>{desc}{nums_row}</tbody>"
                if desc_first
                else f"<tbody class='pos'>{nums_row}{desc}</tbody>"
            )
        # the two lines of a position are set close, positions apart
        cls = f"items rules-{self.o['rules']} tbl_two_line {'dfirst' if desc_first else 'nfirst'}"
        thead = (
            f"<thead>{head_rows}</thead>"
            if self.o["repeat_header"]
            else f"<tbody>{head_rows}</tbody>"
        )
        return f"<table class='{cls}'>{thead}{''.join(body)}</table>"

    def reordered_table(self) -> str:
        """The amount before the description, the quantity last, maybe a price per 100."""
        d, rng = self.d, self.rng
        has_sku = self.o["sku"] == "column"
        per100 = d.priced and rng.random() < 0.35
        price = "per100" if per100 else "unit_price"
        if not d.priced:
            orders = [
                ["sku", "description", "unit", "quantity"],
                ["description", "sku", "quantity"],
            ]
        else:
            orders = [
                ["line_total", "description", "sku", price, "quantity"],
                ["sku", "line_total", price, "description", "quantity"],
                ["line_total", "quantity", "sku", "description", price],
                ["description", "line_total", price, "unit", "quantity"],
                ["sku", price, "line_total", "description", "unit", "quantity"],
            ]
        roles = rng.choice(orders)
        if not has_sku:
            roles = [r for r in roles if r != "sku"]
        if "line_no" in self.o["extras"]:
            roles = ["line_no", *roles]
        body = [self.td_row(roles, it, n, self.out.row()) for n, it in enumerate(d.items, 1)]
        return self.wrap(self.th_row(roles), body)

    def grouped_table(self) -> str:
        """Sections with a heading and a subtotal line; a position-number column."""
        d, rng, s = self.d, self.rng, self.s
        items = d.items
        k = min(len(items), rng.choice([2, 2, 3, 4]))
        cuts = sorted(rng.sample(range(1, len(items)), k - 1)) if k > 1 else []
        groups = [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True)]
        topics = list(TABLE_WORDS[self.lang]["topics"])
        rng.shuffle(topics)
        dotted = rng.random() < 0.6
        roles = ["line_no"] + (["sku"] if self.o["sku"] == "column" else []) + ["description"]
        roles += self.numbers()
        width = len(roles)
        body = []
        n_run = 0
        for g, group in enumerate(groups, 1):
            t = topics[(g - 1) % len(topics)]
            title = self.word("section", n=str(g), N="ABCDEFGH"[g - 1], t=t)
            body.append(f"<tr class='sect'><td colspan='{width}'>{esc(title)}</td></tr>")
            for j, it in enumerate(group, 1):
                n_run += 1
                tr = self.td_row(roles, it, n_run, self.out.row())
                if dotted:
                    tr = tr.replace(f">{n_run}</td>", f">{g}.{j}</td>", 1)
                body.append(tr)
            if d.priced and len(groups) > 1:
                sub = sum((i.total for i in group), Decimal(0))
                lab = self.word("subtotal", n=str(g), t=t.lower())
                cells = [
                    f"<td class='num'>{esc(s.money(sub, with_currency=False))}</td>"
                    if r == "line_total"
                    else ""
                    for r in roles
                ]
                span = roles.index("line_total")
                tds = f"<td colspan='{span}' class='sublab'>{esc(lab)}</td>" + "".join(
                    c or "<td></td>" for c in cells[span:]
                )
                body.append(f"<tr class='subt'>{tds}</tr>")
        return self.wrap(self.th_row(roles), body)

    def plain_table(self) -> str:
        """No rules, plain heads, whitespace between values; discount % and VAT letter."""
        d = self.d
        roles = (["sku"] if self.o["sku"] == "column" else []) + ["description", "quantity"]
        if "unit" in self.o["extras"]:
            roles.append("unit")
        legend = ""
        if d.priced:
            roles += ["unit_price", "discount", "line_total"]
            if d.sales_tax is None:
                roles.append("code")
                codes = self._codes()
                m = ", ".join(f"{c} = {self.s.rate(r)}" for r, c in codes.items())
                legend = f"<div class='legend'>{esc(self.word('legend', m=m))}</div>"
        body = [self.td_row(roles, it, n, self.out.row()) for n, it in enumerate(d.items, 1)]
        return self.wrap(self.th_row(roles), body) + legend

    def css(self) -> str:
        return (
            super().css()
            + """
table.items tr.sect td { font-weight: bold; padding-top: 4pt; }
table.items tr.subt td { font-style: italic; border-top: 0.4pt solid #777; }
table.items td.sublab { text-align: right; }
table.items tbody.pos { break-inside: avoid; }
table.nfirst tr.d2 td, table.dfirst tr.n2 td { padding-top: 0; }
table.nfirst tr.n2 td, table.dfirst tr.d2 td { padding-bottom: 0; }
table.items tbody.pos tr:first-child td { padding-top: 4pt; }
table.items tr.d2.b td { font-weight: bold; }
table.items .wrapd { max-width: 42%; }
table.tbl_two_line tr.sub th { font-style: italic; font-weight: normal; }
table.tbl_plain th { font-weight: normal; border: none; }
table.tbl_plain td, table.tbl_plain th { padding: 1pt 7pt 1pt 0; }
.legend { font-size: 0.85em; margin: 1mm 0 3mm 0; }
"""
        )
