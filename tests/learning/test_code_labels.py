"""A sender that prints each item's code under its row after a label of a whole word
("Référence: PLD-VER-86", 11 characters), and prints a line without any code (a delivery
charge): the label is learned all the same (``TableHint.code_under``), from the lines that
have a code, and the learned cells read the codes there."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import PageResult
from tests.learning.stream import faure_head, faure_invoice, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

ITEMS = [
    ("PLD-VER-86", "Plaid en laine", "1", "81,90"),
    ("3796809784438", "Casquette brodée", "2", "27,90"),
    ("3759529011081", "Coque de téléphone", "1", "13,78"),
    ("HOO-XS-90", "Sweat à capuche", "3", "75,05"),
]


def _doc(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words = faure_head(i) + _words("Produit", 43, 265) + _words("Quantité", 310, 265)
    words += _words("Prix unitaire", 380, 265) + _words("Montant HT", 500, 265)
    lines, y = [], 280.0
    for k in range(3 if i % 2 else 2):
        sku, desc, qty, price = ITEMS[(i + k) % 4]
        amount = Decimal(price.replace(",", "."))
        total = f"{(Decimal(qty) * amount).quantize(Decimal('0.01'))}"
        words += _words(desc, 43, y) + _words(qty, 350, y, right=True)
        words += _words(price, 440, y, right=True)
        words += _words(total.replace(".", ","), 560, y, right=True)
        words += _words(f"Référence: {sku}", 43, y + 12)
        lines.append(
            {"sku": sku, "description": desc, "quantity": qty, "unit_price": f"{amount}"}
            | {"line_total": total}
        )
        y += 27
    # a line without a code: nothing under it
    words += _words("Frais de livraison", 43, y) + _words("1", 350, y, right=True)
    words += _words("4,90", 440, y, right=True) + _words("4,90", 560, y, right=True)
    lines.append(
        {"description": "Frais de livraison", "quantity": "1"}
        | {"unit_price": "4.90", "line_total": "4.90"}
    )
    return faure_invoice(i, words, lines, (363, 560, y + 30))


def _taught() -> SenderProfile:
    profile = taught(_doc(i) for i in (1, 2))
    assert profile.table_hint is not None
    return profile


def test_a_code_label_of_a_whole_word_is_learned_from_the_lines_that_have_a_code() -> None:
    profile = _taught()
    assert profile.table_hint is not None
    assert profile.table_hint.code_under == "Référence: "
    pages, lines, _approved = _doc(4)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(result, lines) == len(lines) == len(result.lines)
    assert [li.sku for li in result.lines] == [li.get("sku") for li in lines]
