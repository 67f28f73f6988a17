"""A fax page read whole by RapidOCR: its text detector's time goes with the pixels it is
given, and a page's margins and the white between its blocks cost it as much as its text.
Its lines are now found only in the bands of the page that hold ink (``rapid._Banded``,
``pages.FAX_DETECT_BANDS``), at the scale the whole page would be detected at.

Whole-document: a faxed invoice (204 x 98 dpi) through the default route."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.ocr.__main__ import _settings
from extraction import pages
from extraction.ocr import rapid
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import assert_reads_the_faxed_fields, read_faxed_spied


def test_ink_spans_keep_the_ink_with_a_margin_and_leave_the_white_between_blocks() -> None:
    page = np.full((640, 480), 255, dtype=np.uint8)
    page[100:120, 60:300] = 0  # a block of lines at the top
    page[500:530, 200:400] = 0  # another near the foot
    spans = rapid.ink_spans(page)
    assert len(spans) == 2
    for (top, bottom, left, right), (y0, y1, x0, x1) in zip(
        spans, [(100, 120, 60, 300), (500, 530, 200, 400)], strict=True
    ):
        assert top <= y0 - rapid.BAND_MARGIN and bottom >= y1 + rapid.BAND_MARGIN
        assert left <= x0 - rapid.BAND_MARGIN and right >= x1 + rapid.BAND_MARGIN
        assert all(v % rapid.BAND_STRIDE == 0 for v in (top, bottom, left, right))
    covered = sum((b - t) * (r - lft) for t, b, lft, r in spans)
    assert covered < 0.5 * page.size
    assert rapid.ink_spans(np.full((64, 64), 255, dtype=np.uint8)) == []


@pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")
def test_a_fax_is_detected_band_by_band_and_reads_its_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, inputs = read_faxed_spied(tmp_path, monkeypatch, rapid._load()._load_det_model())

    # a whole page at the detector's size is 1280 x 896 px: the first page has ink from
    # top to foot and is detected whole, the second (its totals, a few lines) in bands
    whole = [shape for shape in inputs.shapes if shape[2:] == (1280, 896)]
    bands = [shape for shape in inputs.shapes if shape[2] < pages.FAX_DETECT_SIDE]
    assert len(whole) == 1 and bands
    assert sum(shape[2] * shape[3] for shape in bands) < 0.5 * 1280 * 896
    assert not isinstance(rapid._load().text_det, rapid._Banded)  # the call put it back
    assert_reads_the_faxed_fields(result)


def test_the_bench_s_whole_page_configuration_turns_the_bands_off() -> None:
    shipped = pages.FAX_DETECT_BANDS
    base = ExtractionSettings(use_embedded_xml=False)
    try:
        _settings(base, "bands0")
        assert pages.FAX_DETECT_BANDS is False
        _settings(base, "combined")
        assert pages.FAX_DETECT_BANDS is shipped
    finally:
        pages.FAX_DETECT_BANDS = shipped
