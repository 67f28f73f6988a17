"""Words OCR read with a glyph taken for its look-alike ('livralson' for 'livraison', a
fax's thin 'i' read as 'l') are read as the known word they are, so a label is found
and a value read as printed; the reading as read stays on the word as an alternative."""

from dataclasses import replace
from pathlib import Path

import pytest

from extraction.ocr import tesseract, vocabulary
from extraction.ocr.tesseract import OcrWord
from extraction.pipeline import extract
from tests.extraction.scans_for_tests import CLEAN, sample_scan


def _misread(w: OcrWord) -> OcrWord:
    """An 'i' read as 'l' in a word of five letters or more, read unsure; left alone where
    that is a word too."""
    if len(w.text) < 5 or not w.text.isalpha() or "i" not in w.text:
        return w
    wrong = w.text.replace("i", "l", 1)
    if vocabulary.known(wrong):
        return w
    return replace(w, text=wrong, confidence=min(w.confidence, 0.6))


def test_words_read_with_a_look_alike_glyph_give_the_fields_read_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = sample_scan(tmp_path)
    right = extract(scan, settings=CLEAN)
    read = tesseract.images_to_words
    misread: list[str] = []

    def with_look_alikes(images: list[object], *a: object, **k: object) -> list[list[OcrWord]]:
        pages = [[_misread(w) for w in words] for words in read(images, *a, **k)]  # type: ignore[arg-type]
        misread.extend(w.text for words in pages for w in words if w.confidence <= 0.6)
        return pages

    monkeypatch.setattr(tesseract, "images_to_words", with_look_alikes)
    mended = extract(scan, settings=CLEAN)
    assert any("l" in t for t in misread)
    assert {k: f.value for k, f in mended.fields.items()} == {
        k: f.value for k, f in right.fields.items()
    }
    words = [w for p in mended.pages for w in p.words]
    changed = [w for w in words if w.alternatives and w.alternatives[0] != w.text]
    assert changed and all(w.confidence <= vocabulary.MENDED_CONFIDENCE for w in changed)
    assert {w.text for w in words} == {w.text for p in right.pages for w in p.words}
