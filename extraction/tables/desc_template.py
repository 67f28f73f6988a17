"""The unit a table prints at the end of its descriptions behind words that are the same
on every row ("…, par boîte", "… – sold per box", "… Unit: m" on a line of its own): the
rows agree on a tail of one to four words, none a number, followed by a unit of the closed
set (``unit_words``) that changes from row to row. Words repeated on every row are the
page's wording around the unit, not the item's; the unit is the row's own.

Structure and vocabulary both: two rows or more, and half the rows at least, print the
same tail; each word after it is a unit. The split is a reading of the table's structure:
its row's confidence is capped."""

from __future__ import annotations

from collections import Counter

from extraction.parse.text import fold
from extraction.result import LineItem
from extraction.tables.desc_codes import SPLIT_CONFIDENCE
from extraction.tables.unit_words import is_unit

_MAX_TAIL = 4
_BRACKETS = "()[]"
# what is left between the item's text and the tail: a comma, a dash, an opening bracket
_SEPARATORS = " ,;:–—-/(["


def _tail(words: list[str], k: int) -> tuple[tuple[str, ...], str] | None:
    """(the ``k`` words before the last, folded; the last word without brackets) when the
    last word is a unit and none of the ``k`` words holds a digit."""
    if len(words) < k + 2:
        return None
    unit = words[-1].strip(_BRACKETS)
    if not is_unit(unit):
        return None
    tail = words[-k - 1 : -1]
    if any(ch.isdigit() for w in tail for ch in w):
        return None
    if not any(ch.isalpha() for w in tail for ch in w):
        return None  # a dash or a slash alone: desc_units reads those places
    return tuple(fold(w).strip(_BRACKETS) for w in tail), unit


def units_after_repeated_words(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the unit after a tail the rows share split off, when no line has a
    unit of its own."""
    if len(lines) < 2 or any(li.unit for li in lines):
        return lines
    split = [(li.description or "").split() for li in lines]
    for k in range(_MAX_TAIL, 0, -1):
        tails = [_tail(words, k) for words in split]
        counts = Counter(t[0] for t in tails if t is not None)
        if not counts:
            continue
        shared, hits = counts.most_common(1)[0]
        if hits < 2 or hits * 2 < len(lines):
            continue
        if len({t[1].casefold() for t in tails if t is not None and t[0] == shared}) < 2:
            return lines  # the same last words on every row: the item's name ("Bolts box")
        out = []
        for li, words, t in zip(lines, split, tails, strict=True):
            if t is None or t[0] != shared:
                out.append(li)
                continue
            rest = " ".join(words[: -k - 1]).rstrip(_SEPARATORS)
            if not any(ch.isalpha() for ch in rest):
                out.append(li)  # a count or nothing left: no item's text to keep
                continue
            update = {"description": rest, "unit": t[1]}
            out.append(li.model_copy(update=update).capped(SPLIT_CONFIDENCE))
        return out
    return lines
