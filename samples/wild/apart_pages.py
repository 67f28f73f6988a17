"""The line table of ``tbl_code_apart`` (``cell_families.py``): the article code printed
apart from its row's description, where no reader's column header or cell finds it (issue
20, "SKU absent": the code is neither in a code column nor in the description cell).

One placement per document (``APART_PLACES``):

- ``row_under`` / ``row_above``: a table line of its own under (over) the item's, the code
  in the description's column or spanning the table, maybe after a marker ("Réf. :",
  "Item #") and maybe with a second note ("Réf. : AB-123 · Origine : FR");
- ``lineno_under``: the code under the line number, in the same cell ("3" over "AB-123");
- ``far_column``: a code column right of the numbers or between them, under a header
  word no reader knows ("Catalogue", "Ident") or none, its cells maybe marked ("Réf.
  AB-123", "[AB-123]", "# AB-123");
- ``right_of_desc``: a code column right of the description with no header at all.

Truth discipline as everywhere (``printed.py``): the code is the row's ``sku`` without its
marker or brackets; the description is the text without the code.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import CodePage, draw_code

APART_PLACES = ("row_under", "row_above", "lineno_under", "far_column", "right_of_desc")
# how a code cell of a far column is marked
CELL_MARKS = ("plain", "plain", "marker", "brackets")
APART_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "marker": ["Réf. :", "Réf.", "Art.", "Code :", "Référence :", "N° art.", ""],
        "head": ["Catalogue", "Nomenclature", "Repère", "Ident.", "Identifiant", ""],
        "note": ["Origine : FR", "Origine : DE", "Délai : 5 j", "Stock : oui", "Garantie 2 ans"],
    },
    "en": {
        "marker": ["Ref.", "Ref:", "Art.", "Item #", "Part no.", "Code:", ""],
        "head": ["Catalog", "Ident", "Your part", "Cat.", "Key", ""],
        "note": ["Origin: DE", "Origin: US", "Lead time 5 d", "In stock", "2-year warranty"],
    },
}


class ApartPage(CodePage):
    """A page whose line table prints each code apart from its row's description."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        if fam.renderer != "tbl_code_apart":
            return
        rng = self.rng
        shape = rng.choice(("digits", "letters_digits", "letters_dash", "dotted", "spaced"))
        for it in doc.items:
            if it.sku is not None:
                it.sku = draw_code(rng, shape)
        words = APART_WORDS[self.lang]
        self.o["apart"] = rng.choice(APART_PLACES)
        self.o["apart_marker"] = rng.choice(words["marker"])
        self.o["apart_head"] = rng.choice(words["head"])
        self.o["apart_span"] = rng.random() < 0.4  # the code's line spans the table
        self.o["apart_note"] = rng.random() < 0.25  # a note beside the code on its line
        self.o["apart_mark"] = rng.choice(CELL_MARKS)
        self.o["apart_at"] = rng.choice(("last", "after_qty", "first_number"))

    def head(self, role: str) -> str:
        if role == "apart_code":
            return str(self.o["apart_head"])
        return super().head(role)

    def _code(self, it: Item, row: Row) -> str:
        return f"<span class='cd'>{esc(row.put('sku', it.sku, it.sku))}</span>" if it.sku else ""

    def _marked(self, it: Item, row: Row, mark: str) -> str:
        code = self._code(it, row)
        if not code:
            return ""
        if mark == "brackets":
            return f"[{code}]"
        if mark == "marker" and self.o["apart_marker"]:
            return f"{esc(self.o['apart_marker'])} {code}"
        return code

    def _roles(self) -> list[str]:
        extras, place = self.o["extras"], self.o["apart"]
        roles = ["description", "quantity"]
        if "unit" in extras:
            roles.append("unit")
        if "line_no" in extras or place == "lineno_under":
            roles = ["line_no", *roles]
        if place == "right_of_desc":
            roles.insert(roles.index("description") + 1, "apart_code")
        prices = self.price_roles()
        if place == "far_column":
            at = self.o["apart_at"]
            if at == "after_qty" or not prices:
                roles.insert(roles.index("quantity") + 1, "apart_code")
                roles += prices
            elif at == "first_number":
                roles += [prices[0], "apart_code", *prices[1:]]
            else:
                roles += [*prices, "apart_code"]
        else:
            roles += prices
        return roles

    def _value(self, role: str, it: Item, n: int, row: Row) -> str:
        place = self.o["apart"]
        if role == "apart_code":
            mark = self.o["apart_mark"] if place == "far_column" else "plain"
            return self._marked(it, row, mark)
        if role == "line_no" and place == "lineno_under" and it.sku:
            return f"{n}<br><span class='detail'>{self._code(it, row)}</span>"
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        return self.cell(role, it, n, row)

    def _code_line(self, roles: list[str], it: Item, row: Row) -> str:
        """The table line of the code alone (``row_under`` / ``row_above``)."""
        text = self._marked(it, row, "marker")
        if text and self.o["apart_note"]:
            text += f" · {esc(self.rng.choice(APART_WORDS[self.lang]['note']))}"
        at = roles.index("description")
        before = "".join("<td></td>" for _ in roles[:at])
        if self.o["apart_span"]:
            return f"<tr class='codeline'>{before}<td colspan='{len(roles) - at}'>{text}</td></tr>"
        after = "".join("<td></td>" for _ in roles[at + 1 :])
        return f"<tr class='codeline'>{before}<td>{text}</td>{after}</tr>"

    def apart_table(self) -> str:
        roles, place = self._roles(), self.o["apart"]
        body = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            line = self.cells(roles, it, n, row, self._value)
            code_line = self._code_line(roles, it, row) if it.sku else ""
            # the code line is set against its item's row, as a print groups them
            if place == "row_above" and code_line:
                body.append(code_line.replace("class='codeline'", "class='codeline over'"))
            coded = {"row_above": "coded-below", "row_under": "coded-above"}.get(place, "")
            body.append(f"<tr class='{coded if code_line else ''}'>{line}</tr>")
            if place == "row_under" and code_line:
                body.append(code_line.replace("class='codeline'", "class='codeline under'"))
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        return super().css() + (
            "\n.codeline.under td, tr.coded-below td { border-top: none; padding-top: 0; }"
            "\n.codeline.over td, tr.coded-above td { border-bottom: none; padding-bottom: 0; }\n"
        )
