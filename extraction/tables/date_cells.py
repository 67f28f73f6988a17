"""A column of dates (a requested or planned delivery per line) whose head the table reading
did not take for a column: its cells end up in each line's description ("Satin white gloss
paint 2.5 L 9/28/2025"). A date is no part of an item's name when it is a cell of its own
(set apart by more than a space) on every line of the page, all in one column (edges
aligned): structure, not the head's word. The date is no line field; it is taken off the
description.
"""

from __future__ import annotations

from extraction.layout import PageLayout
from extraction.result import LineItem
from extraction.tables.desc_codes import DATE
from extraction.tables.row_columns import ALIGN, line_cells, page_lines


def _date_cell(li: LineItem, layout: PageLayout) -> tuple[str, float, float] | None:
    """The one date in the description after its first word, when the page prints it as a
    cell of its own: (its text, left edge, right edge)."""
    words = (li.description or "").split()
    dates = [w for w in words[1:] if DATE.fullmatch(w)]
    if len(dates) != 1:
        return None
    for row in line_cells(li, layout):
        for cell in row[1:]:
            if len(cell) == 1 and cell[0].text == dates[0]:
                return cell[0].text, cell[0].bbox[0], cell[0].bbox[2]
    return None


def dates_off_descriptions(lines: list[LineItem], layouts: list[PageLayout]) -> list[LineItem]:
    """``lines`` with a column of dates taken off their descriptions (module docstring)."""
    out = list(lines)
    for layout, idx in page_lines(lines, layouts):
        found = {i: _date_cell(lines[i], layout) for i in idx if lines[i].description}
        cells = [c for c in found.values() if c is not None]
        if len(found) < 2 or len(cells) != len(found):
            continue
        lefts, rights = [c[1] for c in cells], [c[2] for c in cells]
        if max(lefts) - min(lefts) > ALIGN and max(rights) - min(rights) > ALIGN:
            continue
        for i, cell in found.items():
            if cell is None:
                continue
            words = (lines[i].description or "").split()
            desc = " ".join(w for w in words if w != cell[0])
            out[i] = lines[i].model_copy(update={"description": desc})
    return out
