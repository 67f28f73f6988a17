"""A dash OCR reads on a scan is kept although it is no taller than its stroke: it parts a
code from its description ("76.12.88 - Câble souple"), which the table reader splits on."""

from __future__ import annotations

from extraction.ocr.tesseract import OcrWord
from extraction.pages import _real_word
from extraction.result import LineItem
from extraction.tables.content import split_cells


def _word(text: str, width: int, height: int, confidence: float) -> OcrWord:
    return OcrWord(text, 100, 200, width, height, confidence, 1, 1)


def test_a_flat_sure_dash_is_a_word() -> None:
    assert _real_word(_word("-", 10, 3, 0.93))
    assert _real_word(_word("–", 14, 3, 0.89))


def test_an_unsure_or_tiny_or_square_dash_is_a_speck() -> None:
    assert not _real_word(_word("-", 10, 3, 0.5))
    assert not _real_word(_word("-", 4, 2, 0.95))
    assert not _real_word(_word("-", 5, 4, 0.95))


def test_other_flat_marks_stay_specks() -> None:
    assert not _real_word(_word("_", 10, 3, 0.95))
    assert not _real_word(_word(".", 3, 3, 0.95))


def test_the_kept_dash_parts_a_dotted_code_from_its_description() -> None:
    line = LineItem(description="76.12.88 - Câble souple H05VV-F 3G1,5 mm²", source="ocr")
    [split] = split_cells([line])
    assert split.sku == "76.12.88"
    assert split.description == "Câble souple H05VV-F 3G1,5 mm²"
