"""Image clean-up before OCR: grey levels, blank-page test, deskew.

Deskew matters beyond tesseract's accuracy: rows of a table are found from word
positions, and a 2° skew moves the right end of an A4 row by a full line.

Pages travel as 2-D ``uint8`` arrays: each trip through a PIL image costs a copy of the
page (5 ms at 300 dpi), and a page went through four of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np
from PIL import Image

# one thread per worker, as for tesseract: workers already run side by side
cv2.setNumThreads(1)


Gray = np.ndarray  # a page or a region: 2-D, uint8, 0 is black


def to_gray(image: Image.Image) -> Gray:
    if image.mode in ("RGBA", "LA", "P"):
        bg = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        bg.paste(rgba, mask=rgba.split()[-1])
        image = bg
    return np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8)


# OpenCV counts in float32, exact up to 2**24 a bin: larger images are counted in bands
_HIST_BAND = 1 << 23


def histogram(gray: Gray) -> np.ndarray:
    """The count of each grey level of a ``uint8`` image (``np.bincount``'s, exactly), by
    OpenCV: a tenth of numpy's time (3 against 32 ms a 300 dpi page), as numpy widens
    every pixel to a 64-bit index first. Strided views are counted as they are."""
    if gray.size == 0:
        return np.zeros(256, dtype=np.int64)
    if gray.ndim != 2:
        return np.bincount(gray.ravel(), minlength=256)
    rows = max(1, _HIST_BAND // max(1, gray.shape[1]))
    out = np.zeros(256, dtype=np.int64)
    for y in range(0, gray.shape[0], rows):
        band = gray[y : y + rows]
        if not band.flags.c_contiguous and band.strides[1] != 1:
            band = np.ascontiguousarray(band)
        counts = cv2.calcHist([band], [0], None, [256], [0, 256])
        out += counts.ravel().astype(np.int64)
    return out


def open_runs(mask: np.ndarray, length: int, upright: bool = False) -> np.ndarray:
    """``mask`` opened by a line ``length`` pixels long, across (upright: down): its runs
    of ink at least that long, as ``cv2.morphologyEx(MORPH_OPEN)`` has them, pixel for
    pixel. Only the rows (columns) holding that much ink are opened: a run cannot be
    anywhere else, and opening along a row looks at that row alone. On a page of text a
    tenth of its rows qualify for an inch, and the opening cost 55-80 ms a 300 dpi page."""
    counts = np.count_nonzero(mask, axis=0 if upright else 1)
    lines = np.flatnonzero(counts >= length)
    kernel = np.ones((length, 1) if upright else (1, length), np.uint8)
    if lines.size * 2 > counts.size:  # most lines qualify: the whole mask at once
        return np.asarray(cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel))
    out = np.zeros_like(mask)
    if lines.size:
        part = np.ascontiguousarray(mask[:, lines] if upright else mask[lines])
        opened = cv2.morphologyEx(part, cv2.MORPH_OPEN, kernel)
        if upright:
            out[:, lines] = opened
        else:
            out[lines] = opened
    return out


def percentiles(gray: Gray, qs: Sequence[float]) -> list[float]:
    """``np.percentile(gray, qs)`` (its linear method, the same values to the last bit) of
    a ``uint8`` image, from a histogram: one counting pass over the pixels instead of a
    partial sort of a copy per call, which was a tenth of the page clean-up's time."""
    ends = np.cumsum(histogram(gray))  # ends[v]: values <= v
    n = int(ends[-1])
    out = []
    for q in qs:
        virtual = (q / 100) * (n - 1)
        lo = math.floor(virtual)
        a = float(np.searchsorted(ends, lo, side="right"))
        b = float(np.searchsorted(ends, min(lo + 1, n - 1), side="right"))
        t = virtual - lo
        # numpy's interpolation, from whichever end is nearer
        out.append(b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t)
    return out


def is_blank(gray: Gray) -> bool:
    """True when (almost) no pixel is darker than the paper: nothing to read.

    Dark is relative to the paper, so faded ink (grey 170 on white) still counts."""
    # subsample (not average) so thin strokes of a few short lines still count as ink
    sample = gray[::3, ::3]
    paper = percentiles(sample, [60])[0] if sample.size else 255.0
    dark = min(paper - 60, 140.0) if paper < 200 else paper - 60
    return bool(np.count_nonzero(sample < dark) < 0.0004 * sample.size)


def skew_angle(gray: Gray, limit: float = 4.0) -> float:
    """Angle (degrees, counter-clockwise) that straightens text rows; projection profile.

    The page is shrunk by a whole factor to about 900 px (OpenCV's fast box filter) and
    each candidate angle turns only the coordinates of its ink pixels, binned into rows:
    9 against 35 ms a page for turning the whole image per angle, with the same angles to
    within 0.1° on the pages of samples/scans.
    """
    factor = max(1, round(max(gray.shape) / 900))
    small = gray
    if factor > 1:
        small = np.asarray(
            cv2.resize(gray, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
        )
    ys, xs = np.nonzero(small < 140)
    h, w = small.shape
    x = xs.astype(np.float32) - w / 2
    y = ys.astype(np.float32) - h / 2

    def score(angle: float) -> float:
        turn = math.radians(angle)
        # row of each ink pixel once the page is turned ``angle`` counter-clockwise
        rows = np.rint(math.cos(turn) * y - math.sin(turn) * x + h / 2).astype(np.int32)
        profile = np.bincount(rows[(rows >= 0) & (rows < h)], minlength=h).astype(np.int64)
        return float(np.square(np.diff(profile)).sum())

    best, best_score = 0.0, score(0.0)
    step = 0.5
    candidates = [a * step for a in range(int(-limit / step), int(limit / step) + 1) if a]
    for a in candidates:
        s = score(a)
        if s > best_score:
            best, best_score = a, s
    for a in (best + d / 10 for d in range(-4, 5) if d):
        s = score(a)
        if s > best_score:
            best, best_score = a, s
    return best


def deskew(gray: Gray) -> tuple[Gray, float]:
    angle = skew_angle(gray)
    if abs(angle) < 0.15:
        return gray, 0.0
    return rotate(gray, angle), angle


def rotate(gray: Gray, angle: float, cubic: bool = False) -> Gray:
    """``gray`` turned ``angle`` degrees counter-clockwise about its centre, same size,
    white where the turn uncovers the canvas.

    Bilinear, with OpenCV: a tenth of the cost of Pillow's bicubic ``rotate`` on a
    300 dpi page (20 against 200 ms), which was an eighth of the OCR route's time.
    ``cubic``: for a page turned before it is upscaled, whose strokes are a few pixels
    wide (bilinear blurs them, and the upscale carries the blur).
    """
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), angle, 1.0)
    flags = cv2.INTER_CUBIC if cubic else cv2.INTER_LINEAR
    return np.asarray(cv2.warpAffine(gray, matrix, (w, h), flags=flags, borderValue=255))


