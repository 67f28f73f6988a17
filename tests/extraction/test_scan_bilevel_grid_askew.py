"""A 1-bit scan (300 dpi, not a fax) of a table ruled as a grid, fed a degree askew: its
rules are measured and taken out on the page straightened (despeckled first, then turned;
grey once turned, its rules are taken out as a grey scan's are). Before, a 1-bit page was
never straightened for this: its rules, a staircase along the pixel rows, were neither
found nor removed, and tesseract read the grid as a picture (2 garbled rows of 20 on a
family-B purchase order)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from extraction.ocr import cleanup
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import ruled_grid

ROWS = [
    ("1", "Treated batten 4 m", "4", "11.34", "45.36"),
    ("2", "Steel shelving unit", "24", "47.95", "1150.80"),
    ("3", "Torque wrench", "1", "192.32", "192.32"),
    ("4", "LED tube T8 18 W", "25", "8.37", "209.25"),
    ("5", "Washed sharp sand", "2", "30.19", "60.38"),
    ("6", "Oil filter", "20", "48.71", "974.20"),
]
HEADER = ("No", "Description", "Quantity", "Unit Price", "Line Total")


def _bilevel_grid(angle: float) -> np.ndarray:
    """A 300 dpi 1-bit page, a table ruled all round, turned ``angle`` degrees."""
    page = ruled_grid([HEADER, *ROWS], [150, 300, 1200, 1550, 1900, 2330], {0, 2, 3, 4}, angle)
    return np.where(page >= 128, 255, 0).astype(np.uint8)


def test_a_bilevel_grid_scanned_askew_is_straightened_and_unruled() -> None:
    done = cleanup.clean_page(_bilevel_grid(1.0), 300)
    assert "straighten" in done.steps and "unline" in done.steps
    assert abs(done.skew + 1.0) < 0.3
    ink = done.image < 128
    assert ink[:, 150:2330].mean(axis=1).max() < 0.5  # no rule left along a row


def test_the_rows_of_a_bilevel_grid_scanned_askew_are_read(tmp_path: Path) -> None:
    path = tmp_path / "grid.tif"
    Image.fromarray(_bilevel_grid(-1.0)).convert("1").save(
        path, format="TIFF", compression="group4", dpi=(300, 300)
    )
    result = extract(path, settings=ExtractionSettings(page_cleanup=True, second_engine="none"))
    totals = {li.line_total for li in result.lines}
    assert {"1150.80", "192.32", "209.25", "60.38", "974.20"} <= totals
