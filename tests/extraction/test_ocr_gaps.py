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


def _close_lines() -> np.ndarray:
    """A dense table on an A4 page at 300 dpi: 16 rows 66 px apart, smoothed as a 1-bit
    scan is before tesseract reads it."""
    import cv2

    page = np.full((3508, 2480), 255, np.uint8)
    for i in range(16):
        y = 1200 + i * 66
        left = f"Tube galvanise {12 + i} mm couronne"
        right = (
            f"{20 + i}.{33 + i}.{17 + 3 * i}  {100 + 7 * i} pce  {31 + i},50  {1234 + 17 * i},00"
        )
        cv2.putText(page, left, (150, y), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
        cv2.putText(page, right, (1000, y), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    return np.asarray(cv2.GaussianBlur(page, (0, 0), 0.8))


def test_the_paper_between_close_lines_read_is_no_text_skipped() -> None:
    # the paper between a dense table's lines, lighter than its neighbourhood darkened by
    # the text, was taken for light text on a dark ground: regions sent to RapidOCR for
    # nothing (speed21)
    page = _close_lines()
    words = tesseract.image_to_words(page, "eng")
    assert len(words) >= 16 * 9
    assert gaps.unread_regions(page, words) == []


def test_light_text_on_a_dark_band_is_still_ink() -> None:
    import cv2

    page = np.full((900, 1700), 255, np.uint8)
    page[300:420] = 40
    cv2.putText(page, "DELIVERY NOTE 2024", (120, 385), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 255, 4)
    regions = gaps.unread_regions(page, [])
    assert any(y0 <= 360 and y1 >= 340 for _x0, y0, _x1, y1 in regions)


def test_the_ink_shared_with_short_cells_is_the_ink_of_the_page_given() -> None:
    # fill and short_cells compute a page's ink once (gaps.small_ink, speed23): the next
    # page, even of the same size and read with the same words, is looked at anew
    page = _boxed_table()
    words = tesseract.image_to_words(page, "eng")
    assert gaps.unread_regions(page, words)
    blank = np.full_like(page, 255)
    assert gaps.unread_regions(blank, words) == []
    # and the same page again finds what it found the first time
    assert gaps.unread_regions(page, words) == gaps.unread_regions(page.copy(), words)
