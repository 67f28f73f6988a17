"""Page clean-up before OCR, chosen per page from what the page is.

The job OCRmyPDF gives unpaper, on the image and before any engine reads it: a page is
measured first (``measure``: resolution, 1-bit or grey, paper and ink levels, shading,
noise, specks, thin lines), then only the steps it needs are run (``plan``, ``apply``).
A clean 300 dpi scan gets none, so it costs the measurement alone (~25 ms); the steps
that fix one kind of page would damage another (a median filter thins the strokes of a
clean small font; binarising a faded page loses its thin strokes).

Measured on the kinds of ``samples/degrade.py`` by ``bench/ocr`` (character error rate of
tesseract, fra+eng): see that script's output for the figures each step earns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from extraction.ocr import dashes
from extraction.ocr.preprocess import (
    Gray,
    histogram,
    invert_bands,
    open_runs,
    percentiles,
    rotate,
    skew_angle,
)

cv2.setNumThreads(1)

TARGET_DPI = 300.0
# under this resolution strokes are a pixel or two wide and tesseract's LSTM misreads
# them; upscaling to 300 dpi (cubic, then smoothed if 1-bit) gives it strokes it knows
LOW_DPI = 250.0


@dataclass(frozen=True)
class PageProfile:
    """What a page is, as far as clean-up cares."""

    dpi_x: float
    dpi_y: float
    bilevel: bool  # only two grey levels: a fax or a 1-bit scan
    dark: bool  # reverse video: light text on a dark page
    paper: float  # grey level of the paper (after shading is flattened, if it is)
    ink: float  # grey level of the darkest strokes
    shading: float  # spread of the paper's level across the page (grey levels)
    noise: float  # standard deviation of the paper's grain (grey levels; 0 if 1-bit)
    specks: float  # isolated dark dots per 10,000 pixels of paper
    crossings: float = 0.0  # strokes crossing thin straight rules, per 10,000 rule pixels
    ruled: float = 0.0  # inches of thin straight rule on the page (table grids, form lines)

    @property
    def contrast(self) -> float:
        return self.paper - self.ink

    @property
    def low_resolution(self) -> bool:
        return min(self.dpi_x, self.dpi_y) < LOW_DPI

    @property
    def fax(self) -> bool:
        """A 1-bit page under 250 dpi: a fax (standard or fine mode) or a cheap 1-bit scan."""
        return self.bilevel and self.low_resolution


@dataclass
class Cleaned:
    """The page after clean-up, its new resolution and the steps run, in order."""

    image: Gray
    dpi: float
    steps: list[str] = field(default_factory=list)
    profile: PageProfile | None = None
    # degrees the page was turned (counter-clockwise) to straighten it before its rules
    # were taken out; the caller's deskew adds what is left
    skew: float = 0.0


def _background(gray: Gray) -> Gray:
    """The paper's level everywhere: ink taken out by a grey closing on a small copy
    (strokes are thinner than the kernel), then smoothed; same size as ``gray``."""
    h, w = gray.shape
    factor = max(1, round(max(h, w) / 400))
    small = cv2.resize(
        gray, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA
    )
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.medianBlur(paper, 15)
    return np.asarray(cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR))


def measure(
    gray: Gray, dpi_x: float, dpi_y: float | None = None, ruling: bool = True
) -> PageProfile:
    """Measure the page on a copy shrunk to about 150 dpi for the levels and on a central
    band at full resolution for grain and specks (the expensive part is the grain).
    ``ruling``: measure the thin rules too (``_ruling``); the caller that measures them on
    the page straightened first (``clean_page``) asks for them only if it needs them."""
    dpi_y = dpi_y or dpi_x
    levels = histogram(gray[::4, ::4])
    bilevel = int(np.count_nonzero(levels)) <= 2
    mean = float(gray[::4, ::4].mean())
    dark = mean < 100
    page = 255 - gray if dark else gray
    back = _background(page)
    inner = back[
        back.shape[0] // 10 : -back.shape[0] // 10 or None,
        back.shape[1] // 10 : -back.shape[1] // 10 or None,
    ]
    lo, paper = percentiles(inner, [5, 60])
    shading = float(paper - lo)
    sample = page[::2, ::2]
    ink = percentiles(sample, [0.5])[0] if sample.size else 0.0
    noise, specks = _grain(page, back, noise=not bilevel)
    # a fax's rules are measured once it is upscaled (``clean_page``): at 98 dpi a rule
    # is one pixel row and a stroke through it cannot be told from it
    fax_res = bilevel and min(dpi_x, dpi_y) < 150
    crossings, ruled = (0.0, 0.0) if fax_res or not ruling else _ruling(page, dpi_x)
    return PageProfile(
        dpi_x=float(dpi_x),
        dpi_y=float(dpi_y),
        bilevel=bilevel,
        dark=dark,
        paper=float(paper),
        ink=ink,
        shading=shading,
        noise=noise,
        specks=specks,
        crossings=crossings,
        ruled=ruled,
    )


def _grain(gray: Gray, back: Gray, noise: bool = True) -> tuple[float, float]:
    """Noise of the paper (robust standard deviation of the difference to a median-
    filtered copy, on paper pixels) and isolated dark dots, both on a band of the page.
    ``noise``: measure the noise (0.0 otherwise). No step of a 1-bit page depends on it,
    and its median of a sixth of a 300 dpi page was about half of measuring that page."""
    h = gray.shape[0]
    band = np.ascontiguousarray(gray[h // 3 : h // 3 + max(64, h // 6)])
    paper = back[h // 3 : h // 3 + band.shape[0]]
    smooth = cv2.medianBlur(band, 3)
    on_paper = smooth > paper.astype(np.int16) - 40
    level = 0.0
    if noise:
        values = (band.astype(np.int16) - smooth.astype(np.int16))[on_paper]
        level = float(1.4826 * np.median(np.abs(values))) if values.size else 0.0
    # a dot: a dark pixel with at most one dark neighbour (a rule or a hairline has two)
    dark = (band.astype(np.int16) < paper.astype(np.int16) - 80).astype(np.uint8)
    near = cv2.boxFilter(dark, cv2.CV_16U, (3, 3), normalize=False)
    dots = (dark == 1) & (near <= 2)
    specks = float(np.count_nonzero(dots)) * 10_000 / max(1, int(np.count_nonzero(on_paper)))
    return level, specks


# thresholds, each set on one kind of page and checked on the others (bench/ocr)
SHADING_MIN = 12.0  # grey levels of paper-level spread that call for flattening
NOISE_MIN = 5.0  # grain that calls for a median filter
NOISE_BINARISE = 9.0  # grain that calls for binarising after it
SPECKS_MIN = 10.0  # isolated dots per 10,000 paper pixels (clean renders: 0-4)
FADED_CONTRAST = 150.0  # ink this close to the paper is stretched to black
CROSSINGS_MIN = 60.0  # strokes through rules per 10,000 rule pixels (tables: 0-5, forms 7-40)
# a page turned less than this (degrees) is straight enough (as ``preprocess.deskew`` has it)
STRAIGHT = 0.15
# inches of rule that call for removing them: tesseract takes a ruled grid for a picture and
# skips the text inside its cells (every row of a boxed table lost on realworld-dev scans)
RULED_MIN = 12.0
# grey levels under the paper at which a pixel may be part of a rule (a scan's hairline)
RULE_CONTRAST = 30
# on a 1-bit page, pixels (at 300 dpi) from a rule within which a piece of ink wholly lying
# is the rule's own residue, not text (``_residue``; 0: kept as before). Not on a fax (1-bit
# under 250 dpi): on 4 family-B faxes (seed 1777) it traded fields for rows (87.2 -> 85.1 %,
# 37.5 -> 40.0 %), so a fax's rules are taken out as before
RESIDUE_PX = 2
# on a 1-bit page, a stretch of rule thicker than a rule is a bar only if an inch long itself
LONG_BARS = True
# a 1-bit page blurred even when it is not upscaled (a 300 dpi 1-bit scan): its edges are
# a scan's own, not the staircase of an upscaling, and the blur only made its pixels grey;
# tesseract then read a table's rules as rows of unsure words, each re-read by the second
# engine. Off, alone on main (bench/ocr ``smooth0`` against ``before14``, the 7 1-bit 300
# dpi pages of samples.wild seed 1401, families A): fields 94.2 -> 96.5 %, rows 51.7 ->
# 56.7 %, 4.33x -> 2.20x raw tesseract's CPU time (worst page 11.6x -> 2.5x). Kept ON: on the
# sealed fresh scans (30, layouts nobody tuned on) turning it off lost rows (with flat boxes:
# 163 -> 137 of 329; flat boxes alone: 163, the same), on the sealed blind scans too.
SMOOTH_NATIVE = True
# a 1-bit page that is no fax: its dashed rules taken out before it is smoothed
# (``dashes.py``: smoothed, each dash was a word to tesseract, at up to 3.5x its time on the
# page). bench/ocr ``undash0`` turns it off
DASHED_RULES = True


def plan(profile: PageProfile) -> list[str]:
    """The steps the page needs, in the order they run."""
    steps: list[str] = []
    if profile.dark:
        steps.append("invert")
    if profile.shading >= SHADING_MIN and not profile.bilevel:
        steps.append("flatten")
    if profile.bilevel:
        if profile.specks >= SPECKS_MIN:
            steps.append("despeckle")
    elif profile.noise >= NOISE_MIN or profile.specks >= SPECKS_MIN:
        steps.append("median")
    if not profile.bilevel and profile.contrast < FADED_CONTRAST:
        steps.append("stretch")
    if profile.crossings >= CROSSINGS_MIN or profile.ruled >= RULED_MIN:
        steps.append("unline")
    if profile.low_resolution or abs(profile.dpi_x - profile.dpi_y) > 1:
        steps.append("upscale")
    if profile.bilevel and (SMOOTH_NATIVE or "upscale" in steps):
        if DASHED_RULES and not profile.fax:
            steps.append("undash")
        steps.append("smooth")
    elif not profile.bilevel and profile.noise >= NOISE_BINARISE:
        steps.append("binarise")
    return steps


def clean_page(
    gray: Gray, dpi_x: float, dpi_y: float | None = None, photo: bool = False
) -> Cleaned:
    """``gray`` with the clean-up its profile calls for; its resolution may change.

    ``photo``: the image may show a sheet on a background (an image file, not a PDF
    page), which is then cut out and seen square-on first."""
    done: list[str] = []
    if photo:
        corners = find_sheet(gray)
        if corners is not None:
            gray, dpi_x = unwarp(gray, corners)
            dpi_y = dpi_x
            done.append("unwarp")
    angle = skew_angle(gray)
    if float(gray[::4, ::4].mean()) >= 100 and abs(angle) < STRAIGHT:
        # reverse-video bands (a table header in white on a coloured bar) turned first:
        # flattening takes a bar for shadow and whitens its text away. Only on a straight
        # page: a band is found by pixel rows, so a skewed one is turned after deskewing
        gray = invert_bands(gray)
    # the rules of a page askew are measured on it straightened first (below), and on the
    # page as it is only if those do not call for taking them out
    profile = measure(gray, dpi_x, dpi_y, ruling=abs(angle) < STRAIGHT)
    turned = 0.0
    despeckled = False
    if abs(angle) < STRAIGHT or profile.dark or profile.fax:
        if abs(angle) >= STRAIGHT and not (profile.bilevel and min(dpi_x, dpi_y or dpi_x) < 150):
            crossings, ruled = _ruling(255 - gray if profile.dark else gray, dpi_x)
            profile = replace(profile, crossings=crossings, ruled=ruled)
    else:
        # a rule is found as a run of ink along one pixel row or column: on a page scanned
        # a degree askew it spans several rows, and a ruled grid is neither measured nor
        # taken out (every row of a boxed table lost). Its rules are measured on the page
        # straightened, and if they are to go, the page is cleaned straightened. A 1-bit
        # page is despeckled first (a speck is told by the page being 1-bit), and its
        # rules, grey once turned, are taken out as a grey scan's are: thresholded back to
        # 1-bit, a turned rule is a staircase of runs too short to be found, whose steps
        # stay behind. (A fax's rules are measured once it is upscaled, below.)
        as_scanned = gray
        if profile.bilevel and profile.specks >= SPECKS_MIN:
            # despeckled once: if the page is not turned after all, it stays despeckled
            gray, despeckled = despeckle(gray, min(dpi_x, dpi_y or dpi_x)), True
            profile = replace(profile, specks=0.0)
        straight = rotate(gray, angle, cubic=True)
        crossings, ruled = _ruling(straight, min(dpi_x, dpi_y or dpi_x))
        if crossings >= CROSSINGS_MIN or ruled >= RULED_MIN:
            gray, turned = straight, angle
        else:
            crossings, ruled = _ruling(as_scanned, dpi_x)
        profile = replace(profile, crossings=crossings, ruled=ruled)
    steps = plan(profile)
    image, dpi = apply(gray, profile, steps)
    if profile.bilevel and "unline" not in steps and image.shape != gray.shape:
        # a fax upscaled: its rules can now be measured, and removed. Tesseract takes a
        # ruled grid for a picture and skips the labels and values in its cells (a fax's
        # boxed header: order number, date, customer number lost)
        # (turning it straight first, scan20's FAX_STRAIGHTEN, was dropped: on unseen
        # faxes of families B it lost rows, 51.6 -> 42.0 %, for 0.7 points of fields)
        crossings, ruled = _ruling(image, dpi)
        if crossings >= CROSSINGS_MIN or ruled >= RULED_MIN:
            image = remove_lines(image, dpi, grey=False)
            steps.append("unline")
    if despeckled and not turned:
        steps.insert(0, "despeckle")
    return Cleaned(image, dpi, done + (["straighten"] if turned else []) + steps, profile, turned)


def apply(gray: Gray, profile: PageProfile, steps: list[str]) -> tuple[Gray, float]:
    image = gray
    dpi_x, dpi_y = profile.dpi_x, profile.dpi_y
    for step in steps:
        if step == "invert":
            image = 255 - image
        elif step == "flatten":
            image = flatten(image)
        elif step == "despeckle":
            image = despeckle(image, min(dpi_x, dpi_y))
        elif step == "median":
            image = np.asarray(cv2.medianBlur(np.ascontiguousarray(image), 3))
        elif step == "stretch":
            image = stretch(image)
        elif step == "unline":
            # a 1-bit page turned straight has grey edges, its rules too
            grey = not profile.bilevel or bool(np.any((image > 0) & (image < 255)))
            image = remove_lines(
                image, min(dpi_x, dpi_y), grey=grey, bilevel=profile.bilevel and not profile.fax
            )
        elif step == "upscale":
            image, dpi_x, dpi_y = upscale(image, dpi_x, dpi_y)
        elif step == "undash":
            image = dashes.remove(image, min(dpi_x, dpi_y))
        elif step == "smooth":
            # a 1-bit page upscaled has staircase edges; a light blur gives tesseract the
            # grey edges of a real scan, which its own thresholding handles best
            image = np.asarray(cv2.GaussianBlur(image, (0, 0), 0.8))
        elif step == "binarise":
            _, image = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
            image = np.asarray(image)
        else:
            raise ValueError(f"unknown clean-up step {step!r}")
    return image, dpi_x


def flatten(gray: Gray) -> Gray:
    """Divide by the paper's level: uneven light (a phone photo, a curled page) becomes
    white paper everywhere, the ink keeping its contrast to it.

    Looked up (``_DIVIDED``), a band of rows at a time, rather than computed in float32
    over the page: the same pixels at about a third of the cost (130 -> 45 ms a 300 dpi
    page)."""
    back = _background(gray)
    out = np.empty_like(gray)
    for y in range(0, gray.shape[0], 256):
        index = (back[y : y + 256].astype(np.intp) << 8) | gray[y : y + 256]
        out[y : y + 256] = _DIVIDED[index]
    return out


def _divided() -> np.ndarray:
    """Pixel (grey level g) over paper (level b), as ``flatten`` has it: at [b * 256 + g],
    computed as it was pixel by pixel (float32, clipped, truncated)."""
    paper = np.arange(256, dtype=np.float32)[:, None]
    pixel = np.arange(256, dtype=np.float32)[None, :]
    out = np.clip(pixel * (255.0 / np.maximum(paper, 1.0)), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(out.ravel())


_DIVIDED = _divided()


def stretch(gray: Gray) -> Gray:
    """Faded ink stretched to black: grey levels from the darkest strokes to the paper
    mapped onto 0..255 (a lookup table, so one pass)."""
    sample = gray[::2, ::2]
    ink, paper = percentiles(sample, [0.5, 60])
    if paper - ink < 40:
        return gray  # no ink on the page to stretch, only the paper's grain
    ramp = (np.arange(256, dtype=np.float32) - ink) * (255.0 / (paper - ink))
    lut = np.clip(ramp, 0, 255).astype(np.uint8)
    return np.asarray(cv2.LUT(gray, lut))


def despeckle(gray: Gray, dpi: float) -> Gray:
    """A 1-bit page without its flipped bits: dark dots on the paper smaller than the
    smallest printed mark (a full stop is ~0.25 mm, so 3x3 pixels even at 200 dpi) and
    light holes of the same size inside strokes."""
    limit = max(1, round((dpi / 300.0) ** 2 * 4))
    out = gray.copy()
    for value, fill in ((0, 255), (255, 0)):
        mask = (gray == value).astype(np.uint8)
        # each piece's area counted from its labels: OpenCV's statistics (boxes,
        # centroids) cost three times the labelling itself, and only the area is used
        _n, labels = cv2.connectedComponents(mask, connectivity=8, ltype=cv2.CV_32S)
        small = _areas(labels, _n) <= limit
        small[0] = False  # label 0 is everything outside the mask
        if small.any():
            out[small[labels]] = fill
    return out


def _areas(labels: np.ndarray, count: int) -> np.ndarray:
    """The pixels of each of ``count`` labels, ``np.bincount``'s counts but for label 0's
    (everything outside the pieces, which the callers leave alone). Under 65,536 labels
    (every page seen) OpenCV counts them as 16-bit levels in a fifth of numpy's time,
    numpy widening each label to 64 bits first; float32 counts are exact for any piece
    under 2**24 pixels, and one that large is no speck either way."""
    if count > 1 << 16:
        return np.bincount(labels.ravel(), minlength=count)
    levels = labels.astype(np.uint16)
    counts = cv2.calcHist([levels], [0], None, [count], [0, count]).ravel()
    return np.asarray(counts, dtype=np.int64)


def upscale(gray: Gray, dpi_x: float, dpi_y: float) -> tuple[Gray, float, float]:
    """To 300 dpi on both axes (a fax's 204 x 98 dpi pixels become square)."""
    fx, fy = TARGET_DPI / dpi_x, TARGET_DPI / dpi_y
    if fx <= 1.0 and fy <= 1.0:
        return gray, dpi_x, dpi_y
    fx, fy = max(fx, 1.0), max(fy, 1.0)
    h, w = gray.shape
    size = (round(w * fx), round(h * fy))
    out = cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC)
    return np.asarray(out), dpi_x * fx, dpi_y * fy


