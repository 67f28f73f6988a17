"""An address block's line beside other blocks' lines is no table row on a scan either:
OCR splits "Mastercard •••• 2434" where it lost the bullets, and the blocks beside the
address ("Ship to", "Payment method") looked like a table's three cells, which ended the
billing address before its postcode (shop_order of ocr8-b seed 8802, every scan kind)."""

from extraction.layout import Row, Segment
from extraction.parties import _table_like
from extraction.result import Source, Word


def _seg(text: str, x0: float, top: float, source: Source = "ocr") -> Segment:
    words, x = [], x0
    for part in text.split():
        width = 5.0 * len(part)
        words.append(Word(text=part, bbox=(x, top, x + width, top + 7), source=source))
        x += width + 3
    return Segment(words, 1, 0)


def _row(cells: list[tuple[str, float]], top: float, source: Source = "ocr") -> Row:
    return Row([_seg(t, x, top, source) for t, x in cells], 1, 0)


LABEL = _seg("Billing address", 40, 118)
ABOVE = _row([("Leeds", 40), ("Leeds", 218), ("Payment method", 396)], 152)


def test_blocks_beside_the_address_are_not_a_table() -> None:
    below = _row([("LS1 4DY", 40), ("LS1 4DY", 218), ("Mastercard", 397), ("2434", 466)], 165)
    assert not _table_like(below, LABEL, ABOVE)


def test_a_table_row_under_the_block_still_ends_it() -> None:
    below = _row([("Widget", 40), ("2", 300), ("4.00", 380), ("8.00", 470)], 165)
    assert _table_like(below, LABEL, ABOVE)


def test_the_text_layer_is_judged_as_before() -> None:
    above = _row([("Leeds", 40), ("Leeds", 218), ("Payment method", 396)], 152, "text")
    below = _row(
        [("LS1 4DY", 40), ("LS1 4DY", 218), ("Mastercard", 397), ("2434", 466)], 165, "text"
    )
    assert _table_like(below, _seg("Billing address", 40, 118, "text"), above)
