"""The clean-up's cheaper forms (issue 23, speed24) give the very pixels of the plain ones:
an opening computed on the lines that can hold a run that long, and specks' areas counted
by OpenCV. A page cleaned differently reads differently, so only sameness is allowed."""

import cv2
import numpy as np
import pytest

from extraction.ocr import cleanup
from extraction.ocr.preprocess import open_runs


def _opened(mask: np.ndarray, length: int, upright: bool) -> np.ndarray:
    kernel = np.ones((length, 1) if upright else (1, length), np.uint8)
    return np.asarray(cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel))


def _page_with_rules(seed: int) -> np.ndarray:
    """Specks, text-like blobs, rules across and down (some exactly an inch, some one
    pixel short), as a 1-bit page at 300 dpi has them."""
    rng = np.random.default_rng(seed)
    page = np.full((900, 700), 255, np.uint8)
    page[rng.random(page.shape) < 0.002] = 0
    for _ in range(120):
        y, x = rng.integers(0, 880), rng.integers(0, 660)
        page[y : y + rng.integers(8, 20), x : x + rng.integers(5, 40)] = 0
    for y, n in ((100, 300), (250, 299), (400, 650), (401, 650)):
        page[y, 20 : 20 + n] = 0
    for x, n in ((50, 300), (300, 299), (600, 880)):
        page[10 : 10 + n, x] = 0
    return page


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("upright", [False, True])
@pytest.mark.parametrize("length", [3, 30, 299, 300])
def test_an_opening_on_the_lines_that_can_hold_the_run_is_the_whole_opening(
    seed: int, upright: bool, length: int
) -> None:
    ink = (_page_with_rules(seed) == 0).astype(np.uint8)
    assert np.array_equal(open_runs(ink, length, upright), _opened(ink, length, upright))
    grey = np.where(ink == 1, np.uint8(200), np.uint8(0))  # any levels, not only 0/1
    assert np.array_equal(open_runs(grey, length, upright), _opened(grey, length, upright))


def test_despeckling_takes_out_the_same_pixels_as_counting_with_numpy() -> None:
    page = _page_with_rules(4)
    page[300:310, 300:340][np.random.default_rng(5).random((10, 40)) < 0.05] = 255  # holes
    want = page.copy()
    for value, fill in ((0, 255), (255, 0)):
        mask = (page == value).astype(np.uint8)
        n, labels = cv2.connectedComponents(mask, connectivity=8, ltype=cv2.CV_32S)
        small = np.bincount(labels.ravel(), minlength=n) <= 4
        small[0] = False
        want[small[labels]] = fill
    got = cleanup.despeckle(page, 300.0)
    assert np.array_equal(got, want)
    assert not np.array_equal(got, page)  # there were specks to take out
