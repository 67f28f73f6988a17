"""Digit-group codes down a column share one shape; a cell read off it is put on it
(group_codes.py): a separator read as a comma, a digit read as its look-alike letter."""

from collections.abc import Sequence

from extraction import repairs
from extraction.ocr import group_codes
from extraction.ocr.tesseract import OcrWord

FAX_CODES = [
    *("71.75.80", "49.18.35", "22.31.1G", "29,29.53", "42.86.55", "44.11.86", "52.90.38"),
    *("73.91.83", "20.38.90"),
]


def _column(texts: Sequence[str], left: int = 120) -> list[OcrWord]:
    """Cells one a row, left edges lined up, a description beside each."""
    out = []
    for row, text in enumerate(texts):
        top = 100 + row * 50
        out.append(OcrWord(text, left, top, 110, 28, 1.0, row, 1))
        out.append(OcrWord("Abonnement", 300, top, 200, 28, 1.0, row, 1))
    return out


def _cells(words: Sequence[OcrWord], left: int = 120) -> list[str]:
    return [w.text for w in words if w.left == left]


def test_a_fax_s_codes_are_put_on_their_column_s_shape() -> None:
    out = group_codes.mend(_column(FAX_CODES))
    assert _cells(out) == [
        "71.75.80",
        "49.18.35",
        "22.31.16",
        "29.29.53",
        "42.86.55",
        "44.11.86",
        "52.90.38",
        "73.91.83",
        "20.38.90",
    ]
    mended = [w for w in out if w.alternatives]
    assert [w.alternatives[0] for w in mended] == ["22.31.1G", "29,29.53"]
    assert all(w.confidence <= group_codes.MENDED_CONFIDENCE for w in mended)
    # the cells on the shape keep their reading and confidence
    assert all(w.confidence == 1.0 for w in out if not w.alternatives)


def test_amounts_and_unlike_cells_are_left_as_read() -> None:
    amounts = ["1.234,56", "2.345,67", "12,50", "3.456,78", "4.567,89", "5.678,90"]
    assert _cells(group_codes.mend(_column(amounts))) == amounts
    # too far from the shape (three changes, or group lengths that differ)
    codes = [*FAX_CODES[:2], "2G,31,1G", "29.29.533", *FAX_CODES[4:]]
    assert _cells(group_codes.mend(_column(codes)))[2:4] == ["2G,31,1G", "29.29.533"]


def test_a_column_without_a_clear_shape_is_left_as_read() -> None:
    few = ["71.75.80", "49.18.35", "29,29.53"]  # under MIN_CODES of one shape
    assert _cells(group_codes.mend(_column(few))) == few
    mixed = ["71.75.80", "49-18-35", "22/31/16", "29,29.53", "42.86.55", "4411-86"]
    assert _cells(group_codes.mend(_column(mixed))) == mixed


def test_the_repair_is_switched_off_with_the_code_column_shape() -> None:
    repairs.disabled.add("code_column_shape")
    try:
        assert _cells(group_codes.mend(_column(FAX_CODES))) == FAX_CODES
    finally:
        repairs.disabled.discard("code_column_shape")
