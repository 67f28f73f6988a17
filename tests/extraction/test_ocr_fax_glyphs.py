"""A fax read by RapidOCR: glyphs no French or English document prints ("Moulın" with a
dotless i), a speck over a letter read as an accent ("Atelíers", "Flexíble"), a thin letter
lost ("Livrason") come out as the words printed (``extraction/ocr/glyphs.py``,
``vocabulary.mend_words``), the mended words never auto-accepted; a name no dictionary
knows keeps its accents."""

from __future__ import annotations

from collections.abc import Sequence

from extraction.assemble import build_result
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import build_layout
from extraction.ocr import glyphs, vocabulary
from extraction.ocr.tesseract import OcrWord
from extraction.result import ExtractionResult, PageResult, Word

SCALE = 0.24  # points a pixel: a 300 dpi page


def _line(texts: Sequence[str], left: int, top: int) -> list[OcrWord]:
    out = []
    for t in texts:
        out.append(OcrWord(glyphs.latin(t), left, top, 24 * len(t), 36, 0.95, top, 1))
        left += 24 * len(t) + 30
    return out


def _page(words: Sequence[OcrWord]) -> ExtractionResult:
    placed = [
        Word(
            text=w.text,
            source="ocr",
            bbox=(
                w.left * SCALE,
                w.top * SCALE,
                (w.left + w.width) * SCALE,
                (w.top + w.height) * SCALE,
            ),
            confidence=w.confidence,
            alternatives=w.alternatives,
        )
        for w in words
    ]
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=placed)
    return build_result([page], [build_layout(placed, 1, 595, 842)])


def _fax() -> list[OcrWord]:
    words = _line(["Atelíers", "Girard", "SARL"], 150, 150)
    words += _line(["12", "bıs", "rue", "du", "Moulın"], 150, 200)
    words += _line(["69003", "Lyon"], 150, 250)
    words += _line(["FACTURE"], 1600, 150)
    words += _line(["Facture", "N°", ":", "FA-2025-0412"], 1400, 300)
    words += _line(["Date", ":", "14/03/2025"], 1400, 350)
    words += _line(["Facturé", "à", ":"], 1300, 500)
    words += _line(["Imprimerie", "Núñez", "SARL"], 1300, 550)
    words += _line(["8", "avenue", "Foch"], 1300, 600)
    words += _line(["75016", "Paris"], 1300, 650)
    words += _line(["Désignation", "Qté", "Prix", "Montant"], 150, 900)
    words += _line(["Câble", "Flexíble", "2", "12,00", "24,00"], 150, 1000)
    words += _line(["Livrason", "partelle"], 150, 1050)
    words += _line(["Total", "TTC", "24,00", "EUR"], 1400, 1400)
    return words


def test_a_fax_page_reads_the_words_printed() -> None:
    words = vocabulary.mend_words(_fax(), every=True)
    texts = [w.text for w in words]
    assert "bis" in texts and "Moulin" in texts  # the dotless i: the engine's wrapper
    assert "Flexible" in texts and "Livraison" in texts and "partielle" in texts
    result = _page(words)
    supplier = result.fields["supplier_name"]
    assert supplier.value == "Ateliers Girard SARL"
    assert supplier.confidence <= UNCONFIRMED_CAP  # a mended word: shown, never accepted
    # a name's own accents (no dictionary's common word) stay as read
    assert result.fields["customer_name"].value == "Imprimerie Núñez SARL"


def test_a_word_as_it_is_spelled_stays() -> None:
    words = _fax()
    mended = vocabulary.mend_words(words, every=True)
    for before, after in zip(words, mended, strict=True):
        if before.text in {"Câble", "Facturé", "Désignation", "Qté", "FACTURE", "Lyon"}:
            assert after.text == before.text and after.confidence == before.confidence