def invert_bands(gray: Gray) -> Gray:
    """Turn white-on-dark bands (a table header printed in reverse video) into dark text on
    white: tesseract reads reversed text poorly and the column roles come from that row."""
    height, width = gray.shape
    _, ink = cv2.threshold(gray, 127, 1, cv2.THRESH_BINARY_INV)  # 1 where darker than 128
    frac = cv2.reduce(ink, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel() / width
    rows = np.flatnonzero(frac > 0.3)
    if rows.size == 0:
        return gray
    out: Gray | None = None
    min_h = max(8, height // 300)
    max_h = height // 12
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for run in runs:
        y0, y1 = int(run[0]), int(run[-1]) + 1
        if not min_h <= y1 - y0 <= max_h:
            continue
        cols = np.flatnonzero((gray[y0:y1] < 128).mean(axis=0) > 0.5)
        if cols.size < width * 0.2:
            continue
        x0, x1 = int(cols[0]), int(cols[-1]) + 1
        block = gray[y0:y1, x0:x1]
        if (block < 128).mean() < 0.5:
            continue  # a dense paragraph, not a filled band
        if out is None:
            out = gray.copy()
        out[y0:y1, x0:x1] = _paper_white(255 - block)
    return gray if out is None else out


def _paper_white(block: Gray) -> Gray:
    """An inverted band's levels stretched so its ground is white and its text black: a
    mid-grey or coloured bar inverts to a grey ground, on which tesseract loses the text."""
    ground = float(np.median(block))
    ink = float(np.percentile(block, 2))
    if ground - ink < 40:
        return block
    ramp = (np.arange(256, dtype=np.float32) - ink) * (255.0 / (ground - ink))
    return np.asarray(cv2.LUT(block, np.clip(ramp, 0, 255).astype(np.uint8)))


def clean_region(gray: Gray) -> Gray:
    """Speckle-free black and white for re-reading a small region (a column of short
    cells): out of the page's context tesseract takes scanner dust for characters."""
    smooth = cv2.medianBlur(np.ascontiguousarray(gray), 3)
    return np.where(smooth > 150, 255, 0).astype(np.uint8)


def only_rows(region: Gray, rows: list[tuple[int, int]], top: int) -> Gray:
    """``region`` (whose first pixel row is the page's ``top``) white outside ``rows``
    (pixel bands of the page, top and bottom)."""
    keep = np.zeros(region.shape[0], dtype=bool)
    for y0, y1 in rows:
        keep[max(0, y0 - top) : max(0, y1 - top)] = True
    if keep.all():
        return region
    out = region.copy()
    out[~keep] = 255
    return out
