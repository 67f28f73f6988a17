"""RapidOCR's re-read of the words tesseract was unsure of has a budget in work (the columns
its recogniser reads), not in CPU seconds measured while reading: how many words were read
again went with the machine's load, and the same scan read differently run to run
(realworld-dev's stained EDF invoice: supplier "eDF", then "CDF").

Whole-document: the sample invoice scanned in colour (13 words to read again), extracted
with the second engine on, once as it is and once under a clock that runs a hundred times
slow (a loaded machine): the same words, the same fields."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from extraction.ocr import rapid, tesseract, vote
from extraction.pipeline import extract
from extraction.result import ExtractionResult
from tests.extraction.scans_for_tests import CLEAN, sample_scan, scanned_page

pytestmark = pytest.mark.skipif(not rapid.installed(), reason="RapidOCR not installed")

SECOND = CLEAN.model_copy(update={"second_engine": "rapidocr"})


def _reading(result: ExtractionResult) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(w.text, w.confidence, w.alternatives) for p in result.pages for w in p.words]


def test_a_slow_clock_re_reads_the_same_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = sample_scan(tmp_path, "colour")
    read: list[int] = []
    read_crops = rapid.read_crops

    def counted(crops: list[np.ndarray]) -> list[tuple[str, float]]:
        read.append(len(crops))
        return read_crops(crops)

    # the engine loaded first: its loading was counted in the measured budget too
    read_crops([np.full((32, 96), 255, np.uint8)])
    monkeypatch.setattr(rapid, "read_crops", counted)
    quiet = extract(scan, settings=SECOND)
    quiet_crops, read[:] = sum(read), []
    assert quiet_crops > 0  # words were read again and voted on

    real = time.process_time
    started = real()
    monkeypatch.setattr(time, "process_time", lambda: started + 100 * (real() - started) + 5)
    loaded = extract(scan, settings=SECOND)

    assert sum(read) == quiet_crops
    assert _reading(loaded) == _reading(quiet)
    assert {k: v.value for k, v in loaded.fields.items()} == {
        k: v.value for k, v in quiet.fields.items()
    }


def test_the_words_re_read_fit_the_budget_in_columns() -> None:
    gray = np.ascontiguousarray(np.asarray(scanned_page("colour").convert("L")))
    words = tesseract.image_to_words(gray, "eng")
    # every word unsure: the budget, not the words, bounds the re-read
    unsure = [w.__class__(**{**w.__dict__, "confidence": 0.5}) for w in words]
    for budget in (0.05, 0.2, 1.0):
        chosen = vote._chosen(gray, unsure, budget, "eng")
        columns = sum(rapid.recognition_columns(c) for _, c in chosen)
        assert 0 < columns <= budget * vote.COLUMNS_PER_SECOND
        # the least sure first: same confidences here, so the same choice twice
        assert [i for i, _ in chosen] == [i for i, _ in vote._chosen(gray, unsure, budget, "eng")]
    assert not vote._chosen(gray, unsure, 0.0, "eng")
