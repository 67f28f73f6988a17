"""A sender that prints some quantities with a unit of two words ("4,4 sq m" beside
"12 h"), in the quantity's cell (issue 24): its learned cells read the whole unit, not its
last word, so they read the same lines as the generic reader and earn their record."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_columns import read_columns
from extraction.profiles import SenderProfile
from extraction.result import PageResult, Word
from tests.learning.stream import layouts_of, page_of, taught
from tests.learning.stream import words_at as _words

ITEMS = [
    ("Pose de carrelage grès", "4,4", "sq m", "32,90"),
    ("Main d'oeuvre compagnon", "12", "h", "47,90"),
    ("Ragréage autolissant", "6,5", "sq m", "7,50"),
    ("Évacuation des gravats", "1", "lump", "391,90"),
]


def _doc(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words: list[Word] = _words("Bâtiments Roux SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("Work order", 300, 110) + _words(f"No. W-{300 + i}", 40, 160)
    words += _words("Description", 40, 260) + _words("Qty", 300, 260)
    words += _words("Unit price", 390, 260) + _words("Amount", 510, 260)
    lines, y = [], 275.0
    for k in range(3):
        desc, qty, unit, price = ITEMS[(i + k) % 4]
        q, p = Decimal(qty.replace(",", ".")), Decimal(price.replace(",", "."))
        total = (q * p).quantize(Decimal("0.01"))
        words += _words(desc, 40, y) + _words(f"{qty} {unit}", 300, y)
        words += _words(price, 460, y, right=True)
        words += _words(f"{total:.2f}".replace(".", ","), 545, y, right=True)
        lines.append(
            {
                "description": desc,
                "quantity": str(q),
                "unit": unit,
                "unit_price": str(p),
                "line_total": f"{total:.2f}",
            }
        )
        y += 14
    approved = {"document_number": f"W-{300 + i}", "vat_id": "FR40303265045"}
    return [page_of(words)], lines, approved


def _taught() -> SenderProfile:
    profile = taught((_doc(i) for i in (1, 2)), user="al")
    assert profile.table_hint is not None
    return profile


def test_the_learned_cells_read_a_unit_of_two_words() -> None:
    profile = _taught()
    assert profile.table_hint is not None
    for i in (3, 4):
        pages, lines, _approved = _doc(i)
        layouts = layouts_of(pages)
        read = read_columns(profile.table_hint, layouts, {1: "text"})
        assert [li.unit for li in read] == [li["unit"] for li in lines]
        assert [li.quantity for li in read] == [li["quantity"] for li in lines]
