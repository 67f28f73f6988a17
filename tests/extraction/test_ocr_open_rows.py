"""A table row whose quantity x price = total does not close was misread somewhere, even
where tesseract was sure: its words not re-read yet are read by the second engine too, and
the row's arithmetic decides between the readings (vote.ROW_SHARE, issue 23)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from extraction.ocr import rapid, vote
from extraction.ocr.tesseract import OcrWord


def _row(texts: Sequence[str], top: int, confidence: float = 0.97) -> list[OcrWord]:
    out, left = [], 100
    for t in texts:
        out.append(OcrWord(t, left, top, 20 * len(t), 30, confidence, 1, top))
        left += 20 * len(t) + 40
    return out


@pytest.fixture
def second_reading(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[int, int], str]:
    """RapidOCR as a table of (left, top) -> reading; every other crop read as tesseract."""
    table: dict[tuple[int, int], str] = {}
    asked: list[np.ndarray] = []

    def read(crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        asked.extend(crops)
        return [(table.get((int(c[0, 0]), int(c[0, 1])), ""), 0.99) for c in crops]

    monkeypatch.setattr(rapid, "read_crops", read)
    return table


def _image(words: Sequence[OcrWord]) -> np.ndarray:
    """A page whose crop of each word starts with the word's (left, top) as pixels, so the
    fake recogniser knows which word it is given."""
    image = np.full((600, 1200), 255, dtype=np.int32)
    for w in words:
        pad_y = max(2, round(0.25 * w.height))
        pad_x = max(3, round(0.3 * w.height))
        image[w.top - pad_y, w.left - pad_x] = w.left
        image[w.top - pad_y, w.left - pad_x + 1] = w.top
    return image


def test_a_sure_misread_quantity_is_mended_by_the_rows_arithmetic(
    second_reading: dict[tuple[int, int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vote, "ROW_SHARE", 0.25)
    words = _row(["Widget", "8", "12,50", "37,50"], 100)
    second_reading[(words[1].left, words[1].top)] = "3"
    out = vote.reread(_image(words), words, budget=1.0, languages="eng")
    assert out[1].text == "3"
    assert out[1].alternatives == ("8",)
    assert out[1].confidence < 0.9  # the engines disagreed: a clerk sees it


def test_a_row_that_closes_is_not_read_again(
    second_reading: dict[tuple[int, int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vote, "ROW_SHARE", 0.25)
    words = _row(["Widget", "3", "12,50", "37,50"], 100)
    second_reading[(words[1].left, words[1].top)] = "8"
    out = vote.reread(_image(words), words, budget=1.0, languages="eng")
    assert out == words


def test_without_the_share_the_open_row_stays_as_read(
    second_reading: dict[tuple[int, int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vote, "ROW_SHARE", 0.0)
    words = _row(["Widget", "8", "12,50", "37,50"], 100)
    second_reading[(words[1].left, words[1].top)] = "3"
    assert vote.reread(_image(words), words, budget=1.0, languages="eng") == words


def _reader(table: dict[str, str]) -> vote.Reader:
    def read(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[str]:
        return [table.get(w.text, w.text) for w in boxes]

    return read


def test_on_a_page_read_whole_a_number_is_taken_only_where_the_row_closes() -> None:
    words = _row(["Widget", "8", "12,50", "37,50"], 100, 0.95)
    words += _row(["Bolt", "2", "1,00", "9,00"], 200, 0.95)  # no reading closes it
    out = vote.close_rows(np.zeros((1, 1)), words, _reader({"8": "3", "2": "7"}))
    assert out[1].text == "3" and out[1].confidence <= vote.CLOSED_CONFIDENCE
    assert out[1].alternatives == ("8",)
    assert out[4:] == words[4:]


def test_a_page_without_open_rows_is_not_read_again() -> None:
    words = _row(["Widget", "3", "12,50", "37,50"], 100)

    def never(image: np.ndarray, boxes: Sequence[OcrWord]) -> list[str]:
        raise AssertionError("read")

    assert vote.close_rows(np.zeros((1, 1)), words, never) == words


def test_an_amount_in_brackets_counts_by_its_magnitude() -> None:
    words = _row(["Rye", "flour", "50", "17.25", "(826.50)"], 100, 0.95)
    out = vote.close_rows(np.zeros((1, 1)), words, _reader({"(826.50)": "(862.50)"}))
    assert out[4].text == "(862.50)" and out[4].confidence <= vote.CLOSED_CONFIDENCE
