"""Codes in a column share a shape; a code read off it is read again (code_column.py)."""

from collections.abc import Sequence

import numpy as np
import pytest

from extraction import repairs
from extraction.ocr import code_column
from extraction.ocr.tesseract import OcrWord

CODES = ["CAB2035D", "SAB7331C", "CLE2236E", "MNT884A", "BO1908B", "ETQ2517A", "CRT6697B"]


def _column(texts: Sequence[str], confidence: float = 0.95) -> list[OcrWord]:
    """Codes one a row, left edges lined up, and a description beside each."""
    out = []
    for row, text in enumerate(texts):
        top = 100 + row * 60
        out.append(OcrWord(text, 200, top, 180, 30, confidence, row, 1))
        out.append(OcrWord("Flexible", 420, top, 150, 30, confidence, row, 1))
    return out


def _texts(words: Sequence[OcrWord]) -> list[str]:
    return [w.text for w in words if w.left == 200]


def test_a_digit_read_for_a_letter_is_put_back_by_the_column_shape() -> None:
    out = code_column.mend_codes(_column(CODES))
    assert _texts(out)[4] == "BOI908B"  # 1 read for I: the column starts with 3 letters
    mended = out[8]
    assert mended.confidence <= code_column.REREAD_CONFIDENCE
    assert mended.alternatives[0] == "BO1908B"
    # the codes on the shape are left as read, with their confidence
    assert [w.text for w in out if w.text != "BOI908B"] == [
        w.text for w in _column(CODES) if w.text != "BO1908B"
    ]
    assert out[0].confidence == 0.95


def test_the_other_engine_s_reading_wins_when_it_fits_the_shape() -> None:
    codes = [*CODES[:4], "PN18128C", *CODES[5:]]
    seen: list[str] = []

    def reader(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[str]:
        seen.extend(w.text for w in boxes)
        return ["PNT8128C"]

    image = np.full((800, 800), 255, np.uint8)
    out = code_column.mend_codes(_column(codes), image, reader)
    assert seen == ["PN18128C"]  # only the code off the shape is read again
    assert _texts(out)[4] == "PNT8128C"  # not the table's 1 -> I


def test_a_second_reading_off_the_shape_or_far_from_the_first_is_not_taken() -> None:
    image = np.full((800, 800), 255, np.uint8)
    for other in ("8019088", "XYZ9999Q"):  # off the shape; three glyphs away
        out = code_column.mend_codes(_column(CODES), image, lambda _i, _b, o=other: [o])
        assert _texts(out)[4] == "BOI908B"  # the confusion table's variant instead


def test_a_column_without_a_common_shape_is_left_alone() -> None:
    mixed = ["AB12345", "X9876543", "BO1908B", "QRS1234", "7AB1234"]
    assert code_column.mend_codes(_column(mixed)) == _column(mixed)
    # nor are fewer codes than a column needs
    few = CODES[3:6]
    assert code_column.mend_codes(_column(few)) == _column(few)


def test_a_digit_with_no_look_alike_letter_is_not_guessed() -> None:
    codes = [*CODES[:4], "BO7908B", *CODES[5:]]  # 7 is no letter's look-alike
    assert _texts(code_column.mend_codes(_column(codes)))[4] == "BO7908B"


def test_the_repair_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repairs, "disabled", {"code_column_shape"})
    assert code_column.mend_codes(_column(CODES)) == _column(CODES)
