"""bench/ocr's ``scan`` configurations: every scanned page read whole by RapidOCR, at the
detection size and recognition width the name gives, for that configuration's runs only;
and ``reread85``, the re-reading of unsure words alone. The shipped route is unchanged:
tesseract reads the pages that are no fax."""

from bench.ocr.__main__ import _settings
from extraction import pages
from extraction.ocr import vote
from models.settings.extraction import ExtractionSettings


def test_scan_configurations_route_every_scan_to_rapidocr_for_their_runs_only() -> None:
    base = ExtractionSettings(use_embedded_xml=False)
    shipped = (pages.SCAN_ENGINE, pages.SCAN_DETECT_SIDE, pages.SCAN_REC_WIDTH)
    try:
        settings = _settings(base, "scan960_192")
        assert (pages.SCAN_ENGINE, pages.SCAN_DETECT_SIDE, pages.SCAN_REC_WIDTH) == (
            "rapidocr",
            960,
            192,
        )
        assert pages.rapid_reads(settings, fax=False)
        _settings(base, "scan")
        assert shipped[1] == pages.SCAN_DETECT_SIDE
        combined = _settings(base, "combined")
        assert shipped == (pages.SCAN_ENGINE, pages.SCAN_DETECT_SIDE, pages.SCAN_REC_WIDTH)
        assert not pages.rapid_reads(combined, fax=False)
    finally:
        pages.SCAN_ENGINE, pages.SCAN_DETECT_SIDE, pages.SCAN_REC_WIDTH = shipped
    # without the second engine, tesseract reads every page that is no fax, whatever the route
    pages.SCAN_ENGINE = "rapidocr"
    try:
        assert not pages.rapid_reads(base.model_copy(update={"second_engine": "none"}), False)
    finally:
        pages.SCAN_ENGINE = shipped[0]


def test_reread85_turns_the_doubtful_words_off_for_its_runs_only() -> None:
    base = ExtractionSettings(use_embedded_xml=False)
    shipped = vote.DOUBT_BELOW
    try:
        _settings(base, "reread85")
        assert vote.DOUBT_BELOW == vote.REREAD_BELOW
        _settings(base, "combined")
        assert vote.DOUBT_BELOW == shipped > vote.REREAD_BELOW
    finally:
        vote.DOUBT_BELOW = shipped
