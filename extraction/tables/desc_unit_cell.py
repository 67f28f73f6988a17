"""The unit a row prints at the end of its description's own text when the table's unit
column is empty on that row ("Vis inox A2 5x50 boîte" beside an empty unit cell, the
other rows printing "boîte" in the column): the row's unit, no word of its item.

Structure first, vocabulary second: the table must have a unit column, the row must have
left it empty, and the word must end one of the description's printed lines (the text
the row sets before any detail line under it), be a unit of the closed set
(``unit_words``) and not follow a number ("Café 1 kg" is the item's size, not its unit).
The split is a reading of the row's structure: its confidence is capped by the caller."""

from __future__ import annotations

import re

from extraction.result import Word
from extraction.tables.unit_words import is_unit

_NUMBER = re.compile(r"^[\d.,]+$")


def _lines(words: list[Word]) -> list[list[Word]]:
    """The cell's words grouped into printed lines, top to bottom."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bbox[1], w.bbox[0])):
        height = max(1.0, w.bbox[3] - w.bbox[1])
        if out and abs(out[-1][0].bbox[1] - w.bbox[1]) < 0.5 * height:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(line, key=lambda w: w.bbox[0]) for line in out]


def unit_ending_a_line(desc: str, words: list[Word]) -> tuple[str, str] | None:
    """(the description without the unit, the unit) when a printed line of the
    description cell ends with a unit word after a word that is no number (the last
    such line), else None."""
    lines = _lines(words)
    # the last such line: a line the column wrapped may end with a word of the item's
    # name that is a unit too ("Tuyau PER 16 mm couronne" over "100 m couronne")
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        # a unit wrapped onto a line of its own follows the line above
        before = line[-2] if len(line) >= 2 else (lines[k - 1][-1] if k else None)
        last = line[-1].text
        if before is None or not is_unit(last) or _NUMBER.match(before.text):
            continue
        text = " ".join(w.text for w in line)
        at = desc.rfind(text)  # a later line of the cell is later in its text
        if at < 0:
            return None
        cut = text[: -len(last)].rstrip()
        rest = " ".join((desc[:at] + cut + desc[at + len(text) :]).split())
        return (rest, last) if any(ch.isalpha() for ch in rest) else None
    return None
