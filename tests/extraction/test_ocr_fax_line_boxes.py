"""RapidOCR's line boxes on a fax page, and its short cells read side by side.

RapidOCR's detection grows each text region by half again its height, so on a fax (98 dpi
rows upscaled, lines close together) a line's box reached into the lines above and below:
layout took a label and the value beside it ("N° de facture: F202410-624") for no row,
and two address lines for one ("Service Chaussée achats de Wavre"). A line's words now
stand on its ink (``rapid.TRIM_TO_INK``): a frame round the line is no part of it, and
light type on a dark shape (a monogram in a disc) is measured by the type, so the
monogram does not outrank the company's name as the letterhead's largest type.

A fax's short cells ("20", "pce", "19,96") may be read several to a strip
(``pages.FAX_REC_PACK``, rapid._Packed) instead of each padded to the recogniser's width:
each keeps its own reading and box.

The trimming is off by default (``rapid.TRIM_TO_INK``: on unseen pages it traded rows for
fields); bench/ocr's ``ink`` configuration measures it, and these tests pin what it does
when on.

Whole-page: a faxed invoice through the default route, and page images drawn here."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from extraction import pages
from extraction.evaluate import same_value
from extraction.ocr import rapid
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings
from tests.extraction.scans_for_tests import SAMPLE, fax_tiff

pytestmark = pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")


@pytest.fixture(autouse=True)
def _trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rapid, "TRIM_TO_INK", True)


def _fax(tmp_path: Path, source: Path) -> Path:
    return fax_tiff(tmp_path, source, seed=5)


def _page(lines: list[tuple[str, int, int, float]], size: tuple[int, int]) -> np.ndarray:
    """A white page image with each (text, x, baseline y, scale) printed in black."""
    page = np.full(size, 255, np.uint8)
    for text, x, y, scale in lines:
        cv2.putText(page, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 0, 3, cv2.LINE_AA)
    return page


def test_a_fax_s_lines_do_not_reach_into_each_other_and_its_header_reads(
    tmp_path: Path,
) -> None:
    source = SAMPLE.with_name("boxed_invoice_en.pdf")
    truth = json.loads(SAMPLE.with_name("boxed_invoice_en.truth.json").read_text("utf-8"))
    result = extract(_fax(tmp_path, source), settings=ExtractionSettings(use_embedded_xml=False))

    words = result.pages[0].words
    crossing = 0
    for a in words:
        for b in words:
            if a.bbox[1] < b.bbox[1] and a.bbox[0] < b.bbox[2] and b.bbox[0] < a.bbox[2]:
                # b below a, side by side: b's top may not be above the middle of a
                crossing += b.bbox[1] < (a.bbox[1] + a.bbox[3]) / 2
    assert crossing == 0
    for field in ("document_number", "order_number", "vat_id", "total_net", "total_gross"):
        got = result.fields.get(field)
        want = truth["fields"][field]["value"]
        assert got is not None and same_value(field, got.value, want), (field, got and got.value)


def test_lines_one_above_the_other_keep_their_own_ink() -> None:
    page = _page(
        [("Invoice number: 80412", 40, 70, 1.2), ("Order date: 12.03.2025", 40, 112, 1.2)],
        (160, 700),
    )
    words = rapid.page_words(page, on_ink=True)
    first = [w for w in words if w.text in ("Invoice", "number:", "80412")]
    second = [w for w in words if w.text in ("Order", "date:", "12.03.2025")]
    assert first and second
    assert max(w.top + w.height for w in first) <= min(w.top for w in second)
    # the type's own height: OpenCV's at scale 1.2 is about 30 px, capitals to descenders
    assert all(20 <= w.height <= 45 for w in first + second)


def test_a_monogram_in_a_dark_disc_is_measured_by_its_type() -> None:
    page = _page([("Lambert Outillage", 40, 200, 1.6)], (260, 700))
    cv2.circle(page, (120, 70), 55, 0, -1)
    cv2.putText(page, "LO", (92, 86), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 3, cv2.LINE_AA)
    words = rapid.page_words(page, on_ink=True)
    name = [w for w in words if w.text in ("Lambert", "Outillage")]
    mark = [w for w in words if w.top + w.height < 140]
    assert name and mark
    assert max(w.height for w in mark) < min(w.height for w in name)


def test_short_cells_read_side_by_side_keep_their_readings_and_places() -> None:
    cells = ["20", "pce", "19,96", "EUR", "7", "399,20", "12", "kg", "4,50"]
    lines = [(t, 60 + 230 * (i % 3), 80 + 90 * (i // 3), 1.1) for i, t in enumerate(cells)]
    page = _page(lines, (360, 760))
    alone = rapid.page_words(page, rec_width=240, rec_batch=1, on_ink=True)
    packed = rapid.page_words(page, rec_width=240, rec_batch=1, pack=640, on_ink=True)

    def read(words: list[rapid.OcrWord]) -> list[tuple[str, int, int]]:
        return sorted((w.text, round(w.top / 90), round(w.left / 230)) for w in words)

    assert read(packed) == read(alone)
    assert sorted(w.text for w in packed) == sorted(cells)
    for p in packed:
        a = next(w for w in alone if w.text == p.text)
        assert abs(p.left - a.left) <= 12 and abs(p.top - a.top) <= 4
    # the recogniser is as the call found it
    recogniser = rapid._load()._load_rec_model()
    assert not isinstance(recogniser, rapid._Packed)


def test_a_fax_read_with_its_short_cells_packed_reads_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = SAMPLE.with_name("boxed_invoice_en.pdf")
    truth = json.loads(SAMPLE.with_name("boxed_invoice_en.truth.json").read_text("utf-8"))
    monkeypatch.setattr(pages, "FAX_REC_PACK", 640)
    result = extract(_fax(tmp_path, source), settings=ExtractionSettings(use_embedded_xml=False))
    for field in ("document_number", "order_number", "vat_id", "total_net", "total_gross"):
        got = result.fields.get(field)
        want = truth["fields"][field]["value"]
        assert got is not None and same_value(field, got.value, want), (field, got and got.value)
