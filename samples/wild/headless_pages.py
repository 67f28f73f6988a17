"""Pages of the header-less table families (``headless_families.py``, tables20).

The table is drawn as ``Rows18Page`` draws it (no rules, odd column orders, notes under
some rows), but its head row says nothing the reader lists: none at all, single letters
and symbols, or words of a language the reader does not read (German, Spanish, Italian,
Dutch; wordings written here). A line-number column (1..n) stands first in some tables,
a discount column (a percentage) in some. Truth discipline as everywhere (``printed.py``).
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.printed import Row
from samples.wild.rows18_pages import Rows18Page

HEADLESS_RENDERERS = ("headless_bare", "headless_foreign")

# the head row's style per family
_STYLES = {
    "headless_bare": ("none", "none", "symbols"),
    "headless_foreign": ("de", "es", "it", "nl"),
}

# head words by style and role (own wordings)
HEADLESS_WORDS: dict[str, dict[str, list[str]]] = {
    "symbols": {
        "line_no": ["", "·"],
        "sku": ["", "@"],
        "description": ["", "—"],
        "quantity": ["×", "n"],
        "unit": ["", "u"],
        "unit_price": ["à", "/u"],
        "line_total": ["=", "Σ"],
        "discount": ["−%", "%"],
    },
    "de": {
        "line_no": ["Lfd.", "Zeile"],
        "sku": ["Artikelnummer", "Art.-Nr."],
        "description": ["Leistungsbeschreibung", "Artikelbezeichnung"],
        "quantity": ["Stückzahl", "Anz."],
        "unit": ["Einh.", "ME"],
        "unit_price": ["Stückpreis", "E-Preis"],
        "line_total": ["Gesamtbetrag", "Summe"],
        "discount": ["Nachlass", "Rab."],
    },
    "es": {
        "line_no": ["Lín.", "Nº lín."],
        "sku": ["Cód. artículo", "Código"],
        "description": ["Concepto", "Descripción del artículo"],
        "quantity": ["Cant.", "Unidades"],
        "unit": ["Ud.", "Medida"],
        "unit_price": ["Precio ud.", "Importe unitario"],
        "line_total": ["Importe", "Subtotal línea"],
        "discount": ["Dto.", "Descuento"],
    },
    "it": {
        "line_no": ["Riga", "Progr."],
        "sku": ["Cod. art.", "Codice"],
        "description": ["Descrizione articolo", "Oggetto"],
        "quantity": ["Q.tà", "Pezzi"],
        "unit": ["U.m.", "Unità"],
        "unit_price": ["Prezzo unit.", "Costo cad."],
        "line_total": ["Imponibile", "Valore riga"],
        "discount": ["Sconto", "Sc. %"],
    },
    "nl": {
        "line_no": ["Regel", "Volgnr."],
        "sku": ["Artikelcode", "Art.code"],
        "description": ["Omschrijving", "Artikelomschrijving"],
        "quantity": ["Aantal", "Stuks"],
        "unit": ["Eenh.", "Verp."],
        "unit_price": ["Stukprijs", "Prijs p/st"],
        "line_total": ["Bedrag", "Regelbedrag"],
        "discount": ["Korting", "Kort. %"],
    },
}


class HeadlessPage(Rows18Page):
    """A page whose line table lines up and adds up but is headed by no word the reader
    lists: the table must be found by its structure."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        style = rng.choice(_STYLES.get(fam.renderer, ("none",)))
        self.o["headless_style"] = style
        # the head row is drawn by ``head_row`` below unless there is none
        self.o["rows18_head"] = "none" if style == "none" else "short"
        self.o["headless_line_no"] = rng.random() < 0.5
        # notes under rows are the loose-table families' matter (rows18): none here, so
        # these pages measure finding the table and naming its columns
        self.o["rows18_note"] = "none"
        self.o["rows18_leaders"] = False

    def roles(self) -> list[str]:
        roles = super().roles()
        if self.o["headless_line_no"] and "line_no" not in roles:
            roles.insert(0, "line_no")
        elif not self.o["headless_line_no"] and roles[0] == "line_no" and self.rng.random() < 0.5:
            roles = roles[1:]
        return roles

    def head_label(self, role: str) -> str:
        base = {"qtyunit": "quantity", "qtyunit_shipped": "quantity", "price": "unit_price"}
        base |= {"ordered": "quantity", "shipped": "quantity", "backorder": "quantity"}
        words = HEADLESS_WORDS.get(self.o["headless_style"])
        if words is None:
            return super().head_label(role)
        return self.drawn_once(f"__hl_{role}", words.get(base.get(role, role), [""]))

    def r18_value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "price":
            # no head says "per 1000" here: the price is printed per unit
            return self.value("unit_price", it, n, row)
        return super().r18_value(role, it, n, row)

    def css(self) -> str:
        # cells 10 pt apart, as most printed tables set them: columns set tighter than a
        # word space are tight_cells.py's matter, not finding the table
        return super().css() + (
            "\ntable.rows18 td, table.rows18 th { padding: 1.5pt 5pt 1.5pt 5pt; }\n"
        )
