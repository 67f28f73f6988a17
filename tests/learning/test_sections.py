"""A sender whose item table is cut into sections, each under its own title and closed by
its sub-total ("Lot 1 - Carrelage" ... "Sous-total Carrelage"), as a building firm prints
its works (issue 24): the learned cells read the items of every section, not only the
first, and the totals under the table are not read as items."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_columns import read_columns
from extraction.profiles import Learned, SenderProfile
from extraction.result import PageResult, Word
from tests.learning.stream import layouts_of, page_of, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

WORKS = [
    ("Carrelage", [("Pose de carrelage grès 60 x 60", "4,4", "32,90"), ("Ragréage", "6", "7,50")]),
    ("Démolition", [("Dépose de cuisine", "1", "391,90"), ("Cloison plâtre", "5,5", "28,90")]),
    ("Peinture", [("Peinture murs", "40", "9,80"), ("Enduit", "12", "6,40")]),
]


def _fr(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def _doc(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """Document ``i``: two sections (of three, the first changing with ``i``), each titled
    "Lot N - name" over its items (number, description, quantity, price, amount) and
    closed by its sub-total; the totals under the table."""
    words: list[Word] = _words("Bâtiments Roux SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("Confirmation de travaux", 300, 110) + _words(f"N° C-{700 + i}", 40, 160)
    words += _words("Poste", 40, 260) + _words("Libellé", 80, 260)
    words += _words("Quantité", 320, 260) + _words("Prix unitaire HT", 390, 260)
    words += _words("Montant", 510, 260)
    lines: list[dict[str, str]] = []
    y, net = 275.0, Decimal(0)
    for n, (title, items) in enumerate(WORKS[(i + m) % 3] for m in range(2)):
        words += _words(f"Lot {n + 1} - {title}", 40, y)
        y += 15
        section = Decimal(0)
        for k, (desc, qty, price) in enumerate(items):
            total = (Decimal(qty.replace(",", ".")) * Decimal(price.replace(",", "."))).quantize(
                Decimal("0.01")
            )
            words += _words(f"{n + 1}.{k + 1}", 40, y) + _words(desc, 80, y)
            words += _words(qty, 360, y, right=True) + _words(price, 460, y, right=True)
            words += _words(_fr(total), 545, y, right=True)
            lines.append(
                {
                    "description": desc,
                    "quantity": qty.replace(",", "."),
                    "unit_price": price.replace(",", "."),
                    "line_total": f"{total:.2f}",
                    # the one VAT rate of the totals, charged on the whole net, is each
                    # line's (the truth convention since rows6)
                    "tax_rate": "20",
                }
            )
            section += total
            y += 14
        words += _words(f"Sous-total {title}", 40, y) + _words(_fr(section), 545, y, right=True)
        net += section
        y += 16
    tax = (net / 5).quantize(Decimal("0.01"))
    words += _words("Total HT", 390, y + 10) + _words(_fr(net), 545, y + 10, right=True)
    words += _words("TVA 20 %", 390, y + 22) + _words(_fr(tax), 545, y + 22, right=True)
    words += _words("Total TTC", 390, y + 34) + _words(_fr(net + tax), 545, y + 34, right=True)
    # the totals a clerk approves: their one rate is each line's
    approved = {
        "document_number": f"C-{700 + i}",
        "vat_id": "FR40303265045",
        "total_net": f"{net:.2f}",
        "total_tax": f"{tax:.2f}",
    }
    return [page_of(words)], lines, approved


def _taught(documents: tuple[int, ...] = (1, 2)) -> SenderProfile:
    profile = taught((_doc(i) for i in documents), "order_confirmation", user="al")
    assert profile.table_hint is not None
    return profile


def test_the_learned_cells_read_every_section_and_no_total() -> None:
    profile = _taught()
    assert profile.table_hint is not None
    pages, lines, _approved = _doc(3)
    layouts = layouts_of(pages)
    read = read_columns(profile.table_hint, layouts, {1: "text"})
    assert len(read) == len(lines) == 4
    assert [li.line_total for li in read] == [li["line_total"] for li in lines]


def test_a_sectioned_table_earns_its_record_and_its_lines_are_read_by_both_readers() -> None:
    profile = _taught((1, 2, 3))
    table = profile.table_hint
    assert table is not None and table.hits >= 1.5 and table.misses < 0.5
    pages, lines, _approved = _doc(4)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines)
