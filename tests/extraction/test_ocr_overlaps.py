"""A text line tesseract reads twice (its sparse mode, on a degraded page: once as the
line, once as a tall box across it and its neighbour) reaches extraction once."""

from dataclasses import replace
from pathlib import Path

import pytest

from extraction.ocr import tesseract
from extraction.ocr.tesseract import OcrWord
from extraction.pipeline import extract
from tests.extraction.scans_for_tests import CLEAN, sample_scan


def _read_twice(words: list[OcrWord], text: str) -> list[OcrWord]:
    """``words`` with the line holding ``text`` read a second time as tesseract does it
    on a fax: the same words in boxes twice as tall, reaching into the next line."""
    anchor = next(w for w in words if w.text == text)
    line = [w for w in words if abs(w.top - anchor.top) < anchor.height / 2]
    doubled = [
        replace(w, height=w.height * 2 + 4, top=w.top - 2, confidence=w.confidence * 0.8)
        for w in line
    ]
    return words + doubled


def test_a_line_read_twice_gives_its_words_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = sample_scan(tmp_path)
    plain = extract(scan, settings=CLEAN)
    assert plain.lines
    first = plain.lines[0].description
    assert first
    word = first.split()[0]
    read = tesseract.images_to_words

    def twice(images: list[object], *args: object, **kwargs: object) -> list[list[OcrWord]]:
        return [_read_twice(w, word) for w in read(images, *args, **kwargs)]  # type: ignore[arg-type]

    monkeypatch.setattr(tesseract, "images_to_words", twice)
    again = extract(scan, settings=CLEAN)
    assert [line.description for line in again.lines] == [line.description for line in plain.lines]
    texts = [w.text for p in again.pages for w in p.words]
    assert texts.count(word) == [w.text for p in plain.pages for w in p.words].count(word)
