"""Text tesseract skipped, found on the page and read by the second engine (gaps.py),
through the real tesseract and RapidOCR."""

import numpy as np

from extraction.ocr import gaps, tesseract
from tests.extraction.test_ocr_cleanup import _boxed_table


def test_the_cells_of_a_grid_tesseract_skipped_are_read_by_the_second_engine() -> None:
    page = _boxed_table()
    words = tesseract.image_to_words(page, "eng")
    assert "Bindings" not in {w.text for w in words}  # tesseract skipped the grid
    regions = gaps.unread_regions(page, words)
    assert regions and all(y0 >= 780 for _x0, y0, _x1, _y1 in regions[:3])  # the table
    filled = gaps.fill(page, words, budget=5.0)
    added = [w for w in filled if w not in words]
    assert {"Bindings", "Ribbon"} <= {w.text for w in added}
    # one engine's reading: never sure enough to be accepted without a look
    assert all(w.confidence <= gaps.ONE_ENGINE_CONFIDENCE for w in added)
    ribbon = next(w for w in added if w.text == "Ribbon")
    assert 225 - 10 <= ribbon.left <= 225 + 40 and 800 + 5 * 110 <= ribbon.top <= 800 + 6 * 110


def test_a_page_tesseract_read_whole_has_no_gaps_to_fill() -> None:
    page = np.full((1200, 1600), 255, np.uint8)
    import cv2

    for i, text in enumerate(["Invoice 2024-118", "Total due 1,250.00 EUR", "Thank you"]):
        cv2.putText(page, text, (100, 200 + i * 150), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 4)
    words = tesseract.image_to_words(page, "eng")
    assert len(words) >= 6
    assert gaps.unread_regions(page, words) == []
    assert gaps.fill(page, words, budget=5.0) == words
