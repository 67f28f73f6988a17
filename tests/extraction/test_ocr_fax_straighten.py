"""A fax askew has its ruled grid turned straight before the rules are taken out
(``cleanup.FAX_STRAIGHTEN``): measured askew, each rule is a staircase of short pixel-row
runs and most of it stays on the page tesseract and RapidOCR read."""

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from extraction.ocr import cleanup
from tests.extraction.test_ocr_cleanup import _as_fax, _boxed_table


def _rule_ink(image: np.ndarray) -> int:
    """Pixels of ink in flat runs of 0.3 in or more (at 300 dpi): what is left of rules."""
    ink = (image < 128).astype(np.uint8)
    return int(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, 90), np.uint8)).sum())


def _cleaned(fax: Path, straighten: bool, monkeypatch: pytest.MonkeyPatch) -> cleanup.Cleaned:
    monkeypatch.setattr(cleanup, "FAX_STRAIGHTEN", straighten)
    image = Image.open(fax)
    dpi_x, dpi_y = image.info["dpi"]
    return cleanup.clean_page(np.asarray(image.convert("L")), dpi_x, dpi_y)


def test_a_faxed_grid_askew_is_straightened_before_its_rules_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fax = _as_fax(_boxed_table(), tmp_path / "boxed-fax.tif")  # sent 0.6 degrees askew
    askew = _cleaned(fax, False, monkeypatch)
    straight = _cleaned(fax, True, monkeypatch)
    assert "straighten" in straight.steps and "unline" in straight.steps
    assert abs(straight.skew) >= cleanup.STRAIGHT
    # the rules of the grid (6 across, 2.15k px long) mostly gone once turned straight
    assert _rule_ink(straight.image) * 3 < _rule_ink(askew.image), (
        _rule_ink(straight.image),
        _rule_ink(askew.image),
    )
