"""A sender that prints the same column titles in two orders ("Prix unitaire" before or
after "Quantité"), each quantity 1: the row arithmetic cannot tell a price read as the
quantity from the right reading, so the table whose titles the page prints in the same
order is the one read (``TableHint.order``), and a table of the other order is no miss of
this one's."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration, SenderProfile, tables
from extraction.result import PageResult
from tests.learning.stream import faure_head, faure_invoice, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

ITEMS = [
    ("Plaid en laine", "81,90"),
    ("Casquette brodée", "27,90"),
    ("Coque de téléphone", "13,78"),
    ("Sweat à capuche", "75,05"),
]


def _doc(
    i: int, price_first: bool
) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words = faure_head(i)
    price_x, qty_x = (380, 470) if price_first else (470, 380)
    words += _words("Produit", 43, 265) + _words("Prix unitaire", price_x, 265)
    words += _words("Quantité", qty_x, 265) + _words("Montant HT", 540, 265)
    lines, y = [], 280.0
    for k in range(3):
        desc, price = ITEMS[(i + k) % 4]
        words += _words(desc, 43, y) + _words(price, price_x + 55, y, right=True)
        words += _words("1", qty_x + 40, y, right=True) + _words(price, 580, y, right=True)
        amount = f"{Decimal(price.replace(',', '.'))}"
        lines.append(
            {"description": desc, "quantity": "1", "unit_price": amount, "line_total": amount}
        )
        y += 15
    return faure_invoice(i, words, lines, (430, 580, y + 20))


def _taught() -> SenderProfile:
    return taught(
        _doc(i, price_first) for i, price_first in ((1, True), (2, False), (3, True), (4, False))
    )


def test_the_table_printed_in_the_same_order_is_read() -> None:
    profile = _taught()
    assert len(tables(profile)) == 2
    # neither table is scored a miss on the other's documents
    assert all(h.misses < 0.5 and h.hits >= 1 for h in tables(profile))
    for i, price_first in ((5, True), (6, False)):
        pages, lines, _approved = _doc(i, price_first)
        learned = Learned(profiles=[profile], calibration=ProfileCalibration())
        result = _extract(pages, learned)
        assert result.profile_cells["line:0"].split("|")[4] == "cells"
        assert _right(result, lines) == len(lines) == len(result.lines)
        assert [li.quantity for li in result.lines] == ["1", "1", "1"]
