"""Dashed rules taken out of a 1-bit page before it is smoothed for tesseract.

A table's rows separated by dashed rules ("- - - -" under each row), scanned 1-bit at
300 dpi: ``cleanup.remove_lines`` finds rules as runs of ink an inch long, so a dashed
rule stays. On the 1-bit page as scanned tesseract passes it over as noise; once the
page is smoothed (``cleanup``'s "smooth" step: its grey edges help tesseract read the
glyphs) each dash is grey and tesseract reads it as a word ("—", "——", "ee"): on one
page of samples.wild seed 1901 90 such words more than on the page unsmoothed, and 3.5x
its time reading it, each unsure word then re-read by the second engine too.

A dashed rule here is a chain of flat pieces of ink (no thicker than a rule, at least
twice as long as thick), each starting at most ``GAP_INCH`` after the last one ends, on
the same height within ``DRIFT_PX`` from piece to piece (a page scanned a degree askew
steps down a pixel row every few dashes), at least ``MIN_PIECES`` of them spanning an
inch. A dash of text ("N° - 12", "—") stands alone or in twos; a letter touching a dash
makes that piece no longer flat, so it stays, the letter with it.
"""

from __future__ import annotations

import bisect
import math

import cv2
import numpy as np

from extraction.ocr.preprocess import Gray, open_runs

# the widest gap between two dashes of one rule, in inches (dashes of rules are set
# 0.02-0.05 in apart; words of a line of text are further apart than their dashes are long)
GAP_INCH = 0.08
# the most two neighbouring dashes of one rule may differ in height (pixels at 300 dpi)
DRIFT_PX = 3
# the fewest dashes of a dashed rule (and it spans at least an inch)
MIN_PIECES = 5
# a dash of a rule is no thicker than this (mm), as ``cleanup._rules`` has a rule
THICK_MM = 0.6


# a grid's pieces too (``_grid_pieces``): the horizontal and vertical runs of ink of the
# pieces that are only such runs (a spreadsheet's hairline grid, printed grey and scanned
# 1-bit: its rules come as dashes that touch at every crossing, so no piece is flat, and
# its upright rules, broken at the crossings, stay whole). Left in, smoothed, each piece was
# a word to tesseract: on office_sheet pages tesseract took twice its time on the page as
# scanned, and the second engine re-read the pieces. False: flat pieces only (bench/ocr
# ``grid0``). ON since scan22: on two sets never tuned on it gained (the lead's B1bit, 12 B
# pages: fields +3.1, rows +6.3 points, 2.35x -> 2.15x; 5 office_sheet pages of seed 2201:
# fields 90.6 -> 95.3 %, rows 11.1 -> 18.2 %, 3.31x -> 2.55x, worst 6.61x -> 3.48x). What
# it lost on speed21's tuned pages was no glyph it took out: tesseract, on the same digits,
# cut "-297.18" into "-297" "18" (the one-rate rule then gave no row its VAT rate), and a
# code column read better (7 codes against 4) went unread by the table reader
GRID = True
# a run of ink counts as a piece of a rule from this long (inches): across, a dash's
# shortest; upright, longer than a digit or a letter's stem of body text is high
RUN_ACROSS_INCH = 0.04
RUN_UPRIGHT_INCH = 0.14
# a piece of ink is a piece of the grid when at least this share of it lies on such runs
# (a letter touching a rule has its strokes off them, and stays whole, the rule with it)
GRID_SHARE = 0.9


def remove(gray: Gray, dpi: float) -> Gray:
    """``gray`` with its dashed rules whitened (the grey edge around each dash too).

    The pieces of ink are found at half resolution, a pixel there inked when any of its
    four is (a dash a pixel thick stays whole): a third of the work at full resolution."""
    ink = (gray < 128).astype(np.uint8)
    h2, w2 = gray.shape[0] // 2, gray.shape[1] // 2
    half = ink[0 : 2 * h2 : 2, 0 : 2 * w2 : 2] | ink[1 : 2 * h2 : 2, 0 : 2 * w2 : 2]
    half |= ink[0 : 2 * h2 : 2, 1 : 2 * w2 : 2] | ink[1 : 2 * h2 : 2, 1 : 2 * w2 : 2]
    count, labels, stats, _ = cv2.connectedComponentsWithStats(half, connectivity=8)
    if count <= 1:
        return gray
    scale = dpi / 2
    thick = max(2, round(scale * THICK_MM / 25.4))
    x, y = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    flat = np.flatnonzero((h <= thick) & (w >= 2 * h) & (w < scale))
    chains = _chains(flat, x, y + h / 2.0, w, scale)
    pieces = [i for chain in chains for i in chain]
    out = gray.copy()
    near = np.ones((3, 3), np.uint8)
    if pieces:
        # each piece at full resolution and a pixel around it (its grey edge), where no
        # other ink is: the pixels near a piece that are the piece's own or paper. Done
        # for all pieces at once (a piece's neighbour that is another piece goes with that
        # piece): the same pixels as piece by piece, at a fraction of the work
        chosen = np.zeros(count, bool)
        chosen[np.asarray(pieces) + 1] = True
        own = chosen[labels]
        free = own | (labels == 0)
        gone = cv2.dilate(_doubled(own), near).astype(bool) & _doubled(free).astype(bool)
        out[: 2 * h2, : 2 * w2][gone] = 255
    if GRID:
        grid = _grid_pieces(half, labels, stats[:, cv2.CC_STAT_AREA], scale, thick)
        if grid.any():
            # at full resolution, with the pixel around each piece, off the other ink
            full = np.zeros(ink.shape, np.uint8)
            full[: 2 * h2, : 2 * w2] = _doubled(grid)
            rest = ink & (1 - full)
            gone = cv2.dilate(full, near).astype(bool) & (rest == 0)
            out[gone] = 255
    return out


