"""A fax page read whole by RapidOCR: recognition is most of its time, and a fax's lines are
many short cells ("20", "L", "19,96") that RapidOCR pads to its model's 320 px and, in runs
of six lines sorted by width, to the widest of the run. That padding was a third of the
columns recognised on bench/ocr's fax pages (100k padded for 68k real), and it put them
over the 2x-tesseract time budget (2.28x). A fax's lines are now recognised one a run,
padded to ``pages.FAX_REC_WIDTH`` (240 px) only: 1.91x, fields and rows as many.

Whole-document: a faxed invoice (two pages, 204 x 98 dpi) through the default route."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.ocr.__main__ import _settings
from extraction import pages
from extraction.ocr import rapid
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import assert_reads_the_faxed_fields, read_faxed_spied

pytestmark = pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")


def test_a_fax_s_lines_are_recognised_one_a_run_without_the_320_px_padding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recogniser = rapid._load()._load_rec_model()
    result, runs = read_faxed_spied(tmp_path, monkeypatch, recogniser)

    assert runs.shapes
    assert all(shape[0] == 1 for shape in runs.shapes)  # one line a run
    widths = [shape[3] for shape in runs.shapes]
    assert min(widths) == pages.FAX_REC_WIDTH < 320  # short cells padded less
    assert recogniser.rec_batch_num == 6  # the page's call set it back
    assert_reads_the_faxed_fields(result)


def test_a_combined_width_and_batch_configuration_of_the_bench() -> None:
    shipped = pages.FAX_REC_WIDTH, pages.FAX_REC_BATCH
    base = ExtractionSettings(use_embedded_xml=False)
    try:
        _settings(base, "combined320_6")
        assert (pages.FAX_REC_WIDTH, pages.FAX_REC_BATCH) == (320, 6)
        _settings(base, "combined")
        assert shipped == (pages.FAX_REC_WIDTH, pages.FAX_REC_BATCH)
    finally:
        pages.FAX_REC_WIDTH, pages.FAX_REC_BATCH = shipped
