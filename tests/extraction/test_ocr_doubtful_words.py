"""The second engine re-reads, besides the words tesseract was unsure of, the words it read
fairly sure (0.85-0.95) that nothing vouches for: no known word of the languages, no
well-formed number. On a degraded scan tesseract reads "Drehmomentschlissel", "fiir",
"HO5VV-F" or "pes" at 0.88-0.93, and those words are a table row's description or unit.

Whole-page: the words are tesseract's own reading of a 300 dpi grey scan of the sample
invoice, one of them then replaced by a misreading at 0.9 (what tesseract does on worse
pages), and the page is put through the re-reading as the pipeline does."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from extraction.ocr import rapid, tesseract, vote
from tests.extraction.scans_for_tests import scanned_page

pytestmark = pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")


@pytest.fixture(scope="module")
def page() -> tuple[np.ndarray, list[tesseract.OcrWord]]:
    gray = np.ascontiguousarray(np.asarray(scanned_page().convert("L")))
    return gray, tesseract.image_to_words(gray, "eng")


def _misread(
    words: list[tesseract.OcrWord], right: str, wrong: str
) -> tuple[int, list[tesseract.OcrWord]]:
    """``words`` with the first word ``right`` read as ``wrong`` at 0.9."""
    i = next(i for i, w in enumerate(words) if w.text == right)
    out = list(words)
    out[i] = replace(out[i], text=wrong, confidence=0.9)
    return i, out


def test_a_fairly_sure_non_word_is_read_again_and_the_known_word_wins(
    page: tuple[np.ndarray, list[tesseract.OcrWord]],
) -> None:
    image, words = page
    i, misread = _misread(words, "INVOICE", "INVOLCE")
    out = vote.reread(image, misread, budget=1.0, languages="eng")
    assert out[i].text == "INVOICE"
    # the engines disagreed: the word is shown to a clerk, the other reading kept
    assert out[i].confidence < 0.9
    assert out[i].alternatives == ("INVOLCE",)


def test_a_fairly_sure_known_word_is_not_read_again(
    page: tuple[np.ndarray, list[tesseract.OcrWord]],
) -> None:
    image, words = page
    sure = [(i, w) for i, w in enumerate(words) if 0.85 <= w.confidence < 0.95]
    known = [(i, w) for i, w in sure if vote.vocabulary.known(w.text, "eng")]
    out = vote.reread(image, words, budget=1.0, languages="eng")
    for i, w in known:
        assert out[i] == w  # untouched: no second reading, no alternative
