"""bench/ocr's ``combinedN`` configurations: the shipped combination with fax lines padded
to N px for recognition, each run with its own width and the next run with its own."""

import pytest

from bench.ocr.__main__ import _settings
from extraction import pages
from models.settings.extraction import ExtractionSettings


def test_a_combined_width_configuration_sets_the_fax_width_for_its_runs_only() -> None:
    shipped = pages.FAX_REC_WIDTH
    base = ExtractionSettings(use_embedded_xml=False)
    try:
        settings = _settings(base, "combined192")
        assert pages.FAX_REC_WIDTH == 192
        assert settings == _settings(base, "combined")
        assert shipped == pages.FAX_REC_WIDTH
    finally:
        pages.FAX_REC_WIDTH = shipped
    with pytest.raises(KeyError):
        _settings(base, "combinedwide")
