"""Boxes too low to hold text (a rule tesseract read as a word) are neither re-read by the
second engine nor mended as stretched boxes: scaled to the recogniser's height, a rule a
page wide cost half a page's re-read budget and gave back no text (issue 23, scan14)."""

from __future__ import annotations

import numpy as np
import pytest

from extraction.ocr import cleanup, flat_boxes, stretched, vote
from extraction.ocr.tesseract import OcrWord


def _word(text: str, left: int, top: int, width: int, height: int, conf: float) -> OcrWord:
    return OcrWord(text, left, top, width, height, conf, block=1, line=1)


def _page() -> list[OcrWord]:
    """A line of sure words 30 px high, and a rule read as an unsure word, 5 px high."""
    words = [_word(f"Word{i}", 40 + 160 * i, 100, 120, 30, 0.95) for i in range(6)]
    words.append(_word("eee", 40, 200, 1800, 5, 0.4))
    words.append(_word("Mot", 40, 300, 60, 30, 0.5))  # an unsure word of text
    return words


def test_a_box_lower_than_a_third_of_the_text_is_flat() -> None:
    assert flat_boxes.flat(_page()) == {6}


def test_without_the_threshold_no_box_is_flat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flat_boxes, "FLAT", None)
    assert flat_boxes.flat(_page()) == set()


def test_the_re_read_passes_over_a_flat_box_and_keeps_the_unsure_word() -> None:
    image = np.full((400, 2000), 255, np.uint8)
    chosen = [i for i, _crop in vote._chosen(image, _page(), 1.0, "fra+eng")]
    assert 6 not in chosen
    assert 7 in chosen


def test_a_flat_box_is_no_stretched_box() -> None:
    words = _page()
    words[6] = _word("e", 40, 200, 1800, 5, 0.9)  # a rule: one letter in a page-wide box
    words.append(_word("TVA", 40, 400, 400, 30, 0.9))  # a word beside what it left out
    assert stretched.stretched(words) == [len(words) - 1]


def _bilevel(dpi_x: float, dpi_y: float) -> cleanup.PageProfile:
    return cleanup.PageProfile(
        dpi_x=dpi_x,
        dpi_y=dpi_y,
        bilevel=True,
        dark=False,
        paper=255.0,
        ink=0.0,
        shading=0.0,
        noise=12.0,
        specks=0.0,
    )


def test_a_1_bit_page_is_blurred_by_default_and_never_binarised() -> None:
    # it is 1-bit already; its dashed rules go before the blur (dashes.py)
    assert cleanup.plan(_bilevel(300, 300)) == ["undash", "smooth"]
    assert cleanup.plan(_bilevel(204, 98))[-2:] == ["upscale", "smooth"]


def test_the_native_blur_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cleanup, "SMOOTH_NATIVE", False)
    assert "smooth" not in cleanup.plan(_bilevel(300, 300))
    assert "binarise" not in cleanup.plan(_bilevel(300, 300))
    assert cleanup.plan(_bilevel(204, 98))[-2:] == ["upscale", "smooth"]
