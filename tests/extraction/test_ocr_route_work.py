"""The work the OCR route does on a scanned page, counted, never timed (issue 23: a page
within 2x raw tesseract's CPU time): one tesseract run for a clean page, the skipped
regions detected on a sheet their own size, and the clean-up's cheaper arithmetic giving
the very pixels and levels of the straightforward one. Through the real tesseract and
RapidOCR: these fail, not skip, when either is missing."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from extraction.ocr import cleanup, gaps, preprocess, rapid, tesseract
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import sample_scan


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[Any]:
    """Each call of ``module.name`` from now on, its arguments recorded."""
    calls: list[Any] = []
    real: Callable[..., Any] = getattr(module, name)

    def count(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, count)
    return calls


def test_a_clean_scanned_page_is_read_by_one_tesseract_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = sample_scan(tmp_path, "dpi300")
    runs = _counted(monkeypatch, tesseract, "images_to_words")
    again = _counted(monkeypatch, tesseract, "image_to_words")
    osd = _counted(monkeypatch, tesseract, "orientation")
    result = extract(scan, settings=ExtractionSettings(second_engine="rapidocr"))
    assert result.pages and result.pages[0].source == "ocr" and len(result.pages[0].words) > 50
    # the page pass reads the page once; no second whole-page pass, no OSD on a good read
    assert [len(args[0]) for args, _ in runs] == [1]
    assert again == [] and osd == []


def _lines_page() -> np.ndarray:
    page = np.full((1400, 1800), 255, np.uint8)
    texts = ["Invoice 2024-118", "Total due 1,250.00 EUR", "Delivery 14 May", "Thank you"]
    for i, text in enumerate(texts):
        cv2.putText(page, text, (100, 200 + i * 150), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 4)
    return page


def test_a_skipped_line_is_detected_on_a_sheet_its_size_not_a_padded_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _lines_page()
    words = tesseract.image_to_words(page, "eng")
    # as if tesseract had skipped the last line
    kept = [w for w in words if w.top < 600]
    assert "Thank" in {w.text for w in words} and "Thank" not in {w.text for w in kept}
    sheets = _counted(monkeypatch, rapid, "page_words")
    filled = gaps.fill(page, kept, budget=5.0)
    assert "Thank" in {w.text for w in filled if w not in kept}
    assert len(sheets) == 1
    (sheet, *_), options = sheets[0]
    # one line of text and a margin, at the detector's stride, found at its own scale:
    # not a sheet padded to 736 x 736 for a line
    assert sheet.shape[0] < 300 and sheet.size < gaps.DETECTOR_SIDE**2 / 2
    assert all(side % gaps.DETECTOR_STRIDE == 0 for side in sheet.shape)
    assert options.get("detect_side") == max(sheet.shape)


@pytest.mark.parametrize("size", [1, 2, 7, 1000, 4097])
def test_percentiles_from_the_histogram_are_numpys(size: int) -> None:
    rng = np.random.default_rng(size)
    for values in (
        rng.integers(0, 256, size).astype(np.uint8),
        np.clip(rng.normal(210, 30, size), 0, 255).astype(np.uint8),
    ):
        qs = [0, 0.5, 2, 5, 37.5, 60, 99.9, 100]
        assert preprocess.percentiles(values, qs) == [float(np.percentile(values, q)) for q in qs]


def test_flatten_by_lookup_gives_the_pixels_of_the_division() -> None:
    rnd = random.Random(5)
    page = np.full((900, 700), 235, np.uint8)
    # light falling off to one side, and some text-like ink
    page = (page * np.linspace(1.0, 0.55, 700, dtype=np.float32)[None, :]).astype(np.uint8)
    for _ in range(60):
        x, y = rnd.randrange(20, 650), rnd.randrange(20, 860)
        cv2.rectangle(page, (x, y), (x + rnd.randrange(5, 40), y + 4), rnd.randrange(0, 90), -1)
    back = cleanup._background(page).astype(np.float32)
    divided = page.astype(np.float32) * (255.0 / np.maximum(back, 1.0))
    expected = np.clip(divided, 0, 255).astype(np.uint8)
    assert np.array_equal(cleanup.flatten(page), expected)
