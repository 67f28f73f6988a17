"""Pages of the tables22 families (``tables22_families.py``): real line-table shapes.

Everything but the line table is drawn as ``TablePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. A section row, a
subtotal, a lot or serial row under an item and a pack wording are no part of any row; a
code printed on a row of its own under its item is that item's code; a service line
printed with only its amount has no quantity or price truth.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

TABLES22_RENDERERS = ("t22_multi", "t22_works", "t22_boxed", "t22_dispatch")

# how the head of the table is printed: words the reader may not list, cut over two
# rows ("|" cuts a wording), blank captions over the code and text columns, or no head
HEADS = ("odd", "two_row", "blank", "none")
# what stands under an item (t22_multi): nothing, its code row, its code and a lot row
ITEM_LINES = ("ref", "ref_lot", "ref_lot", "lot")

T22_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "line_no": ["Lg", "N° lg", "Ordre"],
        "sku": ["Réf.", "Cd art.", "Réf.|fourn.", "Art."],
        "description": ["Libellé", "Désignation", "Objet", "Travaux"],
        "quantity": ["Qté", "Quant.", "Nb", "Qté|fact."],
        "unit": ["Un", "U.", "Unité|vte"],
        "unit_price": ["P.U. HT", "Px U. HT", "Px|U. HT", "Tarif HT"],
        "line_total": ["Montant", "Val. HT", "Mont. HT", "Total|H.T."],
        "discount": ["Rem.%", "Remise|%"],
        "pack": ["Cond.", "Colis.", "Condit."],
        "ordered": ["Q. cdée", "Cdé", "Qté|cdée"],
        "shipped": ["Q. livr.", "Livré", "Qté|exp."],
        "backorder": ["Reste", "Solde", "Reste|dû"],
        "ref_row": ["Réf. : {v}", "Réf. fourn. {v}", "Code : {v}"],
        "lot_row": ["Lot : {v}", "N° série {v}", "N° lot {v} - DLUO {d}"],
        "section": ["Ch. {L} – {t}", "{t}", "Lot {n} : {t}"],
        "subtotal": ["Sous-total", "S/total {t}", "Total ch. {L}"],
        "sites": ["Bât. A", "Rés. Tilleuls", "Atelier", "Cuisine", "Bât. B"],
        "pack_words": ["Crt 12", "Bte 50", "Sac 25 kg", "x1", "Pal."],
        "continued": ["Suite p. 2", "…/…", "Suite"],
    },
    "en": {
        "line_no": ["Ln", "Line", "Seq."],
        "sku": ["Item", "Art.-Nr.", "Product|code", "Stk #"],
        "description": ["Details", "Partic.", "Description", "Item|description"],
        "quantity": ["Qty", "Units", "No.", "Qty|inv."],
        "unit": ["UOM", "Unit", "Sell|unit"],
        "unit_price": ["Pr. ea.", "Each", "Unit|price", "List"],
        "line_total": ["Value", "Ln val.", "Amount", "Net|value"],
        "discount": ["Disc.%", "Disc.|%"],
        "pack": ["Pack", "Pack sz", "Pk"],
        "ordered": ["Ordered", "Ord qty", "Qty|ordered"],
        "shipped": ["Shipped", "Shp qty", "Qty|sent"],
        "backorder": ["B/O", "Open", "To|follow"],
        "ref_row": ["Ref: {v}", "Supp. code {v}", "Code: {v}"],
        "lot_row": ["Lot: {v}", "S/N {v}", "Batch {v} - BBE {d}"],
        "section": ["Site {L} – {t}", "{t}", "Phase {n}: {t}"],
        "subtotal": ["Subtotal", "Sub-tot. {t}", "Site tot. {L}"],
        "sites": ["Mill Lane", "Unit 3, Quay", "Shop", "Kitchen", "Block B"],
        "pack_words": ["Bx 12", "Cs 50", "25kg bag", "Single", "Pallet"],
        "continued": ["Cont. p. 2", "cont'd", "PTO"],
    },
}

# roles whose cells are set right
_NUMERIC = {"line_no", "quantity", "unit_price", "line_total", "discount"}
_NUMERIC |= {"ordered", "shipped", "backorder"}


class Tables22Page(TablePage):
    """A page whose line table is one of the real shapes the reader misses."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["t22_head"] = rng.choice(HEADS)
        self.o["t22_lines"] = rng.choice(ITEM_LINES)
        self.o["t22_line_no"] = rng.random() < 0.4
        self.o["t22_service"] = rng.choice((0.3, 0.6, 1.0))
        self.o["t22_repeat"] = rng.random() < 0.5
        self.o["t22_first"] = rng.choice((4, 6, 8))
        if fam.renderer != "t22_boxed":
            for it in doc.items:  # no discount column here: each row's arithmetic holds
                it.discount = Decimal(0)

    def t22(self, key: str, **fill: object) -> str:
        return self.drawn_once(f"__t22_{key}", T22_WORDS[self.lang][key], **fill)

    # columns ----------------------------------------------------------------------------
    def roles(self) -> list[str]:
        d, r = self.d, self.f.renderer
        has_sku = any(i.sku for i in d.items)
        if r == "t22_dispatch" and not d.priced:
            roles = ["sku", "description", "pack", "ordered", "shipped", "backorder"]
        elif r == "t22_works":
            roles = ["description", "quantity", "unit", "unit_price", "line_total"]
        else:
            roles = ["sku", "description", "quantity", "unit_price", "line_total"]
            if r == "t22_boxed" and any(i.discount for i in d.items):
                roles.insert(roles.index("line_total"), "discount")
            if r == "t22_multi" and self.o["t22_lines"] != "lot":
                roles.remove("sku")  # the code is on a row of its own under the item
        if not has_sku and "sku" in roles:
            roles.remove("sku")
        if self.o["t22_line_no"]:
            roles.insert(0, "line_no")
        return roles

    def head_rows(self, roles: list[str]) -> str:
        style = self.o["t22_head"]
        if style == "none":
            return ""
        labels = []
        for role in roles:
            text = self.t22(role)
            if style == "blank" and role in ("line_no", "sku", "description"):
                text = ""
            labels.append(text.split("|") if style == "two_row" else [text.replace("|", " ")])
        depth = max(len(parts) for parts in labels)
        trs = []
        for k in range(depth):
            ths = "".join(
                f"<th class='{'num' if r in _NUMERIC else ''} c-{r}'>"
                f"{esc(parts[k]) if k < len(parts) else ''}</th>"
                for r, parts in zip(roles, labels, strict=True)
            )
            trs.append(f"<tr class='head h{k}'>{ths}</tr>")
        return "".join(trs)

    # cells ------------------------------------------------------------------------------
    def t22_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s = self.s
        if role == "line_no":
            return str(n)
        if role == "pack":
            return esc(self.rng.choice(T22_WORDS[self.lang]["pack_words"]))
        if role == "ordered":
            return esc(s.quantity(it.ordered if it.ordered is not None else it.quantity))
        if role == "shipped":
            return esc(row.put("quantity", _plain(it.quantity), s.quantity(it.quantity)))
        if role == "backorder":
            left = (it.ordered or it.quantity) - it.quantity
            return esc(s.quantity(left)) if left else ("-" if self.lang == "fr" else "0")
        return self.value(role, it, n, row)

    def item_tr(self, roles: list[str], it: Item, n: int, only_amount: bool = False) -> str:
        row = self.out.row()
        keep = {"description", "line_total", "line_no"} if only_amount else set(roles)
        tds = "".join(
            f"<td class='{'num' if r in _NUMERIC else ''} c-{r}'>"
            f"{self.t22_value(r, it, n, row) if r in keep else ''}</td>"
            for r in roles
        )
        trs = [f"<tr class='it'>{tds}</tr>"]
        if self.f.renderer == "t22_multi":
            trs += self.under_rows(roles, it, n, row)
        return "".join(trs)

    def under_rows(self, roles: list[str], it: Item, n: int, row: Row) -> list[str]:
        """The code row and the lot row under item ``n`` (t22_multi), in the same type."""
        lines = self.o["t22_lines"]
        out = []
        if lines in ("ref", "ref_lot") and it.sku:
            code = esc(row.put("sku", it.sku, it.sku))
            out.append(self._span_row(roles, self.t22("ref_row", v=code), "sub"))
        if lines in ("ref_lot", "lot") and self.rng.random() < 0.7:
            rng = self.rng
            lot = f"{rng.randint(20, 26)}{rng.randint(1000, 9999)}{rng.choice('ABKX')}"
            text = self.t22("lot_row", v=lot, d=self.s.date_text(self.d.date))
            out.append(self._span_row(roles, esc(text), "sub"))
        return out

    def _span_row(self, roles: list[str], text: str, cls: str, amount: str = "") -> str:
        """A row with ``text`` in the description's cell (to the end when no amount)."""
        at = roles.index("description")
        pad = f"<td colspan='{at}'></td>" if at else ""
        if amount:
            rest = len(roles) - at - 1
            mid = f"<td colspan='{rest}' class='{cls}'>{text}</td>"
            return f"<tr class='{cls}'>{pad}{mid}<td class='num'>{amount}</td></tr>"
        return f"<tr class='{cls}'>{pad}<td colspan='{len(roles) - at}'>{text}</td></tr>"

    # tables -----------------------------------------------------------------------------
    def table(self) -> str:
        roles = self.roles()
        if self.f.renderer == "t22_works":
            return self._box(self.head_rows(roles) + "".join(self.works_rows(roles)))
        if self.f.renderer == "t22_boxed" and len(self.d.items) > self.o["t22_first"]:
            return self.continued(roles)
        body = "".join(self.item_tr(roles, it, n) for n, it in enumerate(self.d.items, 1))
        return self._box(self.head_rows(roles) + body)

    def _box(self, inner: str) -> str:
        return f"<table class='items t22 {self.f.renderer}'><tbody>{inner}</tbody></table>"

    def works_rows(self, roles: list[str]) -> list[str]:
        d, rng = self.d, self.rng
        items = d.items
        k = min(len(items), rng.choice((1, 2, 3)))
        cuts = sorted(rng.sample(range(1, len(items)), k - 1)) if k > 1 else []
        groups = [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True)]
        sites = list(T22_WORDS[self.lang]["sites"])
        rng.shuffle(sites)
        out, n = [], 0
        for g, group in enumerate(groups):
            t, letter = sites[g % len(sites)], "ABCDE"[g]
            if k > 1:
                title = esc(self.t22("section", L=letter, t=t, n=str(g + 1)))
                out.append(self._span_row(roles, f"<b>{title}</b>", "sect"))
            for it in group:
                n += 1
                service = d.priced and rng.random() < self.o["t22_service"] * 0.6
                out.append(self.item_tr(roles, it, n, only_amount=service))
            if k > 1 and d.priced:
                amount = esc(self.s.money(sum((i.total for i in group), Decimal(0)), False))
                label = esc(self.t22("subtotal", L=letter, t=t))
                out.append(self._span_row(roles, f"<i>{label}</i>", "subt", amount))
        return out

    def continued(self, roles: list[str]) -> str:
        """The table cut after the first few items and continued on the next page, its
        head repeated there or not."""
        first = self.o["t22_first"]
        items = self.d.items
        one = "".join(self.item_tr(roles, it, n) for n, it in enumerate(items[:first], 1))
        two = "".join(self.item_tr(roles, it, n) for n, it in enumerate(items[first:], first + 1))
        more = esc(self.t22("continued"))
        head = self.head_rows(roles)
        return (
            self._box(head + one)
            + f"<p class='cont'>{more}</p><div class='pgbrk'></div>"
            + self._box((head if self.o["t22_repeat"] else "") + two)
        )

    def css(self) -> str:
        return (
            super().css()
            + """
table.t22 { border-collapse: collapse; }
table.t22 td, table.t22 th { background: none; padding: 1.5pt 5pt; }
table.t22 th { font-weight: bold; vertical-align: bottom; text-align: left; }
table.t22 th.num { text-align: right; }
table.t22 tr.head.h0 th { padding-bottom: 0; }
table.t22 tr.sub td { padding-top: 0; }
table.t22_boxed { border: 0.8pt solid #333; }
table.t22_boxed td, table.t22_boxed th { border: none; border-left: 0.6pt solid #333; }
table.t22_boxed tr.head th { border-bottom: 0.6pt solid #333; }
p.cont { font-size: 0.8em; text-align: right; font-style: italic; }
div.pgbrk { break-after: page; }
"""
        )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
