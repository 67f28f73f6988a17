"""Issue 20, rows (the item code): a table that prints more than one column of codes gives
the supplier's code, not the bar code (every cell an EAN/GTIN with its check digit) nor the
customer's code beside it, at a capped confidence; a code after a marker after the text
is split off where a detail follows it; a code wrapped in a narrow column after a slash
joins with no space."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    INVOICE_ITEMS,
    RightAt,
    invoice_table,
    read_pages,
)

_FIVE = [43, 110, 190, RightAt(400), RightAt(470), RightAt(540)]
_FOUR = [43, RightAt(360), RightAt(450), RightAt(540)]


_ITEMS = INVOICE_ITEMS[:3]
# EAN-13 codes with their check digits
_EANS = ["3700101713119", "4094804972539", "5423716603900"]
_CODES = ["59.91.47", "32.52.08", "25.65.11"]


def test_a_bar_code_column_beside_the_code_column_is_no_code() -> None:
    for bar_first in (True, False):
        rows = [
            [e, c, *item] if bar_first else [c, e, *item]
            for e, c, item in zip(_EANS, _CODES, _ITEMS, strict=True)
        ]
        codes = ["EAN", ""] if bar_first else ["", "EAN"]
        labels = [*codes, "Désignation", "Qté", "PU HT", "Total HT"]
        cols = [43, 125 if bar_first else 100, 200, RightAt(400), RightAt(470), RightAt(540)]
        lines = read_pages(invoice_table(rows, cols, labels)).lines
        assert [(li.sku, li.description) for li in lines] == [
            (c, item[0]) for c, item in zip(_CODES, _ITEMS, strict=True)
        ]


def test_the_bar_code_alone_stays_the_code() -> None:
    rows = [[e, *item] for e, item in zip(_EANS, _ITEMS, strict=True)]
    cols = [43, 150, RightAt(400), RightAt(470), RightAt(540)]
    lines = read_pages(
        invoice_table(rows, cols, ["EAN", "Désignation", "Qté", "PU HT", "Total HT"])
    ).lines
    assert [li.sku for li in lines] == _EANS


def test_the_customers_code_column_is_no_code() -> None:
    theirs = ["R 3057", "M 4225", "K 1180"]
    ours = ["NFN-7700H", "TRL-284H", "ABX-1123"]
    rows = [[t, o, *item] for t, o, item in zip(theirs, ours, _ITEMS, strict=True)]
    labels = ["Réf. client", "Réf.", "Désignation", "Qté", "PU HT", "Total HT"]
    lines = read_pages(invoice_table(rows, _FIVE, labels)).lines
    assert [li.sku for li in lines] == ours
    # the customer's code first, under no header word: the column of codes beside it
    labels = ["", "Code client", "Désignation", "Qté", "PU HT", "Total HT"]
    rows = [[o, t, *item] for t, o, item in zip(theirs, ours, _ITEMS, strict=True)]
    lines = read_pages(invoice_table(rows, _FIVE, labels)).lines
    assert [li.sku for li in lines] == ours


def test_a_marked_code_after_the_text_with_a_detail_after_it() -> None:
    rows = [
        ["Filtre à huile – Réf: 12/355/6 Couleur : bleu", "12", "4,50", "54,00"],
        ["Gants nitrile taille M – Réf: 14/973/8", "3", "10,00", "30,00"],
        ["Vis inox A2 5x50 – Réf: 18/605/6 Conditionnement par 6", "2", "7,25", "14,50"],
    ]
    lines = read_pages(
        invoice_table(rows, _FOUR, ["Désignation", "Qté", "PU HT", "Total HT"])
    ).lines
    assert [(li.sku, li.description) for li in lines] == [
        ("12/355/6", "Filtre à huile Couleur : bleu"),
        ("14/973/8", "Gants nitrile taille M"),
        ("18/605/6", "Vis inox A2 5x50 Conditionnement par 6"),
    ]
    # a code read out of the middle of the text is a guess about the cell's structure
    assert lines[0].confidence <= 0.85 and lines[2].confidence <= 0.85


def test_a_marker_word_inside_a_description_is_no_marker() -> None:
    rows = [
        ["Filtre code 1234 bleu", "12", "4,50", "54,00"],
        ["Gants code 5678 rouge", "3", "10,00", "30,00"],
    ]
    lines = read_pages(
        invoice_table(rows, _FOUR, ["Désignation", "Qté", "PU HT", "Total HT"])
    ).lines
    assert [li.sku for li in lines] == [None, None]
