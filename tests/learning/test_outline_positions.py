"""A sender that numbers its rows in sections on some documents only ("1.1", "1.2", "2.1")
prints the position where its learned description cell is (issue 24): the learned cells
cut it as the page reader does, so the two readers read the same descriptions and the
clerk's "Labour", not "1.1 Labour"."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_columns import read_columns
from extraction.result import PageResult, Word
from tests.learning.stream import layouts_of, page_of, taught
from tests.learning.stream import words_at as _words

ITEMS = [
    ("Pose de carrelage grès", "4", "32,90"),
    ("Ragréage du sol", "6", "7,50"),
    ("Dépose de cuisine", "1", "391,90"),
    ("Cloison plâtre", "5", "28,90"),
    ("Peinture murs", "40", "9,80"),
]


def _fr(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def _doc(i: int, outline: bool) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """Document ``i``: four of the items under "Libellé / Quantité / Prix / Montant";
    with ``outline``, each description led by its position in two sections."""
    words: list[Word] = _words("Bâtiments Roux SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("Facture", 300, 110) + _words(f"N° F-{700 + i}", 40, 160)
    words += _words("Libellé", 40, 260) + _words("Quantité", 320, 260)
    words += _words("Prix unitaire HT", 390, 260) + _words("Montant", 510, 260)
    lines: list[dict[str, str]] = []
    y, net = 275.0, Decimal(0)
    for k in range(4):
        desc, qty, price = ITEMS[(i + k) % len(ITEMS)]
        total = (Decimal(qty) * Decimal(price.replace(",", "."))).quantize(Decimal("0.01"))
        shown = f"{1 + k // 2}.{1 + k % 2} {desc}" if outline else desc
        words += _words(shown, 40, y) + _words(qty, 360, y, right=True)
        words += _words(price, 460, y, right=True) + _words(_fr(total), 545, y, right=True)
        lines.append(
            {
                "description": desc,
                "quantity": qty,
                "unit_price": price.replace(",", "."),
                "line_total": f"{total:.2f}",
            }
        )
        net += total
        y += 14
    words += _words("Total HT", 390, y + 10) + _words(_fr(net), 545, y + 10, right=True)
    approved = {
        "document_number": f"F-{700 + i}",
        "vat_id": "FR40303265045",
        "total_net": f"{net:.2f}",
    }
    return [page_of(words)], lines, approved


def test_the_learned_cells_cut_outline_positions_as_the_page_reader_does() -> None:
    profile = taught((_doc(i, outline=False) for i in (1, 2)), "invoice", user="al")
    assert profile.table_hint is not None
    pages, lines, _approved = _doc(3, outline=True)
    read = read_columns(profile.table_hint, layouts_of(pages), {1: "text"})
    assert [li.description for li in read] == [li["description"] for li in lines]
    assert [li.line_total for li in read] == [li["line_total"] for li in lines]


def test_a_table_without_positions_reads_as_before() -> None:
    profile = taught((_doc(i, outline=False) for i in (1, 2)), "invoice", user="al")
    assert profile.table_hint is not None
    pages, lines, _approved = _doc(3, outline=False)
    read = read_columns(profile.table_hint, layouts_of(pages), {1: "text"})
    assert [li.description for li in read] == [li["description"] for li in lines]
