"""Lines under an item row that say something about the item rather than what it is, told
from a wrapped line of its description by what and where they are, not by a word list.

A description wraps inside its own cell, in its own type. A line under the item that is
only a date (a planned delivery, "Livraison prévue le 19/10/2024"), a lone identifier in
smaller type than the row (a serial or lot number, "LT536927-02"), or a line starting
left of the description's column (under the line number or the code, across the row) is
a note: no text of the description. Dotted
leaders ("Widget . . . . . . 12,00") are the page's ink between a text and its numbers,
never a value: they are read past."""

from __future__ import annotations

import re
from statistics import median

from extraction import repairs
from extraction.fields import parse_date_value
from extraction.layout import PageLayout, build_layout
from extraction.result import Word
from extraction.tables.cells import Cell

_LEADER = re.compile(r"^[.·…_]+$")
_SIZE = re.compile(r"^\d+(?:[.,]\d+)?(?:[x×*]\d+(?:[.,]\d+)?)+[a-z]*$", re.IGNORECASE)
_ID = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9./-]{4,}[A-Z0-9]$", re.IGNORECASE)


def _leader_words(words: list[Word]) -> set[int]:
    """The indexes of ``words`` (in reading order) that are dotted leaders: a word of four
    or more dots, or a run of three or more words of dots."""
    out: set[int] = set()
    run: list[int] = []
    for i, w in enumerate([*words, None]):
        if w is not None and _LEADER.match(w.text):
            run.append(i)
            continue
        if len(run) >= 3 or any(len(words[k].text) >= 4 for k in run):
            out.update(run)
        run = []
    return out


def without_leaders(layouts: list[PageLayout]) -> list[PageLayout]:
    """``layouts`` with dotted leaders taken out of their rows (a page without any is kept
    as it is): the dots between a description and its numbers read as neither."""
    if not repairs.on("row_leaders"):
        return layouts
    out = []
    for layout in layouts:
        drop: set[int] = set()
        for row in layout.rows:
            words = row.words
            drop.update(id(words[i]) for i in _leader_words(words))
        if not drop:
            out.append(layout)
            continue
        kept = [w for r in layout.rows for w in r.words if id(w) not in drop]
        out.append(build_layout(kept, layout.page, layout.width, layout.height))
    return out


def _is_date_line(words: list[Word]) -> bool:
    """Only a date, maybe behind a few words ("Planned delivery 19/10/2024"): one date,
    ending the line, no more than four words before it."""
    texts = [w.text for w in words]
    if not texts or len(texts) > 7:
        return False
    for n in (1, 2, 3):
        if len(texts) - n > 4 or n > len(texts):
            continue
        tail = " ".join(texts[-n:]).strip(".,;()")
        if any(ch.isdigit() for ch in tail) and parse_date_value(tail, repair=False):
            head = " ".join(texts[:-n])
            return not any(ch.isdigit() for ch in head)
    return False


def _height(words: list[Word]) -> float:
    return median(w.bbox[3] - w.bbox[1] for w in words)


def note_words(words: list[Word], desc: list[Word], code: str | None) -> bool:
    """Is a line of ``words`` under an item (whose description's words are ``desc``, whose
    code ``code``) a note on it: only a date, or a lone identifier (no size, not the item's
    code) in smaller type than the description?"""
    if not repairs.on("row_notes") or not words:
        return False
    if _is_date_line(words):
        return True
    text = words[0].text.strip("()[]:;,")
    if len(words) != 1 or not _ID.match(text) or _SIZE.match(text) or text == (code or "").strip():
        return False
    # in the description's own type it may be its wrapped end ("180x90x40", a model)
    return bool(desc) and _height(words) < 0.88 * _height(desc[:8])


def row_note(
    cells: dict[int, Cell],
    item_cells: dict[str | None, Cell],
    desc_x0: float | None,
    line_height: float,
) -> bool:
    """Is the row of text ``cells`` under an item (whose own cells are ``item_cells``) a
    note on the item rather than a wrapped line of its description? ``desc_x0``: where the
    item rows start their description, when other columns stand left of it."""
    if not repairs.on("row_notes") or not cells:
        return False
    words = [w for c in cells.values() for w in c.words]
    own, code = item_cells.get("description"), item_cells.get("sku")
    if note_words(words, own.words if own else [], code.text if code else None):
        return True
    if desc_x0 is not None and len(cells) == 1:
        ((_k, cell),) = cells.items()
        # a wrapped line starts where its cell does: this one starts under the columns
        # left of the description and runs into it
        if cell.x0 < desc_x0 - max(4.0, 0.75 * line_height) and cell.x1 > desc_x0 + line_height:
            return True
    return False


def text_start(item_rows: list[dict[int, Cell]], roles: dict[int, str]) -> float | None:
    """Where the item rows start their description, when they print something left of it
    in another column (a line number, a code): a line under an item starting further left
    is no wrapped line of its description. None where the description comes first."""
    desc = [c.x0 for r in item_rows for k, c in r.items() if roles.get(k) == "description"]
    others = [c.x0 for r in item_rows for k, c in r.items() if roles.get(k) != "description"]
    if len(desc) < 2 or not others or min(others) >= min(desc):
        return None
    return min(desc)
