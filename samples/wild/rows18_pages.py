"""Pages of the loose-table development families (``rows18_families.py``).

Everything but the line table is drawn as ``TablePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. A note set under
an item (a serial or lot number, a planned delivery date, the buyer's own reference) is
no part of the item (no truth); a price printed per 100 or per 1000 units is not the
unit price (no truth for it); a quantity printed with its unit in one cell gives both.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

ROWS18_RENDERERS = ("rows18_loose", "rows18_dispatch")

# how the head of the table is printed
HEADS = ("none", "stacked", "short")
# what stands under some items, on a line of its own, in small grey type
NOTES = ("serial", "lot", "planned", "buyer_ref", "bare_date", "bare_id", "none")
# where the note starts: under the whole row, or under the description only
NOTE_AT = ("row", "desc")

ROWS18_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "serial": ["N° série : {v}", "S/N {v}", "Numéro de série {v}"],
        "lot": ["Lot n° {v}", "N° de lot : {v}", "Lot {v}"],
        "planned": ["Livraison prévue le {v}", "Date de livraison souhaitée : {v}"],
        "buyer_ref": ["Votre réf. {v}", "V/réf. : {v}", "Réf. client {v}"],
        # head words: one line, or two stacked lines ("|" cuts them)
        "short_quantity": ["Qté", "Qtés", "Nb"],
        "short_unit_price": ["P.U. HT", "PU HT", "Px unit."],
        "short_line_total": ["Mt HT", "Montant", "Tot. HT"],
        "short_description": ["Désignation", "Libellé article"],
        "short_sku": ["Cod. article", "Réf. fab."],
        "short_line_no": ["N°", "Lig."],
        "short_unit": ["U.", "Un."],
        "stacked_quantity": ["Quantité|commandée", "Qté|facturée"],
        "stacked_unit_price": ["Prix unitaire|hors taxes", "Prix|unit. HT"],
        "stacked_line_total": ["Montant|hors taxes", "Total|ligne HT"],
        "stacked_description": ["Désignation|de l'article", "Article|et désignation"],
        "stacked_sku": ["Référence|article", "Code|produit"],
        "stacked_line_no": ["N°|ligne", "Pos.|n°"],
        "stacked_unit": ["Unité|de vente", "Unité|-"],
        "per1000": ["P.U. ‰", "Prix/1000", "Px le mille"],
        "ordered": ["Qté cdée", "Commandé"],
        "shipped": ["Qté livrée", "Livré"],
        "backorder": ["Reliquat", "Reste à livrer"],
    },
    "en": {
        "serial": ["Serial no. {v}", "S/N: {v}", "Serial {v}"],
        "lot": ["Batch {v}", "Lot no. {v}", "Batch no.: {v}"],
        "planned": ["Planned delivery {v}", "Ship date requested: {v}"],
        "buyer_ref": ["Your ref. {v}", "Cust. ref.: {v}", "Buyer ref {v}"],
        "short_quantity": ["Qty", "Qty.", "Pcs"],
        "short_unit_price": ["U/P", "Unit pr.", "Rate"],
        "short_line_total": ["Amt", "Ext.", "Net amt"],
        "short_description": ["Desc.", "Item desc."],
        "short_sku": ["Part #", "Cat. no."],
        "short_line_no": ["#", "Line no."],
        "short_unit": ["UoM", "U/M"],
        "stacked_quantity": ["Quantity|ordered", "Qty|billed"],
        "stacked_unit_price": ["Unit price|excl. tax", "Price|per unit"],
        "stacked_line_total": ["Net|amount", "Line|total"],
        "stacked_description": ["Item|description", "Goods|and services"],
        "stacked_sku": ["Part|number", "Product|code"],
        "stacked_line_no": ["Line|no.", "Item|#"],
        "stacked_unit": ["Unit of|measure", "Sales|unit"],
        "per1000": ["Price/1000", "Per M", "Rate per 1,000"],
        "ordered": ["Qty requested", "Ordered"],
        "shipped": ["Qty shipped", "Shipped"],
        "backorder": ["Back-ord.", "B/O"],
    },
}

# the column orders of a priced table; "qtyunit" is the quantity and its unit in one cell
_PRICED_ORDERS: tuple[tuple[str, ...], ...] = (
    ("line_no", "description", "qtyunit", "unit_price", "line_total", "sku"),
    ("line_total", "quantity", "description", "unit_price", "sku"),
    ("sku", "description", "line_total", "unit_price", "quantity"),
    ("line_no", "sku", "description", "qtyunit", "price", "line_total"),
    ("description", "sku", "quantity", "unit", "unit_price", "line_total"),
    ("line_no", "description", "unit_price", "quantity", "line_total"),
)
_DISPATCH_ORDERS: tuple[tuple[str, ...], ...] = (
    ("line_no", "sku", "description", "ordered", "shipped", "backorder"),
    ("description", "sku", "shipped", "ordered"),
    ("line_no", "description", "ordered", "shipped", "backorder", "sku"),
    ("sku", "description", "qtyunit_shipped", "backorder"),
)
_NUMERIC = {"quantity", "qtyunit", "unit_price", "price", "line_total", "ordered"}
_NUMERIC |= {"shipped", "backorder", "qtyunit_shipped", "line_no", "discount"}


class Rows18Page(TablePage):
    """A page whose line table has loose, unusual shapes: no head or an abbreviated or
    stacked one, no rules, odd column orders, notes under the rows, dotted leaders."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["rows18_head"] = rng.choice(HEADS)
        self.o["rows18_note"] = rng.choice(NOTES)
        self.o["rows18_note_at"] = rng.choice(NOTE_AT)
        self.o["rows18_leaders"] = rng.random() < 0.35
        self.o["rows18_per1000"] = rng.random() < 0.5
        self.o["rows18_noted"] = rng.choice((0.4, 0.7, 1.0))

    def r18(self, key: str) -> str:
        return self.drawn_once(f"__r18_{key}", ROWS18_WORDS[self.lang][key])

    def roles(self) -> list[str]:
        d = self.d
        orders: tuple[tuple[str, ...], ...] = _PRICED_ORDERS if d.priced else _DISPATCH_ORDERS
        if not d.priced and self.f.renderer != "rows18_dispatch":
            orders = (("line_no", "sku", "description", "qtyunit"), ("description", "quantity"))
        roles = list(self.rng.choice(orders))
        if self.o["sku"] != "column" or not any(i.sku for i in d.items):
            roles = [r for r in roles if r != "sku"]
        if d.priced and any(i.discount for i in d.items):
            # the discount printed, so every row's arithmetic holds on the page
            roles.insert(roles.index("line_total") + (roles[0] == "line_total"), "discount")
        return roles

    def head_label(self, role: str) -> str:
        base = {"qtyunit": "quantity", "qtyunit_shipped": "shipped", "price": "unit_price"}
        if role == "price":
            return self.r18("per1000") if self.o["rows18_per1000"] else self.column("unit_price")
        role = base.get(role, role)
        if role in ("ordered", "shipped", "backorder"):
            return self.r18(role)
        style = self.o["rows18_head"]
        key = f"{style}_{role}"
        if style != "none" and key in ROWS18_WORDS[self.lang]:
            return self.r18(key)
        return self.column(role)

    def head_row(self, roles: list[str]) -> str:
        if self.o["rows18_head"] == "none":
            return ""
        ths = []
        for r in roles:
            parts = [esc(p) for p in self.head_label(r).split("|")]
            cls = "num" if r in _NUMERIC else ""
            ths.append(f"<th class='{cls} c-{r}'>{'<br>'.join(parts)}</th>")
        return f"<tr class='head'>{''.join(ths)}</tr>"

    def r18_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s = self.s
        if role == "description":
            text = self.desc(it, row)
            return f"<span class='lead'>{text}</span>" if self.o["rows18_leaders"] else text
        if role in ("qtyunit", "qtyunit_shipped"):
            q = row.put("quantity", _plain(it.quantity), s.quantity(it.quantity))
            return f"{esc(q)} {esc(row.put('unit', it.unit, it.unit))}"
        if role == "price":
            if self.o["rows18_per1000"]:
                return esc(s.money(it.unit_price * 1000, False, 2))
            return self.value("unit_price", it, n, row)
        if role == "shipped":
            return esc(row.put("quantity", _plain(it.quantity), s.quantity(it.quantity)))
        return self.value(role, it, n, row)

    def note(self, it: Item, n: int) -> str | None:
        """The note under item ``n``, or None."""
        kind, rng = self.o["rows18_note"], self.rng
        if kind == "none" or rng.random() > self.o["rows18_noted"]:
            return None
        if kind == "bare_date":
            return self.s.date_text(self.d.date)
        if kind == "bare_id":
            return f"{rng.choice(['SN', 'LT', 'BX'])}{rng.randint(100000, 999999)}-{n:02d}"
        value = {
            "serial": f"{rng.choice(['A', 'K', 'X'])}{rng.randint(10_000_000, 99_999_999)}",
            "lot": f"{rng.randint(20, 26)}{rng.randint(100, 999)}{rng.choice('ABCDE')}",
            "planned": self.s.date_text(self.d.date),
            "buyer_ref": f"{rng.choice(['PR', 'DA', 'REQ'])}-{rng.randint(1000, 9999)}",
        }[kind]
        return self.r18(kind).replace("{v}", value)

    def table(self) -> str:
        roles = self.roles()
        width = len(roles)
        start = roles.index("description")
        body = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            tds = "".join(
                f"<td class='{'num' if r in _NUMERIC else ''} c-{r}'>"
                f"{self.r18_value(r, it, n, row)}</td>"
                for r in roles
            )
            body.append(f"<tr class='it'>{tds}</tr>")
            text = self.note(it, n)
            if text is None:
                continue
            if self.o["rows18_note_at"] == "row" or start == 0:
                body.append(f"<tr class='nt'><td colspan='{width}'>{esc(text)}</td></tr>")
            else:
                pad = f"<td colspan='{start}'></td>"
                rest = f"<td colspan='{width - start}'>{esc(text)}</td>"
                body.append(f"<tr class='nt'>{pad}{rest}</tr>")
        cls = f"items rows18 lead-{int(self.o['rows18_leaders'])}"
        return f"<table class='{cls}'><tbody>{self.head_row(roles)}{''.join(body)}</tbody></table>"

    def css(self) -> str:
        return (
            super().css()
            + """
table.rows18 { border-collapse: collapse; }
table.rows18 td, table.rows18 th { border: none; background: none; padding: 1.5pt 6pt 1.5pt 0; }
table.rows18 th { font-weight: bold; vertical-align: bottom; text-align: left; }
table.rows18 th.num { text-align: right; }
table.rows18 tr.nt td { font-size: 0.78em; color: #666; padding-top: 0; padding-bottom: 3pt; }
table.rows18 tr.nt td { font-style: italic; }
table.lead-1 span.lead::after { content: " . . . . . . . . . ."; color: #888; }
"""
        )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
