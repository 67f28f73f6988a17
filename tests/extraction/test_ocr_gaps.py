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


def test_the_lone_digits_of_a_quantity_column_tesseract_dropped_are_read() -> None:
    """Tesseract drops a cell of one glyph now and then (a quantity '1' alone in its
    column; 23 quantities of the seed-75 scans' rows): a blob narrower than it is tall was
    taken for a speck and never read again. A blob a letter's height and a glyph's width is
    read by the second engine, the many small regions laid side by side on one sheet."""
    import cv2

    page = np.full((1500, 2400), 255, np.uint8)
    items = ["Sliding door rail", "Hinge brass", "Cabinet handle", "Wall anchor", "Shelf pin"]
    quantities = ["1", "6", "3", "4", "2"]
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(page, "Item          Qty     Price", (150, 150), font, 1.4, 0, 3)
    for i, (item, qty) in enumerate(zip(items, quantities, strict=True)):
        y = 300 + i * 200
        cv2.putText(page, item, (150, y), font, 1.4, 0, 3)
        cv2.putText(page, qty, (1300, y), font, 1.4, 0, 3)
        cv2.putText(page, f"{12 + i}.50", (1700, y), font, 1.4, 0, 3)
    words = tesseract.image_to_words(page, "eng")
    assert not set(quantities) & {w.text for w in words}  # tesseract dropped every one
    assert {"Hinge", "13.50"} <= {w.text for w in words}
    filled = gaps.fill(page, words, budget=1.0)
    added = filled[len(words) :]
    column = {(w.text, round((w.top - 270) / 200)) for w in added if 1250 <= w.left <= 1400}
    assert column == set(zip(quantities, range(5), strict=True))
    assert all(w.confidence <= gaps.ONE_ENGINE_CONFIDENCE for w in added)
