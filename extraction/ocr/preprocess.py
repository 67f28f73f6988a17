"""Image clean-up before OCR: grey levels, blank-page test, deskew.

Deskew matters beyond tesseract's accuracy: rows of a table are found from word
positions, and a 2° skew moves the right end of an A4 row by a full line.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter


def to_gray(image: Image.Image) -> Image.Image:
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "P"):
        bg = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        bg.paste(rgba, mask=rgba.split()[-1])
        return bg.convert("L")
    return image.convert("L")


def is_blank(gray: Image.Image) -> bool:
    """True when (almost) no pixel is dark: nothing to read."""
    # subsample (not average) so thin strokes of a few short lines still count as ink
    arr = np.asarray(gray, dtype=np.uint8)[::3, ::3]
    return float((arr < 140).mean()) < 0.0004


def skew_angle(gray: Image.Image, limit: float = 4.0) -> float:
    """Angle (degrees, counter-clockwise) that straightens text rows; projection profile."""
    small = gray.copy()
    small.thumbnail((900, 900))
    ink = Image.fromarray(((np.asarray(small) < 140) * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rot = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
        rows = rot.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best, best_score = 0.0, score(0.0)
    step = 0.5
    candidates = [a * step for a in range(int(-limit / step), int(limit / step) + 1)]
    for a in candidates:
        s = score(a)
        if s > best_score:
            best, best_score = a, s
    for a in (best + d / 10 for d in range(-4, 5) if d):
        s = score(a)
        if s > best_score:
            best, best_score = a, s
    return best


def deskew(gray: Image.Image) -> tuple[Image.Image, float]:
    angle = skew_angle(gray)
    if abs(angle) < 0.15:
        return gray, 0.0
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255), angle


def invert_bands(gray: Image.Image) -> Image.Image:
    """Turn white-on-dark bands (a table header printed in reverse video) into dark text on
    white: tesseract reads reversed text poorly and the column roles come from that row."""
    arr = np.asarray(gray, dtype=np.uint8)
    dark = arr < 128
    frac = dark.mean(axis=1)
    rows = np.flatnonzero(frac > 0.3)
    if rows.size == 0:
        return gray
    out: np.ndarray | None = None
    min_h = max(8, gray.height // 300)
    max_h = gray.height // 12
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for run in runs:
        y0, y1 = int(run[0]), int(run[-1]) + 1
        if not min_h <= y1 - y0 <= max_h:
            continue
        cols = np.flatnonzero(dark[y0:y1].mean(axis=0) > 0.5)
        if cols.size < gray.width * 0.2:
            continue
        x0, x1 = int(cols[0]), int(cols[-1]) + 1
        block = arr[y0:y1, x0:x1]
        if (block < 128).mean() < 0.5:
            continue  # a dense paragraph, not a filled band
        if out is None:
            out = arr.copy()
        out[y0:y1, x0:x1] = 255 - block
    return gray if out is None else Image.fromarray(out)


def clean_region(gray: Image.Image) -> Image.Image:
    """Speckle-free black and white for re-reading a small region (a column of short
    cells): out of the page's context tesseract takes scanner dust for characters."""
    smooth = gray.filter(ImageFilter.MedianFilter(3))
    return smooth.point(lambda v: 255 if v > 150 else 0)
