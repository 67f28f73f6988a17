"""A fax label RapidOCR misread is read again by tesseract, and taken when the label lexicon
knows tesseract's reading (``extraction/ocr/fax_labels.py``): the value beside it is then
the field it names. Through the real engines; RapidOCR's misreading of the label is put
in its words (the misreadings of real faxes depend on the glyphs of one page)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extraction.ocr import fax_labels, rapid
from extraction.ocr.tesseract import OcrWord
from extraction.pipeline import extract
from extraction.result import ExtractionResult
from samples.degrade import KINDS, degrade
from tests.extraction.scans_for_tests import FONT

LINES = [
    (150, "FACTURE N° F-2026-0412", 60),
    (420, "Fournisseur : Atelier Morel SARL", 44),
    (500, "18 rue des Tanneurs, 69003 Lyon", 44),
    (700, "Votre code client : CL48213", 44),
    (780, "Date : 12/03/2026", 44),
    (1500, "Total HT : 1 000,00 EUR", 44),
    (1580, "TVA 20 % : 200,00 EUR", 44),
    (1660, "Total TTC : 1 200,00 EUR", 44),
]
# RapidOCR's misreading of the label's words, as faxes show them ("Custoner", "D)OCUMENT")
MISREAD = {"Votre": "Vo)re", "code": "cqdo", "client": "cliert"}


def _fax(path: Path) -> Path:
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for top, text, size in LINES:
        draw.text((200, top), text, font=ImageFont.truetype(FONT, size), fill=0)
    sent = page.resize((round(2480 * 204 / 300), round(3508 * 98 / 300)), Image.Resampling.BOX)
    degrade(sent, KINDS["fax"], random.Random(7)).save(
        path, format="TIFF", compression="group4", dpi=(204, 98)
    )
    return path


@pytest.fixture
def misread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = rapid.page_words

    def page_words(gray: np.ndarray, *args: object, **kwargs: object) -> list[OcrWord]:
        words = real(gray, *args, **kwargs)  # type: ignore[arg-type]
        return [w.__class__(**{**w.__dict__, "text": MISREAD.get(w.text, w.text)}) for w in words]

    monkeypatch.setattr(rapid, "page_words", page_words)
    yield


def _read(tmp_path: Path, on: bool, monkeypatch: pytest.MonkeyPatch) -> ExtractionResult:
    monkeypatch.setattr(fax_labels, "ON", on)
    return extract(_fax(tmp_path / "fax.tif"))


def _value(result: ExtractionResult, field: str) -> str | None:
    found = result.fields.get(field)
    return None if found is None or found.value is None else str(found.value)


@pytest.mark.usefixtures("misread")
def test_a_misread_label_read_by_tesseract_names_its_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _read(tmp_path, True, monkeypatch)
    assert _value(result, "customer_number") == "CL48213"
    assert result.fields["customer_number"].confidence < 0.9  # one engine read its label
    words = {w.text for p in result.pages for w in p.words}
    assert "client" in words and "cliert" not in words


@pytest.mark.usefixtures("misread")
def test_left_as_rapidocr_read_it_the_label_names_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same page with the labels left as RapidOCR read them: the customer number is
    not found (what the re-read is for)."""
    result = _read(tmp_path, False, monkeypatch)
    assert _value(result, "customer_number") != "CL48213"


def test_a_label_read_right_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words that are labels as read, or no label's words, are never re-read."""
    monkeypatch.setattr(fax_labels, "ON", True)
    words = [
        OcrWord("Date", 100, 100, 80, 30, 0.95, 1, 1),
        OcrWord(":", 190, 100, 8, 30, 0.95, 1, 1),
        OcrWord("12/03/2026", 210, 100, 200, 30, 0.95, 1, 1),
        OcrWord("Bouteilles", 100, 200, 190, 30, 0.95, 2, 1),
        OcrWord("Grenoble", 300, 200, 160, 30, 0.95, 2, 1),
        OcrWord("Dute", 100, 300, 80, 30, 0.95, 3, 1),
        OcrWord("14/03/2026", 210, 300, 200, 30, 0.95, 3, 1),
    ]
    asked: list[int] = []

    def reader(crops: list[np.ndarray]) -> list[list[OcrWord]]:
        asked.append(len(crops))
        return [[OcrWord("Dale", 2, 2, 70, 28, 0.9, 1, 1)] for _ in crops]

    image = np.full((500, 600), 255, np.uint8)
    out = fax_labels.mend(image, words, reader)
    assert asked == [1]  # "Dute" alone
    assert [w.text for w in out] == [w.text for w in words]  # "Dale" is no label: not taken
