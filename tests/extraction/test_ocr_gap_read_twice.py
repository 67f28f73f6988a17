"""A word the second engine finds in a skipped region is not added beside tesseract's own
reading of the same ink."""

from extraction.ocr.gaps import _read_already
from extraction.ocr.tesseract import OcrWord


def _word(text: str, left: int, top: int = 1490, width: int = 16) -> OcrWord:
    return OcrWord(text, left, top, width, 40, 0.9, 1, 1)


def test_the_same_letter_a_few_pixels_off_is_read_already() -> None:
    # the region's edge cut tesseract's 'T' (315-330); RapidOCR read 'T' at 326-342
    assert _read_already(_word("T", 326), _word("T", 315, top=1493, width=15))


def test_another_word_or_the_same_word_further_on_is_new() -> None:
    assert not _read_already(_word("Yellow", 214, width=93), _word("T", 315))
    assert not _read_already(_word("T", 400), _word("T", 315, width=15))
    assert not _read_already(_word("T", 326, top=1600), _word("T", 315))
