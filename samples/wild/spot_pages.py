"""Pages of the code-placement family ``tbl_code_spot`` (``spot_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``; a marker repeated
in the code's cell, a bar code and the line number are no part of the code.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import SHAPES, CodePage, draw_code

SPOT_RENDERERS = ("tbl_code_spot",)

SPOT_PLACEMENTS = (
    "tail_col",  # the code column last, right of the amount
    "mid_col",  # the code column between the description and the prices
    "foreign_head",  # the code column first, its header in another language
    "under_row",  # the code on a line of its own under the row
    "right_in_desc",  # the code set apart at the right end of the description cell
    "cell_label",  # every code cell repeats a marker before the code
    "lineno_stack",  # the code under the line number, in its cell
    "code_ean",  # the code over the item's bar code in one cell
)

# header words over the code column: other languages, words no reader's vocabulary holds,
# or nothing (checked against the held-out wordings by the tests)
SPOT_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "head": ["Artikelnr.", "Código", "Codice", "Modèle", "Repère", "Type", "Ident.", ""],
        "cell_label": ["Réf.", "Art.", "Nr.", "Cde", "Id."],
        "under": ["", "", "Artikel-Nr. :", "Cód.", "Id :"],
    },
    "en": {
        "head": ["Artikelnr.", "Código", "Codice", "Model", "Style", "Ident", "Type", ""],
        "cell_label": ["Ref.", "Art.", "Nr.", "Id.", "Model"],
        "under": ["", "", "Artikel-Nr.:", "Cód.", "Id:"],
    },
}


def _ean(rng: random.Random) -> str:
    """A valid EAN-13."""
    body = "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


class SpotPage(CodePage):
    """A page whose line table prints the article code in one of ``SPOT_PLACEMENTS``."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        shapes = rng.sample(SHAPES, 2) if rng.random() < 0.3 else [rng.choice(SHAPES)]
        for it in doc.items:
            if it.sku is not None:
                it.sku = draw_code(rng, rng.choice(shapes))
        self.o["spot"] = rng.choice(SPOT_PLACEMENTS)
        self.o["under_right"] = rng.random() < 0.4
        self.o["mid_after"] = rng.choice(["description", "quantity"])
        self.o["eans"] = {k: _ean(rng) for k in range(len(doc.items))}

    def spot_word(self, key: str) -> str:
        return self.drawn_once(f"__spot_{key}", SPOT_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        if role == "sku":
            return self.spot_word("head")
        if role == "lineno_code":
            return self.column("line_no")
        return super().head(role)

    def _code(self, it: Item, row: Row) -> str:
        if not it.sku:
            return ""
        return f"<span class='cd'>{esc(row.put('sku', it.sku, it.sku))}</span>"

    def spot_value(self, role: str, it: Item, n: int, row: Row) -> str:
        spot = self.o["spot"]
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            if spot == "right_in_desc" and it.sku:
                return f"<span class='rcd'>{self._code(it, row)}</span>{text}"
            return text
        if role == "sku":
            code = self._code(it, row)
            if spot == "cell_label" and code:
                return f"{esc(self.spot_word('cell_label'))} {code}"
            if spot == "code_ean" and code:
                ean = self.o["eans"][n - 1]
                return f"{code}<br><span class='detail'>{ean}</span>"
            return code
        if role == "lineno_code":
            code = self._code(it, row)
            return f"{n}<br>{code}" if code else str(n)
        return self.cell(role, it, n, row)

    def spot_roles(self) -> list[str]:
        spot, extras = self.o["spot"], self.o["extras"]
        has_code = any(it.sku for it in self.d.items)
        roles: list[str] = []
        if spot == "lineno_stack" and has_code:
            roles.append("lineno_code")
        elif "line_no" in extras:
            roles.append("line_no")
        if has_code and spot in ("foreign_head", "cell_label", "code_ean"):
            roles.append("sku")
        roles += ["description", "quantity"]
        if "unit" in extras:
            roles.append("unit")
        if has_code and spot == "mid_col":
            roles.insert(roles.index(self.o["mid_after"]) + 1, "sku")
        roles += self.price_roles()
        if has_code and spot == "tail_col":
            roles.append("sku")
        return roles

    def table(self) -> str:
        roles = self.spot_roles()
        body: list[str] = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            tds = self.cells(roles, it, n, row, self.spot_value)
            body.append(f"<tr>{tds}</tr>")
            if self.o["spot"] == "under_row" and it.sku:
                label = self.spot_word("under")
                code = self._code(it, row)
                text = f"{esc(label)} {code}" if label else code
                side = "right" if self.o["under_right"] else "left"
                body.append(
                    f"<tr class='coderow'><td colspan='{len(roles)}' "
                    f"style='text-align:{side}'>{text}</td></tr>"
                )
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        return (
            super().css()
            + ".rcd { float: right; padding-left: 6mm; }\n"
            + "tr.coderow td { font-size: 0.85em; padding-top: 0; }\n"
        )