# a sheet photographed on a desk: its outline is a convex quadrilateral covering this
# share of the photo, brighter inside than outside by this many grey levels
SHEET_AREA = (0.2, 0.93)
SHEET_CONTRAST = 35.0
A4_WIDTH_INCH = 8.27


def find_sheet(gray: Gray) -> np.ndarray | None:
    """The four corners (x, y; clockwise from top-left) of a sheet of paper lying on a
    darker background, or None when the image is the page itself (a scan)."""
    h, w = gray.shape
    factor = max(1.0, max(h, w) / 600)
    small = cv2.resize(gray, (round(w / factor), round(h / factor)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline) / float(small.shape[0] * small.shape[1])
    if not SHEET_AREA[0] <= area <= SHEET_AREA[1]:
        return None
    hull = cv2.convexHull(outline)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(quad) != 4:
        return None
    inside = np.zeros(small.shape, np.uint8)
    cv2.fillConvexPoly(inside, quad, 1)
    if not inside.all() and (
        float(small[inside == 1].mean()) - float(small[inside == 0].mean()) < SHEET_CONTRAST
    ):
        return None
    corners = quad.reshape(4, 2).astype(np.float32) * factor
    # clockwise from the top-left: smallest x+y first, then smallest y-x
    s, d = corners.sum(axis=1), corners[:, 1] - corners[:, 0]
    return np.array(
        [
            corners[np.argmin(s)],
            corners[np.argmin(d)],
            corners[np.argmax(s)],
            corners[np.argmax(d)],
        ],
        dtype=np.float32,
    )


def unwarp(gray: Gray, corners: np.ndarray) -> tuple[Gray, float]:
    """The sheet seen square-on, and its resolution taking it for an A4-wide page."""
    tl, tr, br, bl = corners
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    size = (round(float(width)), round(float(height)))
    target = np.array([[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    flat = cv2.warpPerspective(gray, matrix, size, flags=cv2.INTER_CUBIC, borderValue=255)
    return np.asarray(flat), size[0] / A4_WIDTH_INCH


def _rules(ink: np.ndarray, dpi: float, long_bars: bool = False) -> np.ndarray:
    """Thin straight rules of a black-on-white ink mask: runs of ink an inch long, one
    pixel high (horizontal) or wide (vertical), that are no thicker than 0.6 mm.

    ``long_bars``: a stretch thicker than that is kept as a bar only if it is an inch
    long itself (a 1-bit page's rule, turned straight, is a pixel thicker here and there,
    and those stretches, kept as bars, were left as dashes)."""
    length = max(15, round(dpi))
    horizontal = open_runs(ink, length)
    vertical = open_runs(ink, length, upright=True)
    thick = max(3, round(dpi * 0.6 / 25.4))
    # what stays after opening across the rule's direction with its thickness is a bar
    bars_h = cv2.morphologyEx(horizontal, cv2.MORPH_OPEN, np.ones((thick + 1, 1), np.uint8))
    bars_v = cv2.morphologyEx(vertical, cv2.MORPH_OPEN, np.ones((1, thick + 1), np.uint8))
    h, v = (np.asarray(m, dtype=np.uint8) for m in (horizontal, vertical))
    if long_bars:
        bars_h = open_runs(bars_h, length)
        bars_v = open_runs(bars_v, length, upright=True)
    bh, bv = (np.asarray(m, dtype=np.uint8) for m in (bars_h, bars_v))
    return np.asarray((h & (1 - bh)) | (v & (1 - bv)), dtype=np.uint8)


def _ink(gray: Gray) -> np.ndarray:
    _, ink = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return np.asarray(ink, dtype=np.uint8)


def _ruling(gray: Gray, dpi: float) -> tuple[float, float]:
    """How often strokes cross the page's thin rules (ink both just above and just below a
    horizontal rule: text struck through or written on a form's line, per 10,000 rule
    pixels), and how many inches of rule the page has. Measured at half resolution."""
    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    ink = _ink(np.asarray(half))
    rules = _rules(ink, dpi / 2)
    count = int(np.count_nonzero(rules))
    if count < 50:
        return 0.0, 0.0
    # a rule is a pixel or two thick at half resolution: its length is about its pixels
    # over its thickness, which the page's thinnest rules set
    thickness = _rule_thickness(rules)
    ruled = count / thickness / (dpi / 2)
    off = ink & ~rules
    above = np.zeros_like(off)
    below = np.zeros_like(off)
    above[1:] = off[:-1]
    below[:-1] = off[1:]
    up = cv2.dilate(above, np.ones((3, 1), np.uint8))
    down = cv2.dilate(below, np.ones((3, 1), np.uint8))
    crossing = rules & up & down
    return float(np.count_nonzero(crossing)) * 10_000 / count, ruled


def _rule_thickness(rules: np.ndarray) -> float:
    """Median thickness in pixels of the horizontal rules: the run length of rule pixels
    down each column, where they are."""
    column = rules[:, :: max(1, rules.shape[1] // 200)].astype(np.int8)
    edges = np.diff(np.vstack([np.zeros((1, column.shape[1]), np.int8), column]), axis=0)
    starts = np.count_nonzero(edges == 1)
    total = int(np.count_nonzero(column))
    return max(1.0, total / starts) if starts else 1.0


def remove_lines(gray: Gray, dpi: float, grey: bool = True, bilevel: bool = False) -> Gray:
    """Thin straight rules taken out of the page, the strokes that cross them kept: rule
    pixels become paper, except where the stroke above and below joins through them.

    ``grey`` (a grey page, not a 1-bit one): a rule is found among the pixels visibly
    darker than the paper, not only among those Otsu calls ink. A scan's hairline rule
    is grey, partly above and partly below the ink threshold, and taking out only its
    darker runs left dashes along every row, which tesseract read as 'ee', 'mm' or '-' at
    the end of descriptions. Its soft edges (never ink) go too: left behind, they are
    hairlines tesseract joins to the text above.

    ``bilevel`` (the page came 1-bit, turned straight or not): the steps of its rules
    go with them too (``_residue``, ``_rules``' long bars)."""
    ink = _ink(gray)
    paper = np.uint8(percentiles(gray[::4, ::4], [60])[0])
    marked = ink
    if grey:
        marked = (gray.astype(np.int16) < int(paper) - RULE_CONTRAST).astype(np.uint8) | ink
    rules = _rules(marked, dpi, long_bars=bilevel and LONG_BARS)
    rest = ink & ~rules
    if bilevel and RESIDUE_PX:
        residue = _residue(rest, rules, dpi)
        rest &= 1 - residue
        rules |= residue
    span = max(3, round(dpi * 0.6 / 25.4)) + 2
    joined = cv2.morphologyEx(rest, cv2.MORPH_CLOSE, np.ones((span, 1), np.uint8))
    if grey:
        rules = rules | (cv2.dilate(rules, np.ones((3, 3), np.uint8)) & marked & (1 - ink))
    out = gray.copy()
    out[(rules == 1) & (joined == 0)] = paper
    return out


def _residue(rest: np.ndarray, rules: np.ndarray, dpi: float) -> np.ndarray:
    """Ink left along a rule once its straight runs are out: the steps of a rule scanned
    1-bit a little askew (or turned straight since), which stay as dashes and as stubs by
    every grid crossing; tesseract joins them to the text of the row or reads them as
    '-', and a stub above and below a rule made it a 'stroke crossing' that was kept.
    A piece of ink counts as residue when all of it lies within a few pixels of a rule:
    a letter on or through a rule reaches out of that band, and stays."""
    reach = max(1, round(RESIDUE_PX * dpi / 300.0))
    band = cv2.dilate(rules, np.ones((2 * reach + 1, 2 * reach + 1), np.uint8))
    count, labels = cv2.connectedComponents(rest, connectivity=8)
    if count <= 1:
        return np.zeros_like(rest)
    outside = np.bincount(labels[(band == 0) & (rest == 1)], minlength=count)
    near = np.bincount(labels[band == 1], minlength=count)
    gone = (outside == 0) & (near > 0)
    gone[0] = False
    return np.asarray(gone[labels], dtype=np.uint8)
