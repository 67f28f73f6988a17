"""The unit a table prints after its description ("Sable 0/4 lavé / t", "Oil filter / ea")
when it has no unit column: the word after a spaced slash at the end of the item's first
line (a detail line may follow it), taken only when most of the table's rows print one
there. A slash inside a size ("0/4", "1/2\"") has no spaces around it and is text. The
split is a reading of the table's structure: its row's confidence is capped."""

from __future__ import annotations

import re

from extraction.result import LineItem
from extraction.tables.desc_codes import SPLIT_CONFIDENCE

# " / pce", " / m²", " / rouleau" then maybe the words of a detail line
_SLASHED_UNIT = re.compile(r"^(.*\S) / ([^\W\d_][^\W\d_.]{0,11}\.?[²³]?)(?: (.+))?$")


def _split(desc: str) -> tuple[str, str] | None:
    m = _SLASHED_UNIT.match(desc)
    if m is None:
        return None
    rest = m.group(1) if m.group(3) is None else f"{m.group(1)} {m.group(3)}"
    return rest, m.group(2)


def units_in_descriptions(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the unit printed after their descriptions split off, when no line has
    a unit of its own and three rows in four (two or more) print one after a slash."""
    if not lines or any(li.unit for li in lines):
        return lines
    found = [_split(li.description or "") for li in lines]
    hits = sum(1 for f in found if f is not None)
    if hits < 2 or hits * 4 < len(lines) * 3:
        return lines
    return [
        li.model_copy(update={"description": f[0], "unit": f[1]}).capped(SPLIT_CONFIDENCE)
        if f is not None
        else li
        for li, f in zip(lines, found, strict=True)
    ]
