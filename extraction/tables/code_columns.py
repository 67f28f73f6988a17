"""Which column holds the supplier's article code when a table prints more than one column
of codes: a bar-code column (EAN-13, EAN-8, UPC-A, GTIN-14) beside the supplier's own code,
the customer's code beside ours.

Structure, not header words: a column is a column of codes by the shape of its cells down
all the item rows (each cell one code, all different, counting nothing); a bar-code column
by the check digit every one of its cells passes, which an article numbering does not on
every row by chance (one code in ten does). The customer's code is the one header naming
the customer says. Evidence is additive: the code column the reading chose is left alone
unless it is a bar-code or customer column and another column of codes stands beside it,
and then the other column is the code, a guess about the structure that caps the row's
confidence (``desc_codes.SPLIT_CONFIDENCE``).

A code cell holding a bar code and a code side by side ("3700101713119 FR 8422", the two
columns set too close to be told apart) gives the code, the bar code left out, when every
code cell of the column does so.
"""

from __future__ import annotations

import re

from stdnum import ean

from extraction.lines import join_wrapped
from extraction.parse.text import fold
from extraction.tables.cells import Cell
from extraction.tables.columns import Column
from extraction.tables.desc_codes import code_kind

# bar codes: EAN-8, UPC-A, EAN-13, GTIN-14
_GTIN_LENGTHS = frozenset({8, 12, 13, 14})
# a header naming the customer's own code ("Réf. client", "Your code", "Cust. part")
# ("Votre réf." / "Your code" are left out: on an order the buyer prints, they name the
# supplier's code)
_CUSTOMER = re.compile(
    r"\b(?:client|customer|cust|buyer|acheteur|kunde|kunden|cliente)\b|\b(?:ref|cd|art)\.? ?cli?\b"
)


def is_gtin(text: str) -> bool:
    """A bar code: 8, 12, 13 or 14 digits whose last is their check digit."""
    t = text.strip()
    return t.isdigit() and len(t) in _GTIN_LENGTHS and ean.is_valid(t)


def _filled(col: Column) -> list[Cell]:
    return [c for c in col.cells if c.text.strip()]


def barcode_column(col: Column) -> bool:
    """Every cell of the column a bar code (two at least)."""
    cells = _filled(col)
    return len(cells) >= 2 and all(is_gtin(c.text) for c in cells)


def customer_column(col: Column) -> bool:
    """A column under a header that names the customer's code."""
    return bool(col.labels) and _CUSTOMER.search(fold(col.label_text)) is not None


def _code_cell(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and code_kind(words, marked=True) is not None


def code_cells(col: Column) -> bool:
    """One code in each cell (by its shape), all different, two at least: a column of
    codes whatever its header says."""
    texts = [c.text.strip() for c in _filled(col)]
    return len(texts) >= 2 and len(set(texts)) == len(texts) and all(_code_cell(t) for t in texts)


def settle_code_column(cols: list[Column], roles: dict[int, str], item_rows: int) -> bool:
    """Move the code role from a bar-code or customer column to the column of codes beside
    it (module docstring); True when it was moved."""
    sku = next((k for k, r in roles.items() if r == "sku"), None)
    if sku is None or not (barcode_column(cols[sku]) or customer_column(cols[sku])):
        return False
    desc = [k for k, r in roles.items() if r == "description"]

    def candidate(k: int) -> bool:
        col = cols[k]
        return (
            k != sku
            and roles.get(k, "other") == "other"
            and not col.label_roles - {"sku", "line_no"}
            and len(_filled(col)) * 2 > item_rows
            and code_cells(col)
            and not barcode_column(col)
            and not customer_column(col)
        )

    others = [k for k in range(len(cols)) if candidate(k)]
    if not others:
        return False
    # a header naming the code first, then the column set nearest the description
    pick = min(
        others,
        key=lambda k: (
            "sku" not in cols[k].label_roles,
            min((abs(k - d) for d in desc), default=0),
        ),
    )
    roles[sku] = "other"
    roles[pick] = "sku"
    return True


def barcode_beside(col: Column) -> str | None:
    """Where a code cell prints a bar code beside the code ("lead": before it, "tail":
    after it), when every filled cell of the column does so the same way; else None."""
    cells = _filled(col)
    if len(cells) < 2:
        return None
    for place, at in (("lead", 0), ("tail", -1)):
        ok = True
        for c in cells:
            words = c.text.split()
            rest = words[1:] if at == 0 else words[:-1]
            if len(words) < 2 or not is_gtin(words[at]) or not _code_cell(" ".join(rest)):
                ok = False
                break
        if ok:
            return place
    return None


def without_barcode(text: str, place: str) -> str:
    """The code of a cell read by ``barcode_beside``: its text without the bar code."""
    words = text.split()
    if len(words) < 2:
        return text
    if place == "lead" and is_gtin(words[0]):
        return " ".join(words[1:])
    if place == "tail" and is_gtin(words[-1]):
        return " ".join(words[:-1])
    return text


def join_code(a: str, b: str) -> str:
    """A code wrapped in a narrow column: the line broken after a dash, slash, dot or
    underscore ("ABC-4512-" over "VX-200", "SCH/4512/" over "200") joins with no space,
    the separator the code's own; any other break as a wrapped text joins."""
    if a and b and len(a) >= 2 and a[-1] in "-/._" and a[-2].isalnum() and b[:1].isalnum():
        return a + b
    return join_wrapped(a, b)


def barcode_under(text: str | None, own: str) -> str | None:
    """The code of a code cell that prints the item's bar code on a line under (or over)
    the code ("AB-5373F" over "4334680360120"), read joined as ``text``, ``own`` the code
    on the item's row; None when the cell holds anything else."""
    if not text or not own or text == own or is_gtin(own):
        return None
    if text.startswith(own + " "):
        extra = text[len(own) :].strip()
    elif text.endswith(" " + own):
        extra = text[: -len(own)].strip()
    else:
        return None
    return own if is_gtin(extra) else None
