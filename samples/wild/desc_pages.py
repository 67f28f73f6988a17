"""Pages of the description development family (``desc_families.py``).

Everything but the line table is drawn as ``RowPage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. A note set
indented under the description or on a row of its own is no part of any item (no truth);
a unit printed after the description, its unit cell left empty, is the row's ``unit`` and
the description is the text without it; a description's wrapped lines are all of it.
"""

from __future__ import annotations

import random
from functools import partial

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.row_pages import ROW_ALIGNS, RowPage

DESC_RENDERERS = ("tbl_desc_notes",)

# where a note under an item stands
DESC_NOTE_MODES = (
    "indent",  # inside the description's cell, indented, smaller, italic
    "span",  # a row of its own from the description's column across the numbers
)

DESC_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "note": [
            "Lot {n}, DLC {m}/20{y}",
            "N.S. {s}",
            "Livraison du {d}/{m}, reste sous {k} j.",
            "Envoi à part depuis l'entrepôt",
            "Reste à livrer : {k}",
            "Selon votre mail du {d}/{m}",
        ],
    },
    "en": {
        "note": [
            "Lot {n}, best before {m}/20{y}",
            "Ser. {s}",
            "Part shipped {m}/{d}, rest in {k} days",
            "Ships apart from main stock",
            "Still to ship: {k}",
            "Per your e-mail of {m}/{d}",
        ],
    },
}


class DescPage(RowPage):
    """A page whose description cells carry notes that are not the item's, units whose
    cell is empty, and descriptions wrapped over several lines."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["note_mode"] = rng.choice(DESC_NOTE_MODES)
        self.o["align"] = rng.choice(ROW_ALIGNS)
        self.o["note_at"] = {k for k in range(len(doc.items)) if rng.random() < 0.35}
        self.o["unit_in_desc"] = {k for k in range(len(doc.items)) if rng.random() < 0.4}
        self.o["narrow"] = rng.random() < 0.5

    def _note(self) -> str:
        rng = self.rng
        return rng.choice(DESC_WORDS[self.lang]["note"]).format(
            n=rng.randint(10000, 99999),
            s=f"{rng.choice('ABCKMX')}{rng.randint(100000, 999999)}",
            d=rng.randint(2, 28),
            m=rng.randint(1, 12),
            y=rng.randint(26, 29),
            k=rng.randint(2, 30),
        )

    def desc_value(self, k: int, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.unit and k in self.o["unit_in_desc"]:
                text += f" {self._unit(it, row)}"
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            if self.o["note_mode"] == "indent" and k in self.o["note_at"]:
                text += f"<div class='dnote'>{esc(self._note())}</div>"
            return text
        if role == "unit":
            return "" if k in self.o["unit_in_desc"] else self._unit(it, row)
        return self.row_value(role, it, n, row)

    def table(self) -> str:
        roles = self.item_roles()
        at = roles.index("description")
        body = []
        for k, it in enumerate(self.d.items):
            n = k + 1
            tds = self.cells(roles, it, n, self.out.row(), partial(self.desc_value, k))
            body.append(f"<tr>{tds}</tr>")
            if self.o["note_mode"] == "span" and k in self.o["note_at"]:
                lead = "<td></td>" * at
                body.append(
                    f"<tr class='dspan'>{lead}<td colspan='{len(roles) - at}'>"
                    f"{esc(self._note())}</td></tr>"
                )
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        return (
            super().css()
            + ".dnote { padding-left: 4mm; font-style: italic; font-size: 0.85em; }\n"
            + "tr.dspan td { font-style: italic; font-size: 0.9em; }\n"
        )
