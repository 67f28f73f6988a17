"""Pages of the twin-code development family (``twin_families.py``).

Everything but the line table is drawn as ``CodePage`` draws it. One placement per
document (``TWIN_PLACES``):

- ``ean_beside``: a column of EAN-13 bar codes (valid check digits) beside the supplier's
  code column, before or after it, under a header word or none;
- ``customer_beside``: the customer's own code column beside the supplier's, each under
  its header word (or the supplier's under none);
- ``short_numeric``: codes of three or four digits only ("4512"), maybe after a line
  number, that read as counts;
- ``narrow_blank``: a narrow code column under no header word, left of the description;
- ``narrow_wrap``: long codes in a narrow column, wrapped after a dash or a slash
  ("ABC-4512-" over "VX-200");
- ``tail_marker``: no code column; the code after the description's text in the same
  cell behind a marker ("Widget – Réf: AB-123", "Widget, Item # AB-123").

Truth discipline as everywhere (``printed.py``): the row's ``sku`` is the supplier's code
without marker; the bar code and the customer's code are no field of the row; the
description is the text without the code.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.table_pages import CodePage, _letters, draw_code

TWIN_RENDERERS = ("tbl_code_twin",)

TWIN_PLACES = (
    "ean_beside",
    "customer_beside",
    "short_numeric",
    "narrow_blank",
    "tail_marker",
    "narrow_wrap",
)
# code shapes: the common ones plus slashed groups and letters with inner spaces
TWIN_SHAPES = ("digits", "letters_digits", "letters_dash", "dotted", "slash_groups", "inner_space")
# long codes a narrow column wraps after a dash or a slash ("ABC-4512-" over "VX-200")
_LONG_SHAPES = ("long_dashed", "long_slashed")
TWIN_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "ean": ["EAN", "EAN 13", "GTIN", "Gencod", ""],
        "ours": ["Réf.", "Réf. F", "Art. n°", "Réf. fab", ""],
        "theirs": ["Réf. cl", "Cd cli.", "Art. cl"],
        "short": ["Art.", "N° art.", "Code", ""],
        "marker": ["Réf:", "Réf.", "Art.", "Code :"],
        "join": [" – ", ", ", " - "],
    },
    "en": {
        "ean": ["EAN", "EAN-13", "GTIN", "UPC/EAN", ""],
        "ours": ["Ref.", "Part #", "Sup. #", "Our ref", ""],
        "theirs": ["Cust #", "Buyer #", "Cust ID"],
        "short": ["Art.", "Item", "Code", ""],
        "marker": ["Ref:", "Item #", "Art.", "Code:"],
        "join": [" – ", ", ", " - "],
    },
}


def ean13(rng: random.Random) -> str:
    """Twelve digits and their EAN-13 check digit."""
    body = rng.choice(["30", "37", "40", "50", "54", "76", "80", "84"]) + "".join(
        rng.choice("0123456789") for _ in range(10)
    )
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def is_ean13(text: str) -> bool:
    """Thirteen digits whose last is their EAN-13 check digit."""
    if len(text) != 13 or not text.isdigit():
        return False
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(text[:12]))
    return int(text[12]) == (10 - total % 10) % 10


def draw_twin_code(rng: random.Random, shape: str) -> str:
    """An article code of ``shape`` (``TWIN_SHAPES``)."""
    if shape == "slash_groups":
        return f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(1, 9)}"
    if shape == "inner_space":
        return f"{_letters(rng, rng.choice([1, 2, 3]))} {rng.randint(1000, 9999)}"
    if shape == "short":
        return str(rng.randint(100, 9999))
    if shape == "long_dashed":
        head, mid, tag = _letters(rng, 3), rng.randint(1000, 9999), _letters(rng, 2)
        return f"{head}-{mid}-{tag}-{rng.randint(10, 999)}"
    if shape == "long_slashed":
        head, mid = f"{_letters(rng, 2)}{rng.randint(10, 99)}", rng.randint(1000, 9999)
        return f"{head}/{mid}/{rng.randint(100, 999)}"
    return draw_code(rng, shape)


class TwinPage(CodePage):
    """A page whose line table prints the supplier's code beside other codes, or in
    shapes that read as something else."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["twin"] = place = rng.choice(TWIN_PLACES)
        shape = {"short_numeric": "short", "narrow_wrap": rng.choice(_LONG_SHAPES)}.get(
            place, rng.choice(TWIN_SHAPES)
        )
        theirs = rng.choice([s for s in TWIN_SHAPES if s != shape])
        seen: set[str] = set()
        self._ean: dict[int, str] = {}
        self._theirs: dict[int, str] = {}
        for k, it in enumerate(doc.items):
            if it.sku is None:
                continue
            code = draw_twin_code(rng, shape)
            while code in seen:
                code = draw_twin_code(rng, shape)
            seen.add(code)
            it.sku = code
            self._ean[k] = ean13(rng)
            self._theirs[k] = draw_twin_code(rng, theirs)
        self.o["ean_first"] = rng.random() < 0.5
        self.o["theirs_first"] = rng.random() < 0.5

    def twin_word(self, key: str) -> str:
        return self.drawn_once(f"__twin_{key}", TWIN_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        place = self.o["twin"]
        if role == "ean":
            return self.twin_word("ean")
        if role == "theirs":
            return self.twin_word("theirs")
        if role == "sku":
            if place == "short_numeric":
                return self.twin_word("short")
            if place == "narrow_blank":
                return ""
            return self.twin_word("ours")
        return super().head(role)

    def twin_value(self, role: str, it: Item, n: int, row: Row) -> str:
        k = n - 1
        if role == "ean":
            return self._ean.get(k, "")
        if role == "theirs":
            return esc(self._theirs.get(k, ""))
        if role == "sku":
            code = esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
            if self.o["twin"] == "narrow_wrap":
                # a line may break after a slash or a dash, nowhere else
                code = code.replace("/", "/<wbr>")
            return code
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if it.sku and self.o["twin"] == "tail_marker":
                code = esc(row.put("sku", it.sku, it.sku))
                mark = f"{self.twin_word('join')}{esc(self.twin_word('marker'))} "
                text = self._after_text(it, text, f"{esc(mark)}<span class='cd'>{code}</span>")
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        return self.cell(role, it, n, row)

    def table(self) -> str:
        place, extras = self.o["twin"], self.o["extras"]
        codes: list[str] = []
        if place == "ean_beside":
            codes = ["ean", "sku"] if self.o["ean_first"] else ["sku", "ean"]
        elif place == "customer_beside":
            codes = ["theirs", "sku"] if self.o["theirs_first"] else ["sku", "theirs"]
        elif place in ("short_numeric", "narrow_blank", "narrow_wrap"):
            codes = ["sku"]
        if not any(it.sku for it in self.d.items):
            codes = [c for c in codes if c != "sku"]
        roles = [*codes, "description", "quantity"]
        if "unit" in extras:
            roles.append("unit")
        if "line_no" in extras or place == "short_numeric":
            roles = ["line_no", *roles]
        roles += self.price_roles()
        body = self.item_rows(roles, self.twin_value)  # drawn before the header's words
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        css = super().css()
        if self.o["twin"] == "narrow_wrap":
            css += (
                "\ntable.items td.c-sku, table.items th.c-sku { width: 13mm; max-width: 13mm;"
                " white-space: normal !important; }\n"
            )
        return css
