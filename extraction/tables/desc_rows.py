"""Which rows of text under an item row continue its description, by where their cells
stand in the table's columns rather than by their words.

A description's continuation line stays inside the description's column. A row that also
prints something in another column is still the description's continuation when that
something is a lone code under a column the item rows fill with numbers (the article's
code set under its line number, "2" over "NK70168" beside "Packed in 6s"): the code is no
text of the description, but it does not make the row a note across the table."""

from __future__ import annotations

import itertools
import re

from extraction import repairs
from extraction.result import Word
from extraction.tables.cells import _CODE, Cell
from extraction.tables.columns import Column
from extraction.tables.wrap_fit import had_room


def text_beside_code(cells: dict[int, Cell], cols: list[Column], roles: dict[int, str]) -> bool:
    """Is this a row of text whose description cell sits in the description's column,
    beside lone codes (one word each, letters and digits) in other columns and nothing
    else: no number, no second text cell?"""
    desc = [k for k in cells if k >= 0 and roles.get(k) == "description"]
    if len(desc) != 1 or any(c.numeric for c in cells.values()):
        return False
    col = cols[desc[0]]
    own = cells[desc[0]]
    if own.x0 < col.x0 - 4:
        return False  # starts left of the description's column: a line across the table
    others = [c for k, c in cells.items() if k != desc[0]]
    return bool(others) and all(
        c.code_like and any(ch.isalpha() for ch in c.text) and own.x0 > c.x1 for c in others
    )


def left_edge(item_rows: list[dict[int, Cell]], roles: dict[int, str]) -> float | None:
    """Where the item rows start their description, when they all start it at one place
    (a left-aligned column, within 1.5 pt); None for a centred or ragged column."""
    xs = [c.x0 for r in item_rows for k, c in r.items() if roles.get(k) == "description"]
    if len(xs) < 2 or max(xs) - min(xs) > 1.5:
        return None
    return min(xs)


_LONG = re.compile(r"^\d[\d\-./]{5,}$")


def indented_note(
    cells: dict[int, Cell], roles: dict[int, str], edge: float | None, line_height: float
) -> bool:
    """A row of text in the description's column only, set clearly right of where every
    item row starts its text (a lot, a serial number, a remark indented under the item): a
    wrapped line of a left-aligned cell starts where the cell does, so this is a note, no
    part of the description."""
    if edge is None or not cells or any(roles.get(k) != "description" for k in cells):
        return False
    return min(c.x0 for c in cells.values()) >= edge + max(4.0, 0.75 * line_height)


def _gap(upper: dict[int, Cell], lower: dict[int, Cell]) -> float:
    return min(c.top for c in lower.values()) - max(c.bottom for c in upper.values())


def rows_apart(
    rows: list[dict[int, Cell]], is_item: list[bool], plain: float | None, line_height: float
) -> set[int]:
    """Rows of text only set as far from the row above and the row below as item rows are
    from each other, where the table sets a wrapped line clearly closer: a note on a table
    row of its own (a delivery remark under an item), no wrapped line of a description.
    Only on a page whose rows show both spacings (a wrapped line somewhere, closer than the
    items' gap by 1.5 pt or a fifth of a line), and only born-digital: OCR sets a wrapped
    line's box anywhere up to the items' pitch."""
    filled = [at for at, r in enumerate(rows) if r]
    if plain is None or len(filled) < 3:
        return set()
    if any(w.source == "ocr" for r in rows for c in r.values() for w in c.words):
        return set()
    gaps = [_gap(rows[a], rows[b]) for a, b in itertools.pairwise(filled)]
    tight = _tightest_in_column(rows)
    if tight is None:
        return set()
    margin = max(1.5, 0.2 * line_height)
    if plain < tight + 2 * margin:
        return set()  # no two spacings to tell apart
    least = max(0.8 * plain, tight + margin)
    out = set()
    for n, at in enumerate(filled):
        if is_item[at] or n == 0:
            continue
        above = gaps[n - 1]
        below = gaps[n] if n < len(gaps) else None
        if above >= least and (below is None or below >= least):
            out.add(at)
    return out


def _tightest_in_column(rows: list[dict[int, Cell]]) -> float | None:
    """The narrowest gap between two cells one under the other in one column: how close
    the table sets a cell's wrapped lines (rows of numbers set at the middle of a wrapped
    cell overlap its lines, so the gaps between rows do not show it)."""
    by_col: dict[int, list[Cell]] = {}
    for r in rows:
        for k, c in r.items():
            if k >= 0:
                by_col.setdefault(k, []).append(c)
    gaps = [
        b.top - a.bottom
        for cells in by_col.values()
        for a, b in itertools.pairwise(cells)
        if b.top - a.bottom > 0
    ]
    return min(gaps) if gaps else None


