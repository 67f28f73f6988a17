"""Charges between the lines' subtotal and the net total (``extraction.totals_charges``):
an e-shop's order prints "Sous-total", then its shipping, then the net total; the lines sum
to the subtotal, and the page's own rows take it to the net. Such lines and such a net are
checked by the sum, not held as if a line were missing; a line really missing still is."""

from __future__ import annotations

from decimal import Decimal

from pytest import MonkeyPatch

from extraction import assemble, totals_charges
from extraction.layout import PageLayout
from extraction.result import ExtractionResult, Word
from tests.learning.stream import layouts_of, page_of
from tests.learning.stream import words_at as _words

ROWS = [
    ("HOO-XS-56", "Sweat capuche", "2", "69,33", "138,66"),
    ("BSK-37", "Baskets cuir", "2", "113,96", "227,92"),
]


def _order(
    shipping: str = "4,90",
    net: str = "371,48",
    subtotal: str = "366,58",
    tax: str = "74,30",
    gross: str = "445,78",
) -> ExtractionResult:
    words: list[Word] = _words("Établissements Bernard", 40, 40) + _words(
        "TVA FR87497842922", 40, 52
    )
    words += _words("FACTURE", 260, 110) + _words("N° F-2495", 40, 160)
    words += _words("Code", 40, 260) + _words("Produit", 150, 260)
    words += _words("Qté", 300, 260) + _words("P.U. HT", 390, 260) + _words("Total HT", 510, 260)
    y = 275.0
    for sku, desc, qty, price, total in ROWS:
        words += _words(sku, 40, y) + _words(desc, 150, y) + _words(qty, 330, y, right=True)
        words += _words(price, 420, y, right=True) + _words(total, 545, y, right=True)
        y += 14
    for label, amount in (
        ("Sous-total", subtotal),
        ("Livraison", shipping),
        ("Total HT", net),
        ("TVA 20 %", tax),
        ("Total TTC", gross),
    ):
        y += 14
        words += _words(label, 390, y) + _words(amount, 545, y, right=True)
    pages = [page_of(words)]
    return assemble.build_result(pages, layouts_of(pages), None, None)


def test_lines_summing_to_the_subtotal_the_charges_take_to_the_net_are_not_held() -> None:
    result = _order()
    assert result.fields["total_net"].value == "371.48"
    assert [li.line_total for li in result.lines] == ["138.66", "227.92"]
    assert result.fields["total_net"].confidence >= 0.9


def test_charges_that_do_not_close_the_gap_leave_the_lines_held() -> None:
    # the page's subtotal counts a line the reader never read: nothing bridges the gap
    result = _order(subtotal="400,00", net="404,90", tax="80,98", gross="485,88")
    assert result.fields["total_net"].confidence <= 0.75
    assert all(li.confidence < 0.9 for li in result.lines)


def test_the_page_is_read_for_charges_once_per_document(monkeypatch: MonkeyPatch) -> None:
    """The cross-check, the lines' trust and a sender's lines all ask whether the charges
    close the gap: the page's rows are read for it once, and every stage hears the same."""
    calls: list[Decimal] = []
    judge = totals_charges._bridged

    def counted(layouts: list[PageLayout], lines_sum: Decimal, net: Decimal, lang: str) -> bool:
        calls.append(lines_sum)
        return judge(layouts, lines_sum, net, lang)

    monkeypatch.setattr(totals_charges, "_bridged", counted)
    result = _order()
    assert calls == [Decimal("366.58")]
    assert totals_charges.lines_net(result) == "366.58"
    assert result.fields["total_net"].confidence >= 0.9
    assert len(calls) == 1
