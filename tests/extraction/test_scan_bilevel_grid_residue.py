"""A 1-bit scan (300 dpi) of a table ruled as a grid, fed 0.8 degrees askew as a sheet
feeder does. Straightened, each rule is a staircase a pixel thicker here and there: its
straight runs were taken out, but its steps stayed as dashes along every row and as stubs
above and below each grid crossing (which then counted as a stroke crossing the rule, and
kept it). Tesseract read the grid as a picture and the table lost every row. The steps and
stubs lie wholly within a few pixels of a rule, so they go with it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import ruled_grid

ROWS = [
    ("1", "Galvanised wire mesh", "12", "18.40", "220.80"),
    ("2", "Hex bolt M12 x 80", "150", "0.62", "93.00"),
    ("3", "Pallet wrap film", "6", "24.95", "149.70"),
    ("4", "Safety goggles clear", "30", "3.15", "94.50"),
    ("5", "Angle grinder disc", "40", "1.85", "74.00"),
    ("6", "Copper pipe 15 mm", "8", "12.60", "100.80"),
]
HEADER = ("No", "Description", "Quantity", "Unit Price", "Line Total")


def test_every_row_of_a_bilevel_grid_fed_askew_is_read_whole(tmp_path: Path) -> None:
    page = ruled_grid([HEADER, *ROWS], [150, 300, 1200, 1550, 1900, 2330], {0, 2, 3, 4}, 0.8)
    path = tmp_path / "grid.tif"
    Image.fromarray(np.where(page >= 128, 255, 0).astype(np.uint8)).convert("1").save(
        path, format="TIFF", compression="group4", dpi=(300, 300)
    )
    result = extract(path, settings=ExtractionSettings(page_cleanup=True, second_engine="none"))
    got = [
        (li.description, str(li.quantity), str(li.unit_price), str(li.line_total))
        for li in result.lines
    ]
    assert got == [(d, q, p, t) for _, d, q, p, t in ROWS]
