"""Pages of the item-card family ``card_items`` (``section_families.py``): no column table,
each item a small block of its own.

Everything but the items is drawn as ``TablePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``; the captions
beside the numbers and the item's running number are no part of any value.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

CARD_RENDERERS = ("card_items",)

# how a card prints its numbers
CARD_SHAPES = (
    "captions_line",  # "Qty: 3   Unit price: 12.00   Total: 36.00"
    "mini_grid",  # captions over values, a two-row grid
    "product_line",  # "3 x 12.00 = 36.00"
)

# wordings of the family (checked against the held-out wordings by the tests)
CARD_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "quantity": ["Qté", "Quantité", "Nombre"],
        "unit_price": ["Prix unitaire", "P.U.", "Prix à l'unité"],
        "line_total": ["Montant", "Total", "Montant HT"],
        "unit": ["Unité", "Cond."],
        "code": ["Réf.", "Code", "Article"],
    },
    "en": {
        "quantity": ["Qty", "Quantity", "Count"],
        "unit_price": ["Unit price", "Price each", "Each"],
        "line_total": ["Total", "Amount", "Line total"],
        "unit": ["Unit", "Pack"],
        "code": ["Ref.", "Code", "Item"],
    },
}


class CardPage(TablePage):
    """A page whose items are printed as cards (``CARD_SHAPES``), no column table."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["card"] = rng.choice(CARD_SHAPES)
        self.o["numbered"] = rng.random() < 0.4
        self.o["code_first"] = rng.random() < 0.6
        self.o["code_caption"] = rng.random() < 0.35
        self.o["boxed"] = rng.random() < 0.5

    def card_word(self, key: str) -> str:
        return self.drawn_once(f"__card_{key}", CARD_WORDS[self.lang][key])

    def title_line(self, it: Item, n: int, row: Row) -> str:
        desc = esc(row.put("description", it.full_description, it.full_description))
        parts = [f"{n}." if self.o["numbered"] else ""]
        if it.sku:
            code = esc(row.put("sku", it.sku, it.sku))
            if self.o["code_caption"]:
                code = f"{esc(self.card_word('code'))} {code}"
            if self.o["code_first"]:
                parts += [f"<b>{code}</b>", "–", desc]
            else:
                parts += [desc, f"({code})"]
        else:
            parts.append(desc)
        return f"<div class='ct'>{' '.join(p for p in parts if p)}</div>"

    def number_pairs(self, it: Item, n: int, row: Row) -> list[tuple[str, str]]:
        pairs = [(self.card_word("quantity"), self.cell("quantity", it, n, row))]
        if "unit" in self.o["extras"] and it.unit:
            pairs.append((self.card_word("unit"), self.cell("unit", it, n, row)))
        if self.d.priced:
            pairs.append((self.card_word("unit_price"), self.cell("unit_price", it, n, row)))
            pairs.append((self.card_word("line_total"), self.cell("line_total", it, n, row)))
        return pairs

    def numbers_html(self, it: Item, n: int, row: Row) -> str:
        shape = self.o["card"]
        if shape == "product_line" and self.d.priced:
            q = self.cell("quantity", it, n, row)
            unit = (
                f" {self.cell('unit', it, n, row)}"
                if it.unit and "unit" in self.o["extras"]
                else ""
            )
            p = self.cell("unit_price", it, n, row)
            t = self.cell("line_total", it, n, row)
            return f"<div class='cn'>{q}{unit} x {p} = <b>{t}</b></div>"
        pairs = self.number_pairs(it, n, row)
        if shape == "mini_grid":
            heads = "".join(f"<th>{esc(c)}</th>" for c, _v in pairs)
            vals = "".join(f"<td>{v}</td>" for _c, v in pairs)
            return f"<table class='mini'><tr>{heads}</tr><tr>{vals}</tr></table>"
        sep = self.o["sep"] or ":"
        spans = "".join(f"<span class='cp'>{esc(c)}{sep} {v}</span>" for c, v in pairs)
        return f"<div class='cn'>{spans}</div>"

    def table(self) -> str:
        cards = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            head = self.title_line(it, n, row)
            detail = ""  # the title line prints the full description, its detail too
            nums = self.numbers_html(it, n, row)
            cls = "card boxed" if self.o["boxed"] else "card"
            cards.append(f"<div class='{cls}'>{head}{detail}{nums}</div>")
        return f"<div class='cards'>{''.join(cards)}</div>"

    def cell(self, role: str, it: Item, n: int, row: object) -> str:
        if role == "description":  # the title line puts it
            return ""
        return super().cell(role, it, n, row)

    def css(self) -> str:
        return (
            super().css()
            + """
.cards { margin: 3mm 0; }
.card { margin: 0 0 3mm 0; padding: 1.5mm 2mm; break-inside: avoid; }
.card.boxed { border: 0.5pt solid #888; }
.card .ct { margin-bottom: 1mm; }
.card .cd2 { font-size: 0.85em; color: #444; }
.card .cn .cp { margin-right: 9mm; }
.card table.mini { border-collapse: collapse; margin-top: 1mm; }
.card table.mini th { font-weight: normal; font-size: 0.85em; text-align: left; }
.card table.mini th { padding: 0 8mm 0 0; }
.card table.mini td { padding: 0 8mm 0 0; }
"""
        )
