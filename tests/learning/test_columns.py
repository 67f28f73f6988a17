"""A sender's item table read with the cells its approved documents showed (issue 24)."""

from __future__ import annotations

from extraction.profiles import Learned
from extraction.result import PageResult
from tests.learning.stream import extract as _extract
from tests.learning.stream import lines_right as _right
from tests.learning.stream import page_of, taught
from tests.learning.stream import words_at as _words

ITEMS = [
    ("BOI-7035", "Tasseau sapin 63x75", "100", "m", "2,10"),
    ("LED-3599", "Tube LED T8 18 W", "48", "pce", "4,44"),
    ("PNT-4316", "Peinture satinée 2,5 L", "20", "pot", "38,27"),
    ("CAF-4644", "Café grains 1 kg", "6", "sac", "12,95"),
]


def line_truth(
    sku: str, desc: str, qty: str, unit: str, price: str, total: float
) -> dict[str, str]:
    """The approved line of one printed item (the price as printed, with a decimal comma)."""
    return {
        "sku": sku,
        "description": desc,
        "quantity": qty,
        "unit": unit,
        "unit_price": price.replace(",", "."),
        "line_total": f"{total:.2f}",
    }


def _doc(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """Document ``i``: the code glued to the description ("BOI-7035 - Tasseau ..."), the
    unit to the quantity ("100 m"), under column titles of its own."""
    items = ITEMS[i % 2 : i % 2 + 2 + i % 2]
    words = _words("Atelier Verdier SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("FACTURE", 260, 110) + _words(f"N° F-{900 + i}", 40, 160)
    # column titles of the sender's own, which no generic label names
    words += _words("Objet", 40, 260) + _words("Volume", 330, 260) + _words("Tarif", 420, 260)
    words += _words("Valeur", 510, 260)
    lines, net = [], 0.0
    y = 275.0
    for sku, desc, qty, unit, price in items:
        total = float(qty) * float(price.replace(",", "."))
        net += total
        amount = f"{total:.2f}".replace(".", ",")
        words += _words(f"{sku} - {desc}", 40, y)
        words += _words(f"{qty} {unit}", 330, y) + _words(price, 450, y, right=True)
        words += _words(amount, 545, y, right=True)
        lines.append(line_truth(sku, desc, qty, unit, price, total))
        y += 14
    words += _words("Total HT", 420, y + 20) + _words(
        f"{net:.2f}".replace(".", ","), 545, y + 20, True
    )
    page = page_of(words)
    approved = {"document_number": f"F-{900 + i}", "vat_id": "FR40303265045"}
    return [page], lines, approved


def test_the_sender_s_cells_read_its_next_tables_row_for_row() -> None:
    profile = taught(_doc(i) for i in (1, 2))  # a clerk corrected and approved two documents
    assert profile.table_hint is not None
    assert profile.table_hint.shape() == [
        ["sku", "description"],
        ["quantity", "unit"],
        ["unit_price"],
        ["line_total"],
    ]
    pages, lines, _ = _doc(3)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines)
    # read by the sender's cells, which proved themselves on the 2nd document
    assert result.profile_cells["line:0"].split("|")[4] == "cells"


def test_a_table_the_cells_do_not_check_out_on_keeps_the_generic_reading() -> None:
    profile = taught((_doc(i) for i in (1, 2)), machine=False)
    assert profile.table_hint is not None
    # the sender moved its amount column: read where the cells say, the amounts would be
    # missing and nothing checks out
    pages, _lines, _ = _doc(3)
    for w in pages[0].words:
        if w.bbox[1] >= 275 and w.bbox[0] > 480:
            w.bbox = (w.bbox[0] - 480, w.bbox[1] + 400, w.bbox[2] - 480, w.bbox[3] + 400)
    without = _extract(pages, None)
    result = _extract(pages, Learned(profiles=[profile]))
    assert [li.model_dump() for li in result.lines] == [li.model_dump() for li in without.lines]