def _doubled(mask: np.ndarray) -> np.ndarray:
    """A half-resolution mask at full resolution, each pixel two by two (as ``np.kron``
    with a 2 x 2 block of ones, by OpenCV's nearest-neighbour resize: a tenth of the work)."""
    small = np.ascontiguousarray(mask, dtype=np.uint8)
    size = (2 * small.shape[1], 2 * small.shape[0])
    return np.asarray(cv2.resize(small, size, interpolation=cv2.INTER_NEAREST))


def _grid_pieces(
    half: np.ndarray, labels: np.ndarray, size: np.ndarray, scale: float, thick: int
) -> np.ndarray:
    """The pixels (a mask of ``half``) of the dashed rules of a grid: runs of ink across
    and upright, no thicker than a rule, of the pieces of ink lying on such runs only,
    chained as ``_chains`` chains dashes, across and upright."""
    across = _thin_runs(half, max(2, round(RUN_ACROSS_INCH * scale)), thick, upright=False)
    upright = _thin_runs(half, max(2, round(RUN_UPRIGHT_INCH * scale)), thick, upright=True)
    runs = across | upright
    # each piece's size from its stats (``size``), not counted again over the whole page
    on_runs = np.bincount(labels[runs == 1], minlength=len(size))
    lines = on_runs >= GRID_SHARE * np.maximum(size, 1)
    lines[0] = False
    if not lines.any():
        return np.zeros_like(half)
    of_lines = lines[labels].astype(np.uint8)
    out = np.zeros_like(half)
    for mask, turned in ((across & of_lines, False), (upright & of_lines, True)):
        mask = np.ascontiguousarray(mask.T) if turned else mask
        n, marks, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        if n <= 1:
            continue
        x, y = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
        w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
        flat = np.flatnonzero((h <= thick) & (w >= 2 * h))
        chained = np.zeros(n, bool)
        for chain in _chains(flat, x, y + h / 2.0, w, scale):
            chained[np.asarray(chain) + 1] = True
        if chained.any():
            found = chained[marks].astype(np.uint8)
            out |= found.T if turned else found
    return out


def _thin_runs(ink: np.ndarray, length: int, thick: int, upright: bool) -> np.ndarray:
    """Runs of ``ink`` at least ``length`` long (across, or upright), not where the ink is
    thicker across the run than ``thick`` (a bar, a bold stroke)."""
    over = (1, thick + 1) if upright else (thick + 1, 1)
    runs = open_runs(ink, length, upright)
    bars = cv2.morphologyEx(runs, cv2.MORPH_OPEN, np.ones(over, np.uint8))
    return np.asarray(np.bitwise_and(runs, 1 - np.asarray(bars)), dtype=np.uint8)


def _chains(
    flat: np.ndarray, x: np.ndarray, mid: np.ndarray, w: np.ndarray, dpi: float
) -> list[list[int]]:
    """The flat pieces (indices into the stats) that make dashed rules: chained left to
    right, each the nearest in height among those starting within the gap after the
    chain's last piece ends."""
    gap = GAP_INCH * dpi
    drift = max(1.0, DRIFT_PX * dpi / 300.0)
    # plain Python numbers (a numpy scalar's arithmetic is ten times a float's)
    xs, ws, mids = x.tolist(), w.tolist(), mid.tolist()
    order = sorted(flat.tolist(), key=lambda i: (xs[i], mids[i]))
    # the pieces that may follow a chain's last one are looked up among those of its
    # height (by whole pixel rows of their middle), by bisection of their left edges in
    # that order, not by passing over every piece of the page's other rows left of them
    # (the chaining was a fifth of a 1-bit page's clean-up on a table of dashed rows)
    rows: dict[int, list[int]] = {}  # positions in ``order`` by the floor of the middle
    for p, i in enumerate(order):
        rows.setdefault(math.floor(mids[i]), []).append(p)
    row_lefts = {r: [xs[order[p]] for p in ps] for r, ps in rows.items()}
    used: set[int] = set()
    chains = []
    for start in order:
        if start in used:
            continue
        chain = [start]
        last = start
        while True:
            end, level = xs[last] + ws[last], mids[last]
            nxt = None  # the first piece in ``order`` that may follow ``last``
            for r in range(math.floor(level - drift), math.floor(level + drift) + 1):
                positions = rows.get(r)
                if positions is None:
                    continue
                # left at end - 1 or after (so after ``last`` in ``order`` too)
                for q in range(bisect.bisect_left(row_lefts[r], end - 1), len(positions)):
                    p = positions[q]
                    j = order[p]
                    if xs[j] > end + gap or (nxt is not None and p > nxt):
                        break  # every piece after it starts further still
                    if j not in used and abs(mids[j] - level) <= drift:
                        nxt = p
                        break
            if nxt is None:
                break
            last = order[nxt]
            chain.append(last)
        span = xs[chain[-1]] + ws[chain[-1]] - xs[chain[0]]
        if len(chain) >= MIN_PIECES and span >= dpi:
            chains.append(chain)
            used.update(chain)
    return chains
