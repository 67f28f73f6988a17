"""A fax's short cells read side by side.

A fax's short cells ("20", "pce", "19,96") may be read several to a strip
(``pages.FAX_REC_PACK``, rapid._Packed) instead of each padded to the recogniser's width:
each keeps its own reading and box.

(Word boxes trimmed to their line's ink, tested here before, were removed: on unseen faxes
they traded table rows for header fields, see bench/ocr/RESULTS.md.)

Whole-page: a faxed invoice through the default route, and page images drawn here."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from extraction import pages
from extraction.ocr import rapid
from tests.extraction.scans_for_tests import assert_reads_the_faxed_fields, read_faxed

pytestmark = pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")


def _page(lines: list[tuple[str, int, int, float]], size: tuple[int, int]) -> np.ndarray:
    """A white page image with each (text, x, baseline y, scale) printed in black."""
    page = np.full(size, 255, np.uint8)
    for text, x, y, scale in lines:
        cv2.putText(page, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 0, 3, cv2.LINE_AA)
    return page


def test_short_cells_read_side_by_side_keep_their_readings_and_places() -> None:
    cells = ["20", "pce", "19,96", "EUR", "7", "399,20", "12", "kg", "4,50"]
    lines = [(t, 60 + 230 * (i % 3), 80 + 90 * (i // 3), 1.1) for i, t in enumerate(cells)]
    page = _page(lines, (360, 760))
    alone = rapid.page_words(page, rec_width=240, rec_batch=1)
    packed = rapid.page_words(page, rec_width=240, rec_batch=1, pack=640)

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
    monkeypatch.setattr(pages, "FAX_REC_PACK", 640)
    assert_reads_the_faxed_fields(read_faxed(tmp_path, seed=5))
