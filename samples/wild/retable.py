"""``python -m samples.wild.retable OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose line table is printed in a way the table reader was never written for
(issue 20, line rows on layouts never seen): the column captions replaced by made-up words
or left out, the columns in a shuffled order, the ruling removed, the descriptions wrapped
over two or three printed lines, and the units printed in a column of their own or glued to
the quantity ("12 pcs"). Everything else on the page is what ``python -m samples.wild``
draws for the same seed and index, so a gain here is the reader finding columns and rows by
their content and arithmetic rather than by one more known caption or one more known grid.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). The
caption words are this module's own, made up and short; the truth is what the page prints,
as everywhere (``Printed.put`` is untouched). The patch lives only in this process.
"""

from __future__ import annotations

import random
import sys
from typing import Any

from samples.wild.page import Page, Rendered, esc
from samples.wild.patched_cli import run_patched
from samples.wild.patched_draws import by_share, document_rng, pool_language

# pool -> language -> made-up captions (one list for every column: none names its role)
POOLS: dict[str, dict[str, list[str]]] = {
    "a": {
        "fr": ["Rubr.", "Lib. p.", "Zone", "Val.", "Cpt", "Case", "Indic.", "Pt", "Colonne"],
        "en": ["Fld", "Slot", "Data", "Val.", "Figure", "Box", "Entry", "Tag", "Col."],
    },
    "b": {
        "fr": ["Champ", "Donnée", "Élém.", "Info", "Cellule", "Indice", "Cote", "Part"],
        "en": ["Cell", "Bit", "Point", "Info", "Key", "Mark", "Pane", "Item c."],
    },
}
# how the captions are printed: made-up words, each left blank, or no caption row at all
CAPTIONS = (("blank", 0.2), ("dropped", 0.2))
# the share of pages whose table is reprinted: the others keep theirs, as a sender's do
SHARE = 0.85
# each change's share among the reprinted pages (drawn apart from one another)
SHUFFLED, UNRULED, WRAPPED = 0.6, 0.6, 0.5
# where a reprinted page prints its units: a column of their own, glued to the quantity,
# or as the page drew it
UNITS = (("column", 0.35), ("glued", 0.35))


def _rng(page: Page, pool: str, what: str) -> random.Random:
    return document_rng("retable", page, what, pool)


def reprinted(page: Page, pool: str) -> bool:
    return _rng(page, pool, "page").random() < SHARE


def caption(page: Page, pool: str, role: str) -> str | None:
    """The made-up caption of ``role`` on this page, "" for none, None to keep the page's."""
    if not reprinted(page, pool):
        return None
    mode = by_share(_rng(page, pool, "captions").random(), CAPTIONS, "word")
    if mode == "dropped":
        return ""
    if mode == "blank" and role != "description":
        return ""
    words = POOLS[pool][pool_language(page)]
    text = _rng(page, pool, f"caption:{role}").choice(words)
    return text.upper() if page.o["upper"] else text


def wrapped(text: str, rng: random.Random) -> str:
    """``text`` (already escaped) broken over two or three printed lines at word gaps."""
    words = text.split(" ")
    if len(words) < 3:
        return text
    parts = min(len(words), rng.choice((2, 3)))
    cuts = sorted(rng.sample(range(1, len(words)), parts - 1))
    pieces, last = [], 0
    for cut in [*cuts, len(words)]:
        pieces.append(" ".join(words[last:cut]))
        last = cut
    return "<br>".join(pieces)


def patch(pool: str) -> None:
    """Make every page of this process print its line table the ``pool`` way."""
    column, roles_of, cell, render = Page.column, Page.roles, Page.cell, Page.render

    def recaptioned(self: Page, role: str) -> str:
        drawn = column(self, role)
        slot = f"__retable_{role}"
        if slot not in self._labels:
            new = caption(self, pool, role)
            self._labels[slot] = drawn if new is None else new
        return self._labels[slot]

    def shuffled(self: Page) -> list[str]:
        roles = roles_of(self)
        if reprinted(self, pool) and _rng(self, pool, "shuffle").random() < SHUFFLED:
            _rng(self, pool, "order").shuffle(roles)
        return roles

    def rewrapped(self: Page, role: str, it: Any, n: int, row: Any) -> str:
        text = cell(self, role, it, n, row)
        if role != "description" or not reprinted(self, pool):
            return text
        rng = _rng(self, pool, f"wrap:{n}")
        if _rng(self, pool, "wrap").random() >= WRAPPED:
            return text
        own = esc(it.description)
        return text.replace(own, wrapped(own, rng), 1) if own in text else text

    def rendered(self: Page) -> Rendered:
        if reprinted(self, pool):
            if _rng(self, pool, "rules").random() < UNRULED:
                self.o["rules"] = "none"
            units = by_share(_rng(self, pool, "units").random(), UNITS, "kept")
            if any(it.unit for it in self.d.items) and self.o["qty"] != "merged":
                if units == "column":
                    self.o["qty"] = "column"
                    if "unit" not in self.o["extras"]:
                        self.o["extras"] = [*self.o["extras"], "unit"]
                elif units == "glued":
                    self.o["qty"] = "with_unit"
                    self.o["extras"] = [x for x in self.o["extras"] if x != "unit"]
        return render(self)

    Page.column = recaptioned  # type: ignore[method-assign]
    Page.roles = shuffled  # type: ignore[method-assign]
    Page.cell = rewrapped  # type: ignore[method-assign]
    Page.render = rendered  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.retable", __doc__, POOLS, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
