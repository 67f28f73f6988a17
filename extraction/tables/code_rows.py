"""The article code a table prints on a line of its own, apart from its item's row: under
it or over it ("Réf. : AB-123", "[4711-20]", "Code: XK 120 45 · Origin: DE"), in the
description's column, spanning the table, or under the line number.

Structure, not wording: a code line holds one code (by its shape, ``desc_codes.code_kind``)
and maybe a marker before it and a note after a separator. The table's lines agree or
nothing is read: code lines for three item rows in four (two at least), codes of one kind,
all different, and one side for all of them. Which side is read from the order of the
lines: a code line before the first item row (and none after the last) belongs to the item
under it, one after the last item row (and none before the first) to the item above; with
neither, by the line (of its item or the next) each code line is set clearly closer to, or
not at all. Such a reading is a guess about
the table's structure: its row's confidence is capped (``desc_codes.SPLIT_CONFIDENCE``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extraction.tables.desc_codes import LOOSE_MARKER, MARKER_FIRST, code_kind
from extraction.tables.desc_rows import names_a_unit

# a note after the code on its line: "AB-123 · Origine : FR", "AB-123 | Lot 4"
_NOTE = re.compile(r"\s+[·|–—-]\s+.*$")
_BRACKETS = re.compile(r"^[(\[]\s*([^()\[\]]+?)\s*[)\]]$")
_MOST_WORDS = 3
_CLEAR_GAP = 1.5  # points one gap must be narrower than the other to say where a line goes


def line_code(text: str) -> tuple[str, str] | None:
    """(code, kind) of a line that prints a code and nothing else but a marker before it
    or a note after a separator; None for any other line."""
    t = " ".join(text.split())
    if names_a_unit(t.split()):
        return None  # a lot's or a serial number's line: no code of the article
    marker = MARKER_FIRST.match(t)
    loose = LOOSE_MARKER.match(t) if marker is None else None
    if marker:
        t = t[marker.end() :]
    elif loose:
        # a marker no reader knows ("Id:", "Nr."): the table's code lines must all print it
        t = t[loose.end() :]
        marker = loose
    t = _NOTE.sub("", t).strip(" :")
    m = _BRACKETS.match(t)
    if m:
        t = m.group(1)
    words = t.split()
    if not words or len(words) > _MOST_WORDS:
        return None
    kind = code_kind(words, marked=marker is not None or m is not None)
    if kind and loose is not None:
        kind = f"{loose.group(0).strip().casefold()}|{kind}"
    return (" ".join(words), kind) if kind else None


def codes_apart(
    items: Sequence[bool],
    codes: dict[int, tuple[str, str]],
    tops: Sequence[float],
    bottoms: Sequence[float],
) -> dict[int, int]:
    """Row of each code line -> row of the item row it belongs to (``items``: which rows
    are item rows; ``codes``: row -> (code, kind) of the rows that are code lines;
    ``tops`` / ``bottoms``: each row's vertical extent); empty unless the table's code
    lines agree (module docstring)."""
    item_rows = [i for i, it in enumerate(items) if it]
    if len(item_rows) < 2 or len(codes) < 2 or len(codes) * 4 < len(item_rows) * 3:
        return {}
    kinds = {kind.rpartition("|")[2] for _code, kind in codes.values()}
    markers = {kind.rpartition("|")[0] for _code, kind in codes.values()}
    if len(markers) != 1 or len(kinds) != 1:
        return {}
    if len({code for code, _kind in codes.values()}) != len(codes):
        return {}
    first, last = item_rows[0], item_rows[-1]
    before = any(r < first for r in codes)
    after = any(r > last for r in codes)
    if before and not after:
        side = "above"
    elif after and not before:
        side = "below"
    elif not before and not after:
        # every code line set clearly closer to the line above it or to the one under it
        votes: Counter[str] = Counter()
        for r in codes:
            gap_up, gap_down = tops[r] - bottoms[r - 1], tops[r + 1] - bottoms[r]
            near, far = sorted((gap_up, gap_down))
            if far - near < _CLEAR_GAP or near > far * 2 / 3:
                return {}
            votes["below" if gap_up < gap_down else "above"] += 1
        side, count = votes.most_common(1)[0]
        if count != len(codes):
            return {}
    else:
        return {}
    out: dict[int, int] = {}
    for r in codes:
        if side == "below":
            owner = max(i for i in item_rows if i < r)
            between = [c for c in codes if owner < c < r]
        else:
            owner = min(i for i in item_rows if i > r)
            between = [c for c in codes if r < c < owner]
        if between:
            return {}  # two code lines for one item: no column of codes
        out[r] = owner
    return out
