"""Words tesseract dropped, read by the second engine: lone glyphs of table cells
(short_cells.py), words inside a box stretched past its text, numbers glued before a word
(stretched.py). Through the real RapidOCR; the words "tesseract read" are given."""

import cv2
import numpy as np

from extraction.ocr import gaps, short_cells, stretched
from extraction.ocr.tesseract import OcrWord

FONT = cv2.FONT_HERSHEY_SIMPLEX


def _draw(page: np.ndarray, text: str, x: int, y: int) -> OcrWord:
    """``text`` drawn with its baseline at ``y``; the word tesseract would read there."""
    (w, h), base = cv2.getTextSize(text, FONT, 1.2, 3)
    cv2.putText(page, text, (x, y), FONT, 1.2, 0, 3)
    return OcrWord(text, x, y - h, w, h + base, 0.96, 1, 1)


def _table() -> tuple[np.ndarray, list[OcrWord], list[tuple[int, int]]]:
    """Rows 'Cable 14.74 m 2.78', the lone unit drawn but not among the words read."""
    page = np.full((900, 1400), 255, np.uint8)
    words, units = [], []
    for k, (desc, qty, unit, price) in enumerate(
        [
            ("Cable", "14.74", "m", "2.78"),
            ("Sand", "1207", "t", "49.24"),
            ("Tape", "15", "roll", "0.82"),
        ]
    ):
        y = 150 + 110 * k
        words += [_draw(page, desc, 80, y), _draw(page, qty, 500, y), _draw(page, price, 1000, y)]
        unit_word = _draw(page, unit, 700, y)
        if unit == "roll":
            words.append(unit_word)
        else:
            units.append((700, y))
    return page, words, units


def test_a_lone_unit_no_word_covers_is_read_in_its_place() -> None:
    page, words, units = _table()
    marks = short_cells.lone_marks(page, words)
    assert len(marks) == 2 and all(abs(m[0] - 700) < 12 for m in marks)
    read = short_cells.read(page, words)
    added = {w.text: w for w in read[len(words) :]}
    assert set(added) == {"m", "t"}
    for text, (_x, y) in zip(("m", "t"), units, strict=True):
        w = added[text]
        # its box holds the glyph down to the baseline (an 'm' has no descender: it ends there)
        assert abs(w.left - 700) < 12 and w.top < y <= w.top + w.height
        # one engine's reading: shown to a clerk unless extraction's checks vouch for it
        assert w.confidence <= gaps.ONE_ENGINE_CONFIDENCE


def test_a_mark_off_every_row_or_beside_a_word_is_not_read() -> None:
    page, words, _units = _table()
    cv2.putText(page, "x", (700, 800), FONT, 1.2, 0, 3)  # on no row of words
    cv2.circle(page, (1200, 150 + 110 - 10), 2, 0, -1)  # a speck on a row
    # a glyph touching a word read is that word's, not a cell of its own
    cv2.putText(page, "s", (80 + 75, 150), FONT, 1.2, 0, 3)
    lefts = [m[0] for m in short_cells.lone_marks(page, words)]
    assert all(abs(x - 700) < 12 for x in lefts) and len(lefts) == 2


def test_a_page_with_no_dropped_glyph_reads_nothing_more() -> None:
    page = np.full((400, 1200), 255, np.uint8)
    words = [_draw(page, "Invoice", 80, 150), _draw(page, "2024-118", 500, 150)]
    assert short_cells.lone_marks(page, words) == []
    assert short_cells.read(page, words) == words


def test_a_box_stretched_past_its_text_is_read_again_and_split() -> None:
    page = np.full((300, 1400), 255, np.uint8)
    words = [_draw(page, "Subtotal", 80, 150), _draw(page, "Montant", 1000, 150)]
    tva = _draw(page, "TVA a 21 %", 450, 150)
    words.append(OcrWord("TVA", tva.left, tva.top, tva.width, tva.height, 0.94, 1, 1))
    assert stretched.stretched(words) == [2]
    mended = stretched.mend(page, words)
    texts = [w.text for w in mended]
    assert texts[:2] == ["Subtotal", "Montant"] and texts[2] == "TVA" and "21" in texts[3:]
    rate = next(w for w in mended if w.text == "21")
    assert tva.left < rate.left < tva.left + tva.width
    assert rate.confidence <= gaps.ONE_ENGINE_CONFIDENCE
    assert next(w for w in mended if w.text == "TVA").confidence == 0.94


def test_a_reading_that_does_not_hold_the_word_leaves_it_as_read() -> None:
    word = OcrWord("TVA", 100, 50, 300, 30, 0.94, 1, 1)
    assert stretched._split(word, "TYA a 21 %", 0.95) is None  # not the word: no split
    assert stretched._split(word, "TVA", 0.95) is None  # nothing more than the word
    assert stretched._split(word, "TVA a 21 %", 0.5) is None  # too unsure
    parts = stretched._split(word, "TVA a 21 %", 0.95)
    assert parts is not None and [p.text for p in parts] == ["TVA", "a", "21", "%"]
    assert [p.left for p in parts] == sorted(p.left for p in parts)


def test_a_number_the_second_engine_read_glued_before_a_word_is_put_back() -> None:
    word = OcrWord("forfait", 400, 60, 70, 20, 0.7, 1, 1, alternatives=("6forfait",))
    out = stretched.glued_numbers([word])
    assert [w.text for w in out] == ["forfait", "6"]
    assert out[1].left + out[1].width <= word.left and out[1].confidence <= 0.7
    # a misread of the word itself, or a word of digits, is no glued number
    other = OcrWord("forfait", 400, 60, 70, 20, 0.7, 1, 1, alternatives=("6forfalt",))
    digits = OcrWord("12", 400, 60, 20, 20, 0.7, 1, 1, alternatives=("312",))
    assert stretched.glued_numbers([other, digits]) == [other, digits]
