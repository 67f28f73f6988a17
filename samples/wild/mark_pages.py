"""Pages of the item-mark development family (``mark_families.py``).

Everything but the line table is drawn as ``RowPage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. A mark under an
item (a serial or batch number, a dashed note, a detail on a table row of its own) and a
section's heading are no part of any item (no truth); the item's code is its ``sku`` wherever it
stands, and the description is the text without it and without the brackets around it.
"""

from __future__ import annotations

import random
from functools import partial

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.row_pages import ROW_ALIGNS, RowPage

MARK_RENDERERS = ("tbl_item_marks",)

# where the item's code stands
MARK_CODE_MODES = (
    "column",  # a column of its own
    "brackets",  # after the text, in brackets: "Widget [AB-123]"
    "before",  # before the text in the description's cell: "AB-123  Widget"
    "under",  # on a line of its own under the text, behind a label: "Ref. AB-123"
)
# what a mark under an item says; it is set on a table row of its own, in the
# description's column only and in the description's type: only the row's spacing tells it
# from a wrapped line (every other family prints an item's detail in its cell, as text of
# the description)
MARK_STYLES = (
    "marker",  # behind a marker word
    "bullet",  # behind a dash or a bullet
    "plain",  # no marker
)

MARK_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "marker": ["N° série : {s}", "Lot : {n}", "S/N {s}", "Charge {n} – DLUO {m}/20{y}"],
        "bullet": ["– livré partiellement", "• reliquat sous {k} jours", "– sur rendez-vous"],
        "plain": ["conforme à l'échantillon du {d}/{m}", "livraison quai {k}", "stock dépôt {k}"],
        "code_label": ["Réf. {c}", "Art. {c}", "Code : {c}"],
        "section": ["Fournitures", "Main-d'œuvre", "Transport et emballage", "Options"],
    },
    "en": {
        "marker": ["Serial no. {s}", "Batch {n}", "S/N {s}", "Lot {n} – exp. {m}/20{y}"],
        "bullet": ["– part delivery", "• balance in {k} days", "– by appointment only"],
        "plain": ["as per sample of {m}/{d}", "dock {k} delivery", "from depot {k}"],
        "code_label": ["Ref. {c}", "Item code: {c}", "Part {c}"],
        "section": ["Materials", "Labour", "Freight and packing", "Optional items"],
    },
}


class MarkPage(RowPage):
    """A page whose items carry marks flush under their text, codes in several places and
    section headings between them."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["align"] = rng.choice(ROW_ALIGNS)
        self.o["code_mode"] = rng.choice(MARK_CODE_MODES)
        self.o["mark_style"] = rng.choice(MARK_STYLES)
        self.o["mark_at"] = {k for k in range(len(doc.items)) if rng.random() < 0.35}
        self.o["sections"] = (
            {0} | {k for k in range(2, len(doc.items)) if rng.random() < 0.2}
            if rng.random() < 0.4 and len(doc.items) >= 4
            else set()
        )
        # a code kept on one line beside the text would run out of a narrow column
        self.o["narrow"] = rng.random() < 0.6 and self.o["code_mode"] in ("column", "under")

    def _mark(self) -> str:
        rng = self.rng
        return rng.choice(MARK_WORDS[self.lang][self.o["mark_style"]]).format(
            n=rng.randint(10000, 99999),
            s=f"{rng.choice('ACKMX')}{rng.randint(100000, 999999)}",
            d=rng.randint(2, 28),
            m=rng.randint(1, 12),
            y=rng.randint(26, 29),
            k=rng.randint(2, 30),
        )

    def mark_value(self, k: int, role: str, it: Item, n: int, row: Row) -> str:
        mode = self.o["code_mode"]
        if role != "description":
            return self.row_value(role, it, n, row)
        text = esc(row.put("description", it.full_description, it.description))
        if it.sku and mode == "before":
            text = f"<span class='mcd'>{esc(row.put('sku', it.sku, it.sku))}</span>&nbsp; {text}"
        if it.sku and mode == "brackets":
            code = esc(row.put("sku", it.sku, it.sku))
            # a code of several groups is set off by a dash: glued to a bracket, its first
            # and last groups would read as other words
            shown = f"– {code}" if " " in it.sku else f"[{code}]"
            text += f" <span class='mcd'>{shown}</span>"
        if it.detail:
            text += f"<br>{esc(it.detail)}"
        if it.sku and mode == "under":
            label = self.drawn_once(
                "__mark_code_label", MARK_WORDS[self.lang]["code_label"], c="\x00"
            )
            code = f"<span class='mcd'>{esc(row.put('sku', it.sku, it.sku))}</span>"
            text += f"<br><span class='mcode'>{esc(label).replace(chr(0), code)}</span>"
        return text

    def table(self) -> str:
        roles = self.item_roles()
        if self.o["code_mode"] != "column" and "sku" in roles:
            roles.remove("sku")
        sections = MARK_WORDS[self.lang]["section"]
        body = []
        for k, it in enumerate(self.d.items):
            if k in self.o["sections"]:
                title = sections[len([s for s in self.o["sections"] if s < k]) % len(sections)]
                body.append(f"<tr class='msect'><td colspan='{len(roles)}'>{esc(title)}</td></tr>")
            tds = self.cells(roles, it, k + 1, self.out.row(), partial(self.mark_value, k))
            body.append(f"<tr>{tds}</tr>")
            if k in self.o["mark_at"]:
                at = roles.index("description")
                rest = "<td></td>" * (len(roles) - at - 1)
                body.append(
                    f"<tr class='mrow'>{'<td></td>' * at}<td>{esc(self._mark())}</td>{rest}</tr>"
                )
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        return super().css() + "tr.msect td { font-weight: bold; padding-top: 2.5mm; }\n"
