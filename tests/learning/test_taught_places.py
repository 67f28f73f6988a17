"""What a clerk's approval teaches a profile that the machine missed: a month-first date,
a number after a bare "N°", and a second table with a discount column (issue 24)."""

from __future__ import annotations

from extraction.layout import PageLayout, build_layout
from extraction.profiles import Learned, SenderProfile, locate, tables
from extraction.result import PageResult, Word
from tests.learning.stream import page_of
from tests.learning.stream import words_at as _words
from tests.learning.test_columns import ITEMS, _extract, _right, line_truth
from tests.learning.test_columns import _doc as priced_doc
from tests.learning.test_variants import Doc, _teach


def _page(words: list[Word]) -> list[PageResult]:
    return [page_of(words)]


def _layouts(words: list[Word]) -> list[PageLayout]:
    return [build_layout(p.words, p.number, *p.frame) for p in _page(words)]


def test_a_month_first_date_is_located_under_its_label() -> None:
    words = _words("Date", 40, 100) + _words("07/03/2024", 40, 112)
    hints = locate("document_date", "2024-07-03", _layouts(words), "en")
    below = [h for h in hints if h.placement == "below"]
    assert below and below[0].label == "date" and below[0].date_order == "month-first"


def test_a_number_after_a_bare_n_degree_is_located_by_that_label() -> None:
    words = _words("Bordereau", 40, 40) + _words("N° LIV-2024-2208", 300, 70)
    hints = locate("document_number", "LIV-2024-2208", _layouts(words), "fr")
    assert any(h.placement == "inline" and h.label == "n° " for h in hints), hints


def _discounted(i: int) -> Doc:
    """The sender's other table: a discount column ("10 %") between price and amount."""
    items = ITEMS[i % 2 : i % 2 + 3]
    words = _words("Atelier Verdier SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("FACTURE", 260, 110) + _words(f"N° F-{800 + i}", 40, 160)
    words += _words("Objet", 40, 260) + _words("Volume", 330, 260) + _words("Tarif", 400, 260)
    words += _words("Remise", 450, 260) + _words("Valeur", 510, 260)
    lines, net, y = [], 0.0, 275.0
    for sku, desc, qty, unit, price in items:
        total = round(float(qty) * float(price.replace(",", ".")) * 0.9, 2)
        net += total
        words += _words(f"{sku} - {desc}", 40, y) + _words(f"{qty} {unit}", 330, y)
        words += _words(price, 435, y, right=True) + _words("10 %", 455, y)
        words += _words(f"{total:.2f}".replace(".", ","), 545, y, right=True)
        lines.append(line_truth(sku, desc, qty, unit, price, total))
        y += 14
    words += _words("Total HT", 420, y + 20)
    words += _words(f"{net:.2f}".replace(".", ","), 545, y + 20, True)
    return _page(words), lines, {"document_number": f"F-{800 + i}", "vat_id": "FR40303265045"}


def test_a_table_with_a_discount_column_is_kept_beside_the_plain_one_and_reads_its_rows() -> None:
    profile: SenderProfile | None = None
    for doc in (priced_doc(1), _discounted(1), priced_doc(2), _discounted(2)):
        profile = _teach(profile, doc)
    assert profile is not None and len(tables(profile)) == 2
    assert any(["discount"] in t.shape() for t in tables(profile))
    for pages, lines, _ in (_discounted(3), priced_doc(3)):
        result = _extract(pages, Learned(profiles=[profile]))
        assert _right(result, lines) == len(lines) == len(result.lines)
        assert result.profile_cells["line:0"].split("|")[4] == "cells"
