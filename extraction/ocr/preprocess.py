"""Image clean-up before OCR: grey levels, blank-page test, deskew.

Deskew matters beyond tesseract's accuracy: rows of a table are found from word
positions, and a 2° skew moves the right end of an A4 row by a full line.
"""

from __future__ import annotations

import numpy as np
from PIL import Image


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
