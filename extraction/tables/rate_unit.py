"""A rate and a unit printed in one cell ("20% bag"): two columns set so close that the
row's words group into one segment. A percentage then one word of the closed set of units
is two cells, the rate's and the unit's, whatever their order in the table; the unit alone
is no part of a rate, and a rate followed by a word that is no unit ("20% off") or by one
letter (the tax's code: "5,5% G") stays."""

from __future__ import annotations

import re

from extraction.tables.cells import Cell, split_cell
from extraction.tables.unit_words import is_unit

_RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,3})?\s?%$")


def rate_then_unit(cells: list[Cell], language: str) -> list[Cell]:
    """``cells`` with each cell of a rate then a unit cut in two."""
    out: list[Cell] = []
    for cell in cells:
        words = cell.words
        at = 2 if len(words) == 3 and words[1].text == "%" else 1
        if (
            len(words) == at + 1
            and _RATE.match(" ".join(w.text for w in words[:at]).replace(" %", "%"))
            and len(words[at].text) >= 2  # "5,5% G": a tax code's letter, no gram
            and is_unit(words[at].text)
        ):
            out += split_cell(cell, at, language)
        else:
            out.append(cell)
    return out
