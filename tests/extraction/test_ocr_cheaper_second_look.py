"""A cheaper second look: OpenCV histograms (the same counts as numpy's, on); the skipped
regions' sheet detected at a small text height and re-read crops padded to less than
320 px (both off by default, switched on here to keep them working for bench/ocr)."""

from typing import Any

import numpy as np
import pytest

from extraction.ocr import gaps, preprocess, rapid
from extraction.ocr.tesseract import OcrWord


@pytest.mark.parametrize("shape", [(3508, 2480), (6000, 1500), (5, 3)])
def test_the_histogram_and_percentiles_are_numpy_s(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(7)
    gray = rng.integers(0, 256, shape, dtype=np.uint8)
    gray[: shape[0] // 2] = 250  # a bin past float32's exact range on the large page
    for view in (gray, gray[::2, ::2], gray[1::3, ::4], gray.T):
        assert (preprocess.histogram(view) == np.bincount(view.ravel(), minlength=256)).all()
        want = [float(v) for v in np.percentile(view, [0.5, 5, 60, 99])]
        assert preprocess.percentiles(view, [0.5, 5, 60, 99]) == want


def test_the_sheet_of_skipped_regions_is_detected_shrunk_to_small_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = np.full((1400, 1200), 255, np.uint8)
    import cv2

    cv2.putText(page, "Delivery 2026-118", (100, 200), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3)
    words = [OcrWord("Read", 100, 600, 120, 40, 0.95, 1, 1)] * 3  # text 40 px high
    sides: list[int | None] = []

    def page_words(sheet: np.ndarray, detect_side: int | None = None, **_: Any) -> list[OcrWord]:
        sides.append(detect_side)
        sides.append(max(sheet.shape))
        return []

    monkeypatch.setattr(rapid, "page_words", page_words)
    monkeypatch.setattr(gaps, "DETECT_TEXT_HEIGHT", 14.0)
    gaps.fill(page, words, budget=5.0)
    assert sides, "the unread line was sent to the second engine"
    side, full = sides
    assert side is not None
    # found at ~14 px text instead of 40: about a third of the sheet's side
    assert side <= full * 14.0 / 40 + gaps.DETECTOR_STRIDE


def test_re_read_crops_are_padded_to_the_re_read_width_and_the_engine_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not rapid.installed():
        pytest.skip("RapidOCR is not installed")
    recogniser = rapid._load()._load_rec_model()
    before = list(recogniser.rec_image_shape)
    widths: list[int] = []
    real = recogniser.resize_norm_img

    def spy(img: np.ndarray, max_wh_ratio: float) -> np.ndarray:
        out = real(img, max_wh_ratio)
        widths.append(out.shape[-1])
        return out

    recogniser.resize_norm_img = spy
    monkeypatch.setattr(rapid, "REREAD_REC_WIDTH", 240)
    try:
        crop = np.full((40, 60), 255, np.uint8)  # a short word: 72 columns at 48 px
        rapid.read_crops([crop])
    finally:
        del recogniser.resize_norm_img
    assert widths == [240]
    assert list(recogniser.rec_image_shape) == before
    assert rapid.recognition_columns(crop) == 240
