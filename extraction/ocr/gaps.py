"""Text tesseract did not read at all, found on the page and read by the second engine.

Tesseract's page layout analysis drops whole regions now and then: a table whose ruled
grid it takes for a picture, a line of white text on a coloured band, a block beside a
logo. Re-reading the words it was unsure of cannot bring those back, as there is no word.
So the page's ink is compared with the words read: ink in text-like blobs (a line's
height, longer than high) that no word covers is a region tesseract skipped, and RapidOCR
reads it, detection and recognition, within the second engine's budget.

Words found this way are read by one engine only: their confidence is capped below what
auto-accepts, so a clerk sees them unless extraction's own checks (arithmetic, check
digits) vouch for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

import cv2
import numpy as np

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr import overlaps, rapid
from extraction.ocr.preprocess import Gray, open_runs
from extraction.ocr.tesseract import OcrWord
from extraction.ocr.vote import latin

# a word only RapidOCR read: worth showing, never auto-accepted on its own
ONE_ENGINE_CONFIDENCE = UNCONFIRMED_CAP
MIN_SCORE = 0.75  # RapidOCR's readings under this are mostly of non-text (logos, stains)
# CPU seconds of RapidOCR (detection + recognition, one thread) per megapixel of region
# (measured: 0.55 MP in 0.9 s, 1.8 MP in 2.1 s, a whole 300 dpi page in 7.5 s)
SECONDS_PER_MEGAPIXEL = 1.6
START_SECONDS = 0.05
# RapidOCR's detector scales an image whose short side is under this up to it (a strip of
# text 130 px high becomes 3 MP and costs 4 s). The sheet is now detected at its own size
# (``fill``), but the budget still counts it padded to this, so the regions chosen are the
# ones chosen when it was: the same words found, for a fraction of the work
DETECTOR_SIDE = 736


# light ink is text only on a dark ground: a neighbourhood whose mean grey level is under
# this. Without it the paper between the close lines of a table (the neighbourhood's mean
# 200-230, lowered by the dark text around it) was "light ink": blobs of a line's height no
# word covers, each read by the second engine for nothing (30 regions, 0.57 s CPU on one
# 1-bit page of samples.wild seed 2101, no word found). None: light ink anywhere (before)
LIGHT_GROUND: int | None = 160


def _ink(gray: Gray) -> np.ndarray:
    """Dark-on-light and light-on-dark ink alike: a pixel far from its neighbourhood's
    level (an adaptive threshold both ways), so white text on a dark band counts."""
    block = max(15, (min(gray.shape) // 40) | 1)
    dark = cv2.adaptiveThreshold(
        gray, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 25
    )
    light = cv2.adaptiveThreshold(
        gray, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, -25
    )
    if LIGHT_GROUND is not None:
        ground = cv2.blur(gray, (block, block), borderType=cv2.BORDER_REPLICATE)
        light = np.bitwise_and(light, (ground < LIGHT_GROUND).astype(np.uint8))
    return np.asarray(np.bitwise_or(dark, light), dtype=np.uint8)


# the last page's ink at a scale, and its rules: ``fill`` and ``short_cells.read`` look at
# the same page at the same scale (text ~12 and ~16 px high both come to half size on a
# 300 dpi page), so they are computed once. Kept per thread (workers read pages side by
# side) and keyed on the page image itself, held so that its id stays its own
_SHARED = threading.local()


def _shared(
    name: str, gray: Gray, key: tuple[int, ...], make: Callable[[], np.ndarray]
) -> np.ndarray:
    held = getattr(_SHARED, name, None)
    if held is not None and held[0] is gray and held[1] == key:
        return np.asarray(held[2])
    value = make()
    value.flags.writeable = False  # shared between callers: none may change it
    setattr(_SHARED, name, (gray, key, value))
    return value


def small_ink(gray: Gray, factor: int) -> np.ndarray:
    """``_ink`` of ``gray`` shrunk ``factor`` times (area-averaged)."""
    h, w = gray.shape

    def make() -> np.ndarray:
        small = cv2.resize(gray, (w // factor, h // factor), interpolation=cv2.INTER_AREA)
        return _ink(np.asarray(small))

    return _shared("ink", gray, (factor,), make)


def small_rules(gray: Gray, factor: int, long: int) -> np.ndarray:
    """The runs of ``small_ink`` at least ``long`` pixels long, across or upright: rules
    and box edges."""

    def make() -> np.ndarray:
        ink = small_ink(gray, factor)
        across = open_runs(ink, long)
        down = open_runs(ink, long, upright=True)
        return np.asarray(np.bitwise_or(across, down), dtype=np.uint8)

    return _shared("rules", gray, (factor, long), make)


def _text_height(words: Sequence[OcrWord]) -> float:
    heights = sorted(w.height for w in words if len(w.text) >= 2 and w.confidence >= 0.6)
    return float(heights[len(heights) // 2]) if heights else 30.0


def _trusted(words: Sequence[OcrWord], size: float) -> list[OcrWord]:
    """The words that are text read, not a reading of a picture or a grid: tesseract reads
    a ruled table it took for a picture as a few tall, unsure strings of symbols."""
    return [w for w in words if w.height <= 2.5 * size and w.confidence >= 0.5]


def unread_regions(gray: Gray, words: Sequence[OcrWord]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of text-like ink no word of ``words`` covers, merged into
    regions, largest first."""
    h, w = gray.shape
    size = _text_height(words)
    factor = max(1, round(size / 12))  # work at a scale where text is ~12 px high
    ink = small_ink(gray, factor)
    covered = np.zeros_like(ink)
    pad = max(1, round(size / factor / 3))
    for word in _trusted(words, size):
        x0, y0 = word.left // factor - pad, word.top // factor - pad
        x1 = (word.left + word.width) // factor + pad
        y1 = (word.top + word.height) // factor + pad
        covered[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = 1
    text_h = size / factor
    # rules and box edges out first: a letter touching a cell's border is still a letter
    ruled = small_rules(gray, factor, max(8, round(text_h * 3)))
    rest = ink & (1 - covered) & (1 - ruled)
    # letters of a line joined into one blob: close across a letter gap, not a line gap
    joined = cv2.morphologyEx(
        rest, cv2.MORPH_CLOSE, np.ones((1, max(3, round(text_h * 0.8))), np.uint8)
    )
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    lines = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if not 0.5 * text_h <= bh <= 2.5 * text_h or bw < 1.5 * bh:
            continue  # a rule, a speck, a logo or a picture
        if area < 0.15 * bw * bh:
            continue  # too sparse for letters (the adaptive threshold leaves a solid
            # area's outline only, so a bar is never a blob here)
        lines.append((x, y, x + bw, y + bh))
    if not lines:
        return []
    # lines near each other read as one region: fewer, larger crops for the detector
    mask = np.zeros_like(ink)
    for x0, y0, x1, y1 in lines:
        mask[y0:y1, x0:x1] = 1
    grow = max(2, round(text_h))
    mask = cv2.dilate(mask, np.ones((grow, grow * 2), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    regions = []
    for i in range(1, n):
        x, y, bw, bh, _area = (int(v) for v in stats[i])
        regions.append(
            (x * factor, y * factor, min(w, (x + bw) * factor), min(h, (y + bh) * factor))
        )
    regions.sort(key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))
    return regions


DETECTOR_STRIDE = 32  # the detector works on images whose sides are multiples of this
# white beyond the regions, right and below: the detector's convolutions see grey past an
# image's edge, and a word near it was missed ("Lambert" of a customer name, 30 px away)
SHEET_MARGIN = 128


# the height (pixels) of a word's box, as tesseract measures them, at which the detector
# would find the sheet's lines (the sheet shrunk to it, never enlarged, its lines still
# read at full size); None: the sheet's own size. Found at full size (boxes ~30 px high at
# 300 dpi) the detection is most of ``fill``'s time: at 14 px, 10 scans of samples.wild
# seed 9101 (families A) took 1.3 s instead of 3.5 with the same words found. Off: on a
# zebra_wide colour scan of seed 9202 (families B) the shrunk sheet gave one more "word",
# a '0.' 65 px high by the table's header, and the table lost 29 of its 34 rows (at 20 px
# too; 28 px, no saving, read them). A guard for such finds is to come before it is on
DETECT_TEXT_HEIGHT: float | None = None


def _stride(n: int) -> int:
    """``n`` rounded up to the detector's stride, so it reads the sheet unstretched."""
    return -(-n // DETECTOR_STRIDE) * DETECTOR_STRIDE


def _read_already(found: OcrWord, word: OcrWord) -> bool:
    """Does tesseract's ``word`` read the ink RapidOCR found ``found`` in? Mostly the same
    box; or the same text touching it: a region's edge cuts through a word tesseract read,
    and RapidOCR reads its other half as the whole word, a few pixels off ('Yellow T T
    Shirts' from 'Yellow T-Shirts')."""
    if overlaps.covered(found, word) > 0.3:
        return True
    if found.text.casefold() != word.text.casefold():
        return False
    apart = max(found.left, word.left) - min(found.left + found.width, word.left + word.width)
    level = min(found.top + found.height, word.top + word.height) - max(found.top, word.top)
    return level > 0 and apart < 0.5 * min(found.height, word.height)


def fill(gray: Gray, words: Sequence[OcrWord], budget: float) -> list[OcrWord]:
    """``words`` and the words RapidOCR reads in the regions tesseract skipped, within
    ``budget`` CPU seconds (the largest regions first).

    The regions are stacked into one image and read in one call: the detector's cost goes
    with the image it is given (it scales a small crop up to its working size), not with
    the number of regions."""
    regions: list[tuple[int, int, int, int]] = []
    sep = max(16, round(_text_height(words)))
    width = height = 0
    for x0, y0, x1, y1 in unread_regions(gray, words):
        w, h = max(width, x1 - x0), height + (y1 - y0) + sep
        pixels = max(w, DETECTOR_SIDE) * max(h, DETECTOR_SIDE)
        if START_SECONDS + pixels / 1e6 * SECONDS_PER_MEGAPIXEL > budget:
            continue
        regions.append((x0, y0, x1, y1))
        width, height = w, h
    out = list(words)
    if not regions:
        return out
    trusted = _trusted(words, _text_height(words))
    found: list[OcrWord] = []
    tops = []
    y = 0
    for _x0, y0, _x1, y1 in regions:
        tops.append(y)
        y += (y1 - y0) + sep
    # the sheet as large as its regions and a margin, in whole steps of the detector's
    # stride, found at most at its own scale (``detect_side``: never scaled up; shrunk to
    # ``DETECT_TEXT_HEIGHT``; its lines are still read at full size). It was padded to
    # DETECTOR_SIDE a side so RapidOCR's own sizing would not scale it up: a 144 x 44 px
    # region cost the detection of a 736 x 736 sheet, 0.7 s a page for a word or two
    sheet = np.full((_stride(y + SHEET_MARGIN), _stride(width + SHEET_MARGIN)), 255, np.uint8)
    for (x0, y0, x1, y1), top in zip(regions, tops, strict=True):
        sheet[top : top + y1 - y0, : x1 - x0] = gray[y0:y1, x0:x1]
    shrink = 1.0
    if DETECT_TEXT_HEIGHT is not None:
        shrink = min(1.0, DETECT_TEXT_HEIGHT / max(1.0, _text_height(words)))
    side = max(DETECTOR_STRIDE, round(max(sheet.shape) * shrink))
    for word in rapid.page_words(sheet, detect_side=side):
        if word.confidence < MIN_SCORE or not latin(word.text):
            continue
        if not any(c.isalnum() for c in word.text):
            continue
        middle = word.top + word.height / 2
        for (x0, y0, _x1, y1), top in zip(regions, tops, strict=True):
            if top <= middle < top + y1 - y0:
                word_read = replace(
                    word,
                    left=word.left + x0,
                    top=word.top - top + y0,
                    confidence=min(word.confidence, ONE_ENGINE_CONFIDENCE),
                    block=10_000 + word.block,
                )
                if not any(_read_already(word_read, w) for w in trusted):
                    found.append(word_read)  # a word tesseract read is not added twice
                break
    # tesseract's reading of the same ink as a picture gives way to the words found in it
    out = [w for w in out if w in trusted or not any(overlaps.covered(w, f) > 0.3 for f in found)]
    return out + found
