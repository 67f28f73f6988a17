"""A sender that prints each item's code on a line of its own under the row ("Ref.
42.11.42" under the description, in no cell): its learned cells read the code there too
(``TableHint.code_under``), so its table reads the lines whole from the 3rd document on."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import PageResult, Word
from tests.learning.stream import page_of, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

ITEMS = [
    ("42.11.42", "Powder-free nitrile gloves size M", "1", "14.98"),
    ("16.80.72", "A4 copier paper 80 gsm", "12", "3.65"),
    ("31.20.49", "Satin white gloss paint 2.5 L", "48", "35.04"),
    ("77.02.15", "Flexible cable 3G1.5 mm2", "2", "5.30"),
]


def _doc(
    i: int, label: str = "Ref."
) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words: list[Word] = _words("Hughes Laboratories Ltd", 40, 40)
    words += _words("VAT GB054534576", 40, 52) + _words("Sales Order Confirmation", 40, 110)
    words += _words(f"Ref. 2026/{23460 + i}", 40, 146)
    words += _words("Details", 43, 265) + _words("Qty", 334, 265)
    words += _words("Unit Price", 393, 265) + _words("Amount", 517, 265)
    lines, y = [], 280.0
    for k in range(3):
        sku, desc, qty, price = ITEMS[(i + k) % 4]
        total = (Decimal(qty) * Decimal(price)).quantize(Decimal("0.01"))
        words += _words(desc, 43, y) + _words(qty, 350, y, right=True)
        words += _words(price, 440, y, right=True) + _words(f"{total}", 560, y, right=True)
        words += _words(f"{label} {sku}", 43, y + 12)
        lines.append(
            {"sku": sku, "description": desc, "quantity": qty, "unit_price": price}
            | {"line_total": f"{total}"}
        )
        y += 27
    net = sum((Decimal(li["line_total"]) for li in lines), Decimal(0))
    words += _words("Net Total", 363, y + 20) + _words(f"{net}", 560, y + 20, right=True)
    approved = {"document_number": f"2026/{23460 + i}", "vat_id": "GB054534576"}
    return [page_of(words)], lines, approved


def _taught(label: str = "Ref.") -> SenderProfile:
    profile = taught((_doc(i, label) for i in (1, 2)), "order_confirmation", "en")
    assert profile.table_hint is not None
    return profile


def test_the_code_under_the_row_is_read_by_the_learned_cells() -> None:
    profile = _taught()
    assert profile.table_hint is not None and profile.table_hint.code_under == "Ref. "
    assert profile.table_hint.hits >= 1  # it read the 2nd document's lines whole
    pages, lines, _approved = _doc(3)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(result, lines) == len(lines) == len(result.lines)
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    assert [li.sku for li in result.lines] == [li["sku"] for li in lines]


def test_a_code_alone_under_the_row_needs_a_digit() -> None:
    profile = _taught(label="")
    hint = profile.table_hint
    assert hint is not None and hint.code_under == ""
    from extraction.profile_columns import _code_line

    assert _code_line(hint, "42.11.42") == "42.11.42"
    assert _code_line(hint, "cartons") is None  # a description's last word


def test_a_blank_the_generic_reading_filled_on_the_same_line_is_taken_and_counts_as_one() -> None:
    from extraction.profile_columns import _fill_blanks
    from extraction.result import LineItem

    mine = [LineItem(description="Tape", quantity="2", unit_price="1.50", line_total="3.00")]
    theirs = [mine[0].model_copy(update={"unit": "roll", "sku": "RUB805C"})]
    assert _fill_blanks(mine, theirs) == 2 and mine[0].unit == "roll"
    other = [mine[0].model_copy(update={"unit": None, "line_total": "3.10"})]
    assert _fill_blanks([other[0]], theirs) == 0 and other[0].unit is None  # another line
