"""The unit a quantity column's header names once for every row ("Qté (m)", "Quantity
(kg)", "Qty in h"), as tables of one kind of goods print it instead of a unit per row.

Structure and vocabulary both: the word must stand in brackets at the end of the label
over the row's quantity, or after "en" / "in", and be a unit of the closed set
(``unit_words``): "Qté (UV)" or "Prix (€)" name no unit here. The row's own unit, wherever
it prints one, comes first; this is a reading of the header, its row's confidence capped
by the caller."""

from __future__ import annotations

import re

from extraction.geometry import x_overlap
from extraction.tables.cells import Cell
from extraction.tables.header import Label
from extraction.tables.unit_words import is_unit
from extraction.tables.vocabulary import label_role

_IN_BRACKETS = re.compile(r"[(\[]\s*([^()\[\]\s]{1,12})\s*[)\]]\s*$")
_AFTER_WORD = re.compile(r"\b(?:en|in)\s+([^\s()]{1,12})\s*$", re.IGNORECASE)
_QUANTITY_ROLES = frozenset({"quantity", "shipped", "ordered"})


def unit_of_label(text: str) -> str | None:
    """The unit a quantity label names at its end ("Qté (m)": m), or None; the words
    before it must name a quantity."""
    text = text.strip()
    for pattern in (_IN_BRACKETS, _AFTER_WORD):
        m = pattern.search(text)
        if m and is_unit(m.group(1)) and label_role(text[: m.start()].strip()) in _QUANTITY_ROLES:
            return m.group(1)
    return None


def unit_over_quantity(qty: Cell, labels: list[Label]) -> str | None:
    """The unit the header names over the row's quantity cell: the labels over the cell
    read together ("Quantité" and "(h)" may be set as two)."""
    over = [lb for lb in labels if x_overlap(lb, qty) > 0]
    if not over or any(lb.role not in (None, *_QUANTITY_ROLES) for lb in over):
        return None
    return unit_of_label(" ".join(lb.text for lb in sorted(over, key=lambda lb: lb.x0)))
