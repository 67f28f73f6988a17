"""The unit a table prints after its description when it has no unit column: after a
spaced slash ("Sable 0/4 lavé / t", "Oil filter / ea"), after a dash ("Peinture 2,5 L –
pot") or in brackets ("Oil filter (EA)"), at the end of the item's first line (a detail
line may follow it).

Structure first: every row is read for each of these places, and a place is taken only
when the table's rows agree on it: three rows in four (two or more) print a word there, or
half of them (two or more) print a unit of the closed set there
(``unit_words``) and none prints another word there. A slash inside a size ("0/4",
"1/2\"") has no spaces around it and is text; a dash or brackets after a description
hold colours and sizes as often as units, so there the words must be units. The split is
a reading of the table's structure: its row's confidence is capped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.result import LineItem
from extraction.tables.desc_codes import SPLIT_CONFIDENCE
from extraction.tables.unit_words import is_unit

_WORD = r"[^\W\d_][^\W\d_.]{0,11}\.?[²³]?"
# " / pce", " – pot", " (EA)", then maybe the words of a detail line
_PLACES: dict[str, re.Pattern[str]] = {
    "slash": re.compile(rf"^(.*\S) / ({_WORD})(?: (.+))?$"),
    # never a word a number follows: "- lot 43535" is a lot's number, no unit
    "dash": re.compile(rf"^(.*?\S)\s+[-–—]\s+({_WORD})(?:\s+(?!\d)(.+))?$"),
    "bracket": re.compile(rf"^(.*?\S)\s+[(\[]({_WORD})[)\]](?:\s+(.+))?$"),
}
# places where a unit word of the closed set is needed on every row taken
_VOCABULARY_ONLY = frozenset({"dash", "bracket"})


@dataclass(frozen=True)
class _Cut:
    rest: str
    unit: str
    known: bool


def _cut(desc: str, place: str) -> _Cut | None:
    m = _PLACES[place].match(desc)
    if m is None:
        return None
    rest = m.group(1) if m.group(3) is None else f"{m.group(1)} {m.group(3)}"
    return _Cut(rest, m.group(2), is_unit(m.group(2)))


def _agreed(cuts: list[_Cut | None], place: str) -> bool:
    hits = [c for c in cuts if c is not None]
    n = len(cuts)
    if len(hits) < 2:
        return False
    if place in _VOCABULARY_ONLY:
        return all(c.known for c in hits) and len(hits) * 2 >= n
    return len(hits) * 4 >= n * 3 or (all(c.known for c in hits) and len(hits) * 2 >= n)


def units_in_descriptions(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the unit printed after their descriptions split off, when no line has
    a unit of its own and the rows agree on where it stands."""
    if not lines or any(li.unit for li in lines):
        return lines
    for place in _PLACES:
        cuts = [_cut(li.description or "", place) for li in lines]
        if not _agreed(cuts, place):
            continue
        return [
            li.model_copy(update={"description": c.rest, "unit": c.unit}).capped(SPLIT_CONFIDENCE)
            if c is not None and (c.known or place not in _VOCABULARY_ONLY)
            else li
            for li, c in zip(lines, cuts, strict=True)
        ]
    return lines
