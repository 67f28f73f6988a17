"""A fax read by RapidOCR: glyphs no French or English document prints ("Moulın" with a
dotless i, a Greek capital for a Latin one) come out as the letters printed
(``extraction/ocr/glyphs.py``, at the engine's wrapper); a name's real accents stay."""

from __future__ import annotations

from collections.abc import Sequence

from extraction.ocr import glyphs
from extraction.ocr.tesseract import OcrWord
from tests.extraction.scans_for_tests import read_ocr_words


def _line(texts: Sequence[str], left: int, top: int) -> list[OcrWord]:
    out = []
    for t in texts:
        out.append(OcrWord(glyphs.latin(t), left, top, 24 * len(t), 36, 0.95, top, 1))
        left += 24 * len(t) + 30
    return out


def _fax() -> list[OcrWord]:
    words = _line(["Ateliers", "Gırard", "SARL"], 150, 150)
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
    words = _fax()
    texts = [w.text for w in words]
    assert "bis" in texts and "Moulin" in texts and "Girard" in texts  # the dotless i
    result = read_ocr_words(words)
    assert result.fields["supplier_name"].value == "Ateliers Girard SARL"
    # a name's own accents are letters documents print: they stay as read
    assert result.fields["customer_name"].value == "Imprimerie Núñez SARL"


def test_a_glyph_documents_print_is_left() -> None:
    assert glyphs.latin("10 µm") == "10 µm" and glyphs.latin("5 €") == "5 €"
    assert glyphs.latin("ΟRDER") == "ORDER"  # a Greek capital omicron, then Latin letters
