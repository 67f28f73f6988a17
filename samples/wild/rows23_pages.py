"""Pages of the rows23 families (``rows23_families.py``): line tables as real business
software prints them (issue 20, rows23).

Everything but the line table is drawn as ``TablePage`` draws it. The shapes:

- ``r23_confirm``: an order confirmation or invoice from an ERP: positions numbered 10,
  20, 30 or 1, 2, 3; quantities printed with two or three decimals ("12,00"); a gross unit
  price, a discount column and a net price column before the line amount; or, with no
  line amount at all, a delivery date per line.
- ``r23_delivery``: a delivery note: the packing in words ("Carton de 12", "Palette"),
  the number of parcels, the quantity delivered, ordered and yet to follow; no prices.
- ``r23_smallbiz``: a small firm's office-software invoice: the line amount before and
  after VAT, the VAT rate per line, an eco-contribution note under some items.
- ``r23_trade``: a wholesaler's table priced per 100 or per 1000 units, a discount and a
  net price per 100 or 1000, large quantities.

Truth discipline as everywhere (``printed.py``): every truth value goes through
``Row.put``. The unit price is the gross price per unit; a net price, a price per 100 or
per 1000, a packing, a parcel count, a line amount with VAT, a per-line delivery date and
a note under an item are no part of any row's truth.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

ROWS23_RENDERERS = ("r23_confirm", "r23_delivery", "r23_smallbiz", "r23_trade")

R23_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "line_no": ["Pos.", "Poste", "N°", "Lig."],
        "sku": ["Article", "Code article", "Réf. produit", "Référence"],
        "description": ["Désignation article", "Description", "Libellé article"],
        "quantity": ["Quantité", "Qté commandée", "Qté"],
        "unit": ["UV", "Unité", "U.V."],
        "unit_price": ["Prix brut", "P.U. brut", "Prix tarif", "PU HT"],
        "discount": ["Remise", "Rem. %", "% Rem."],
        "net_price": ["Prix net", "P.U. net", "Net HT"],
        "line_total": ["Montant HT", "Total HT", "Mt HT"],
        "ship_date": ["Délai", "Date liv.", "Livraison prévue"],
        "pack": ["Conditionnement", "Colisage", "Emballage"],
        "parcels": ["Nb colis", "Colis", "Nbre UC"],
        "shipped": ["Qté livrée", "Livré", "Qté expédiée"],
        "ordered": ["Qté cdée", "Commandé", "Qté commande"],
        "backorder": ["Reliquat", "Reste à livrer", "RAL"],
        "vat": ["TVA", "Tx TVA", "% TVA"],
        "gross": ["Total TTC", "Montant TTC", "TTC"],
        "per": ["Prix /{n}", "P.U. /{n}", "Tarif les {n}"],
        "net_per": ["Net /{n}", "Prix net /{n}", "PN /{n}"],
        "pack_words": [
            "Carton de {k}",
            "Colis",
            "Palette",
            "Sachet de {k}",
            "Boîte de {k}",
            "Vrac",
        ],
        "eco": ["dont éco-participation : {a}", "Éco-part. incluse {a}", "dont DEEE {a}"],
    },
    "en": {
        "line_no": ["Pos.", "Item", "Ln.", "#"],
        "sku": ["Part no.", "Item code", "Stock no.", "Product"],
        "description": ["Product details", "Description", "Goods"],
        "quantity": ["Quantity", "Ord. qty", "Qty"],
        "unit": ["UoM", "Unit", "U/M"],
        "unit_price": ["List price", "Gross price", "Unit list", "Price"],
        "discount": ["Disc.", "Disc. %", "% Off"],
        "net_price": ["Net price", "Net unit", "Nett"],
        "line_total": ["Net amount", "Amount", "Ext. price"],
        "ship_date": ["Due", "Ship date", "Del. date"],
        "pack": ["Packing", "Pack type", "Packed as"],
        "parcels": ["Pkgs", "Cartons", "No. of pkgs"],
        "shipped": ["Qty shipped", "Delivered", "Sent"],
        "ordered": ["Qty ordered", "Ordered", "Order qty"],
        "backorder": ["Back order", "Outstanding", "B/O qty"],
        "vat": ["VAT", "VAT %", "Tax rate"],
        "gross": ["Gross", "Total inc. VAT", "Amount inc VAT"],
        "per": ["Price /{n}", "Per {n}", "Rate /{n}"],
        "net_per": ["Net /{n}", "Net per {n}", "Nett /{n}"],
        "pack_words": ["Carton of {k}", "Parcel", "Pallet", "Bag of {k}", "Box of {k}", "Loose"],
        "eco": ["incl. WEEE levy {a}", "Eco levy included {a}", "of which recycling fee {a}"],
    },
}

_NUMERIC = {"line_no", "quantity", "unit_price", "discount", "net_price", "line_total"}
_NUMERIC |= {"parcels", "shipped", "ordered", "backorder", "vat", "gross", "per", "net_per"}


class Rows23Page(TablePage):
    """A page whose line table is printed the way real business software prints it."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng, r = self.rng, fam.renderer
        self.o["r23_pos"] = rng.choice((None, "one", "ten"))
        self.o["r23_qplaces"] = rng.choice((0, 2, 2, 3))
        self.o["r23_pplaces"] = rng.choice((2, 2, 3, 4))
        self.o["r23_zero_disc"] = rng.random() < 0.5
        self.o["r23_dated"] = r == "r23_confirm" and rng.random() < 0.35
        self.o["r23_eco"] = r == "r23_smallbiz" and rng.random() < 0.6
        self.o["r23_per"] = rng.choice((100, 1000))
        if r == "r23_trade":
            for it in doc.items:  # a wholesaler sells by the hundred
                it.quantity = Decimal(rng.choice((100, 200, 250, 500, 1000, 1500, 2000)))
                it.unit_price = Decimal(rng.randint(4, 900)) / Decimal(1000)
        if r in ("r23_confirm", "r23_smallbiz", "r23_trade"):
            for it in doc.items:
                it.discount = Decimal(rng.choice((0, 0, 5, 10, 15, 20, 25, 30, 40)))
        if r == "r23_delivery":
            for it in doc.items:
                if it.ordered is None:
                    extra = rng.choice((0, 0, 0, 2, 5, 10))
                    it.ordered = it.quantity + extra

    def r23(self, key: str, **fill: object) -> str:
        return self.drawn_once(f"__r23_{key}", R23_WORDS[self.lang][key], **fill)

    # columns ----------------------------------------------------------------------------
    def roles(self) -> list[str]:
        d, r = self.d, self.f.renderer
        if r == "r23_delivery" or not d.priced:
            roles = ["sku", "description", "pack", "parcels", "ordered", "shipped", "backorder"]
            if r != "r23_delivery":
                roles = ["sku", "description", "quantity", "unit"]
        elif r == "r23_confirm":
            roles = ["sku", "description", "quantity", "unit", "unit_price", "discount"]
            roles += ["net_price", "ship_date"] if self.o["r23_dated"] else ["net_price"]
            roles += [] if self.o["r23_dated"] else ["line_total"]
        elif r == "r23_smallbiz":
            roles = ["sku", "description", "quantity", "unit_price", "discount", "line_total"]
            if d.sales_tax is None and all(i.tax_rate is not None for i in d.items):
                roles += ["vat", "gross"]
        else:
            roles = ["sku", "description", "quantity", "unit", "per", "discount", "net_per"]
            roles += ["line_total"]
        if not any(i.sku for i in d.items):
            roles.remove("sku")
        if self.o["r23_pos"]:
            roles.insert(0, "line_no")
        return roles

    def head_label(self, role: str) -> str:
        if role in ("per", "net_per"):
            return self.r23(role, n=str(self.o["r23_per"]))
        return self.r23(role)

    # cells ------------------------------------------------------------------------------
    def r23_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s, o = self.s, self.o
        if role == "line_no":
            return str(n * 10 if o["r23_pos"] == "ten" else n)
        if role == "quantity" and o["r23_qplaces"]:
            shown = s.number(it.quantity, o["r23_qplaces"])
            return esc(row.put("quantity", _plain(it.quantity), shown))
        if role == "unit_price":
            shown = s.money(it.unit_price, False, max(o["r23_pplaces"], _places(it.unit_price)))
            return esc(row.put("unit_price", str(it.unit_price), shown))
        if role == "discount":
            if it.discount:
                return (
                    esc(s.number(it.discount, 2))
                    if o["r23_zero_disc"]
                    else esc(s.rate(it.discount))
                )
            return esc(s.number(Decimal(0), 2)) if o["r23_zero_disc"] else ""
        if role == "net_price":
            net = it.unit_price * (1 - it.discount / 100)
            return esc(s.money(net, False, max(o["r23_pplaces"], 2)))
        if role == "per":
            return esc(s.money(it.unit_price * o["r23_per"], False, 2))
        if role == "net_per":
            net = it.unit_price * o["r23_per"] * (1 - it.discount / 100)
            return esc(s.money(net, False, 2))
        if role == "ship_date":
            when = self.d.date + dt.timedelta(days=7 * self.rng.randint(1, 6))
            return esc(s.date_text(when))
        if role == "pack":
            k = self.rng.choice((6, 10, 12, 24, 50, 100))
            return esc(self.rng.choice(R23_WORDS[self.lang]["pack_words"]).replace("{k}", str(k)))
        if role == "parcels":
            return str(self.rng.randint(1, 9))
        if role == "vat":
            assert it.tax_rate is not None
            return esc(row.put("tax_rate", _plain(it.tax_rate), s.rate(it.tax_rate)))
        if role == "gross":
            assert it.tax_rate is not None
            return esc(s.money(it.total * (1 + it.tax_rate / 100), False))
        if role in ("ordered", "backorder") and o["r23_qplaces"]:
            count = it.ordered if it.ordered is not None else it.quantity
            count = count - it.quantity if role == "backorder" else count
            return esc(s.number(count, o["r23_qplaces"])) if count else "-"
        if role == "shipped" and o["r23_qplaces"]:
            shown = s.number(it.quantity, o["r23_qplaces"])
            return esc(row.put("quantity", _plain(it.quantity), shown))
        if role == "description":
            text = esc(row.put("description", it.full_description, it.full_description))
            return text.replace(esc(it.description) + " ", esc(it.description) + "<br>", 1)
        return self.value(role, it, n, row)

    def r23_rows(self, roles: list[str], it: Item, n: int) -> str:
        row = self.out.row()
        tds = "".join(
            f"<td class='{'num' if r in _NUMERIC else ''} c-{r}'>"
            f"{self.r23_value(r, it, n, row)}</td>"
            for r in roles
        )
        out = f"<tr class='it'>{tds}</tr>"
        if self.o["r23_eco"] and self.rng.random() < 0.5:
            fee = self.s.money(Decimal(self.rng.choice((5, 10, 25, 50, 120))) / 100)
            at = roles.index("description")
            pad = f"<td colspan='{at}'></td>" if at else ""
            note = esc(self.r23("eco", a=fee))
            out += f"<tr class='sub'>{pad}<td colspan='{len(roles) - at}'><i>{note}</i></td></tr>"
        return out

    def table(self) -> str:
        roles = self.roles()
        ths = "".join(
            f"<th class='{'num' if r in _NUMERIC else ''} c-{r}'>{esc(self.head_label(r))}</th>"
            for r in roles
        )
        body = "".join(self.r23_rows(roles, it, n) for n, it in enumerate(self.d.items, 1))
        cls = f"items r23 {self.f.renderer} rules-{self.o['rules']}"
        return f"<table class='{cls}'><tbody><tr class='head'>{ths}</tr>{body}</tbody></table>"

    def css(self) -> str:
        return (
            super().css()
            + """
table.r23 { border-collapse: collapse; }
table.r23 td, table.r23 th { padding: 1.5pt 4pt; vertical-align: top; }
table.r23 th { font-weight: bold; text-align: left; }
table.r23 th.num { text-align: right; }
table.r23 tr.sub td { padding-top: 0; font-size: 0.9em; }
table.r23 td.c-pack, table.r23 td.c-ship_date { white-space: nowrap; }
table.r23_delivery th, table.r23_confirm th { border-bottom: 0.8pt solid #333; }
"""
        )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(2, -exponent) if isinstance(exponent, int) else 2
