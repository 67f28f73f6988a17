"""A VAT breakdown line whose rate lost its "%" to one engine ("TVA 10 499,65") while the
other engine read it ("10%"): the rate is read with its sign (``vote.percent_rates``), so
the totals take the line as a rate and its amount, and the tax adds up from every line."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from extraction.ocr import rapid, vote
from extraction.ocr.tesseract import OcrWord
from tests.extraction.scans_for_tests import read_ocr_words


def _line(texts: Sequence[str], top: int, confidence: float = 0.97) -> list[OcrWord]:
    out, left = [], 1400
    for t in texts:
        out.append(OcrWord(t, left, top, 24 * len(t), 36, confidence, 1, top))
        left += 24 * len(t) + 30
    return out


def _image(words: Sequence[OcrWord]) -> np.ndarray:
    """A page whose crop of each word starts with the word's (left, top) as pixels, so the
    fake recogniser knows which word it is given."""
    image = np.full((3508, 2480), 255, dtype=np.int32)
    for w in words:
        pad_y = max(2, round(0.25 * w.height))
        pad_x = max(3, round(0.3 * w.height))
        image[w.top - pad_y, w.left - pad_x] = w.left
        image[w.top - pad_y, w.left - pad_x + 1] = w.top
    return image


def _breakdown(rate: str, confidence: float) -> list[OcrWord]:
    words = _line(["FACTURE", "F-2026-118"], 300)
    words += _line(["Total", "HT", "29", "000,00"], 2000)
    words += _line(["TVA", "5,5", "%", "1.748,42"], 2080)
    words += _line(["TVA", rate, "499,65"], 2160, confidence)
    words += _line(["TVA", "20", "%", "104,14"], 2240)
    words += _line(["Total", "TVA", "2.352,21"], 2320)
    words += _line(["Total", "TTC", "31.352,21"], 2400)
    return words


@pytest.fixture
def rapid_reads_the_sign(monkeypatch: pytest.MonkeyPatch) -> None:
    """RapidOCR reads the unsure rate "10%", less sure than tesseract read "10"."""

    def read(crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        return [("10%", 0.8) for _ in crops]

    monkeypatch.setattr(rapid, "read_crops", read)


@pytest.mark.usefixtures("rapid_reads_the_sign")
def test_the_rate_keeps_the_sign_the_other_engine_read() -> None:
    words = _breakdown("10", 0.8)
    out = vote.reread(_image(words), words, budget=1.0, languages="fra")
    rate = next(w for w in out if w.top == 2160 and w.text.startswith("10"))
    assert rate.text == "10%" and rate.alternatives == ("10",)
    assert rate.confidence < 0.9
    tax = read_ocr_words(out).fields["total_tax"]
    assert str(tax.value) == "2352.21"
    # the three lines add up to the printed total: no other reading of the tax is offered
    assert tax.runner_up != "1852.56"


@pytest.mark.usefixtures("rapid_reads_the_sign")
def test_a_number_after_no_tax_word_keeps_its_reading() -> None:
    """Only a tax word's rate is read with the sign: a quantity of "10" is no rate."""
    words = _line(["Vis", "inox", "10", "4,50", "45,00"], 1200)
    words[2] = OcrWord("10", words[2].left, 1200, 48, 36, 0.8, 1, 1200)
    out = vote.reread(_image(words), words, budget=1.0, languages="fra")
    assert out[2].text == "10"