def note_code(cells: dict[int, Cell]) -> str | None:
    """The one code a note prints ("Réf. fourn. 4711-B"), or None: where a table prints an
    item's code under its name, the note is that code's line, and the code is the item's."""
    words = [w.text.strip("()[]:;,") for c in cells.values() for w in c.words]
    if names_a_unit(words):
        return None  # a lot's or a serial number's: one unit's, not the article's code
    codes = [t for t in words if _coded(t)]
    return codes[0] if len(codes) == 1 else None


# the words that say a number names one unit or batch of the article, not the article
_UNIT_MARKERS = frozenset({"lot", "batch", "charge", "s/n", "sn", "serial", "serie", "série"})


def names_a_unit(words: list[str]) -> bool:
    """Does a note start with a lot's or a serial number's words ("Lot 26295D", "N° série
    X4441", "Serial no. A42")? Its number is no code of the article."""
    if not repairs.on("row_notes"):
        return False
    folded = [w.casefold().rstrip(".:") for w in words[:3]]
    while folded and folded[0] in ("n°", "no", "nr", "numéro", "numero", "number"):
        folded = folded[1:]
    return bool(folded) and folded[0].lstrip("(") in _UNIT_MARKERS


def _coded(text: str) -> bool:
    """A code by its shape: letters and digits mixed, or six or more digits."""
    return bool(_CODE.match(text) and any(ch.isalpha() for ch in text)) or bool(_LONG.match(text))


# the words a line of its own under an item starts with when it says something about the
# item rather than what the item is: a lot, a serial number, a remark, a dash or a bullet
_MARKERS = frozenset(
    {"lot", "batch", "charge", "s/n", "sn", "serial", "serie", "série", "n.s", "ns"}
    | {"note", "nota", "nb", "n.b", "rem", "remark", "remarque", "comment", "commentaire"}
    | {"-", "–", "—", "•", "·", "*", "›"}
)


def marked(words: list[Word]) -> bool:
    """Does a line start with a marker word or a bullet?"""
    if not words:
        return False
    first = words[0].text.casefold().rstrip(".:")
    return first in _MARKERS or words[0].text[:1] in "•·›–—"


def note_apart(
    words: list[Word], above: list[Word], gap: float, plain: float, right: float
) -> bool:
    """The evidence ``marked_apart`` weighs, on the words of the line (``words``), of the
    line above it and the gap between them."""
    if not words or not above or not marked(words):
        return False
    height = max(w.bbox[3] - w.bbox[1] for w in words)
    if plain < 0.6 * height or gap < 0.8 * plain:
        return False
    return had_room(above, words[0], right)


def marked_apart(
    cells: dict[int, Cell],
    roles: dict[int, str],
    above: list[Word],
    gap: float,
    plain: float | None,
    right: float | None,
) -> bool:
    """A note on a table row of its own under an item (a lot, a serial number, a remark),
    by three pieces of evidence together: it starts with a marker word or a bullet; it
    stands as far under the line ``above`` as item rows stand apart (``plain``), where a
    wrapped line of a cell is set clearly closer; and its first word had room at the end
    of the line above (``right``: the description column's edge), so no program wrapping
    the text carried it down. A detail in the item's own cell is set at the cell's line
    spacing and stays its description's (every sender prints one so)."""
    if plain is None or right is None or not above or len(cells) != 1:
        return False
    ((k, cell),) = cells.items()
    return roles.get(k) == "description" and note_apart(cell.words, above, gap, plain, right)


# a word of a label: letters (an abbreviation's dot, a colon after it), or a number sign
_LABEL_WORD = re.compile(r"^(?:[^\W\d_][^\W\d_.'’/-]*[.:]?|n°|no\.?|nr\.?|#|:)$", re.IGNORECASE)
# the identifier a labelled line names: letters and digits, dots, slashes or dashes
_NAMED_ID = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9./-]{2,}[A-Za-z0-9]$")


def labelled_id(
    cells: dict[int, Cell], roles: dict[int, str], above: list[Word], right: float | None
) -> bool:
    """A row of its own under an item that names its code behind a few words of a label
    ("Réf. fournisseur 62.62.79", "Supplier code CRT-1709"), the code ending the line; its
    first word had room at the end of the line ``above`` (``right``: the description
    column's edge), so no program wrapping the description carried it down. The item's
    code line: no text of the description. A lot's or a serial number's line stays the
    description's (a detail printed in the item's own cell is: ``marked_apart``)."""
    if right is None or not above or len(cells) != 1 or note_code(cells) is None:
        return False
    ((k, cell),) = cells.items()
    words = cell.words
    if roles.get(k) != "description" or not 2 <= len(words) <= 5:
        return False
    *label, last = (w.text for w in words)
    if not _NAMED_ID.match(last.strip("()[];,")):
        return False
    # a label is marked as one (an abbreviation's dot, a colon): "Rye flour T130" is a
    # description's first line
    marked = any(t.endswith((".", ":")) for t in label)
    return marked and all(_LABEL_WORD.match(t) for t in label) and had_room(above, words[0], right)
