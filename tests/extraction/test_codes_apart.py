"""Issue 20, rows ("SKU absent"): an article code printed apart from its item's row, on a
line of its own under or over it, or in a column no header word names, is read by the
structure of the whole table (every item has one, one kind, one side), never from one row
alone, at a capped confidence (0.85)."""

from __future__ import annotations

from extraction.tables.code_rows import codes_apart, line_code
from tests.extraction.pages_for_tests import (
    INVOICE_ITEMS,
    Page,
    RightAt,
    invoice_table,
    read_pages,
)

_COLS = [43, RightAt(360), RightAt(450), RightAt(540)]
_WIDE = [43, 250, RightAt(360), RightAt(450), RightAt(540)]


def _page(
    rows: list[list[str]],
    cols: list[float | RightAt] = _COLS,
    labels: list[str] | None = None,
    step: float = 14,
) -> Page:
    labels = labels or ["Désignation", "Qté", "PU HT", "Total HT"]
    return invoice_table(rows, cols, labels, step=step)


_FILTRE, _GANTS, _VIS = (list(item) for item in INVOICE_ITEMS[:3])


def _code(text: str) -> str | None:
    found = line_code(text)
    return found[0] if found else None


def test_a_code_line_is_a_code_maybe_marked_or_with_a_note() -> None:
    assert _code("Réf. : AB-1234") == "AB-1234"
    assert _code("[SG 765 96]") == "SG 765 96"
    assert _code("N° art. 4711203 · Origine : FR") == "4711203"
    assert _code("Item # RH 980 34") == "RH 980 34"
    # a detail line, a colour, a count: no code
    assert _code("Conditionnement par 12") is None
    assert _code("Couleur : bleu") is None
    assert _code("12") is None


def test_the_side_comes_from_the_tables_ends_and_nothing_is_read_when_unclear() -> None:
    kind = "A9-"
    # I C I C I C: each code under its item
    items = [True, False, True, False, True, False]
    codes = {1: ("AB-1", kind), 3: ("AB-2", kind), 5: ("AB-3", kind)}
    tops = [0, 10, 20, 30, 40, 50]
    bottoms = [8, 18, 28, 38, 48, 58]
    assert codes_apart(items, codes, tops, bottoms) == {1: 0, 3: 2, 5: 4}
    # C I C I C I: each code over its item
    over = {0: ("AB-1", kind), 2: ("AB-2", kind), 4: ("AB-3", kind)}
    assert codes_apart([False, True] * 3, over, tops, bottoms) == {0: 1, 2: 3, 4: 5}
    # I C I C I C I: the code lines between items (the last item, a shipping line, has
    # none), evenly set: no reading
    seven = [True, False] * 3 + [True]
    even_tops, even_bottoms = [10.0 * i for i in range(7)], [10.0 * i + 8 for i in range(7)]
    assert codes_apart(seven, codes, even_tops, even_bottoms) == {}
    # ... but set clearly closer to the row above: under it
    close_tops = [0, 9, 24, 33, 48, 57, 72]
    close_bottoms = [8, 13, 32, 37, 56, 61, 80]
    assert codes_apart(seven, codes, close_tops, close_bottoms) == {1: 0, 3: 2, 5: 4}
    # codes of two kinds, or the same code twice: no column of codes
    mixed = {1: ("AB-1", kind), 3: ("4711203", "9"), 5: ("AB-3", kind)}
    assert codes_apart(items, mixed, tops, bottoms) == {}
    twice = {1: ("AB-1", kind), 3: ("AB-1", kind), 5: ("AB-3", kind)}
    assert codes_apart(items, twice, tops, bottoms) == {}


def test_codes_on_lines_under_their_items_are_their_codes() -> None:
    rows = [
        _FILTRE,
        ["N° art. FH-20931 · Origine : FR", "", "", ""],
        _GANTS,
        ["N° art. GN-55012 · Origine : DE", "", "", ""],
        _VIS,
        ["N° art. VI-40877 · Origine : FR", "", "", ""],
    ]
    lines = read_pages(_page(rows)).lines
    assert [(li.sku, li.description) for li in lines] == [
        ("FH-20931", "Filtre à huile pour compresseur"),
        ("GN-55012", "Gants nitrile taille M"),
        ("VI-40877", "Vis inox A2 5x50"),
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_codes_on_lines_over_their_items_go_to_the_item_under_them() -> None:
    rows = [
        ["4711203", "", "", ""],
        _FILTRE,
        ["4711587", "", "", ""],
        _GANTS,
        ["4712044", "", "", ""],
        _VIS,
    ]
    lines = read_pages(_page(rows)).lines
    assert [(li.sku, li.description) for li in lines] == [
        ("4711203", "Filtre à huile pour compresseur"),
        ("4711587", "Gants nitrile taille M"),
        ("4712044", "Vis inox A2 5x50"),
    ]


def test_a_detail_line_under_each_item_is_no_code() -> None:
    rows = [
        _FILTRE,
        ["Conditionnement par 6", "", "", ""],
        _GANTS,
        ["Couleur : bleu", "", "", ""],
    ]
    lines = read_pages(_page(rows)).lines
    assert [li.sku for li in lines] == [None, None]
    assert lines[0].description == "Filtre à huile pour compresseur Conditionnement par 6"


def test_a_column_of_codes_under_a_header_word_no_reader_knows() -> None:
    rows = [
        ["Filtre à huile pour compresseur", "SG 765 96", "12", "4,50", "54,00"],
        ["Gants nitrile taille M", "MN 984 38", "3", "10,00", "30,00"],
        ["Vis inox A2 5x50", "KT 120 45", "2", "7,25", "14,50"],
    ]
    labels = ["Désignation", "Identifiant", "Qté", "PU HT", "Total HT"]
    lines = read_pages(_page(rows, _WIDE, labels)).lines
    assert [(li.sku, li.description) for li in lines] == [
        ("SG 765 96", "Filtre à huile pour compresseur"),
        ("MN 984 38", "Gants nitrile taille M"),
        ("KT 120 45", "Vis inox A2 5x50"),
    ]
    # words of one kind that are no codes: no column of codes
    words = [
        ["Filtre à huile pour compresseur", "bleu", "12", "4,50", "54,00"],
        ["Gants nitrile taille M", "rouge", "3", "10,00", "30,00"],
    ]
    assert [li.sku for li in read_pages(_page(words, _WIDE, labels)).lines] == [None, None]
