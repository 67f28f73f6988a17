"""A fax's 7 read '/' inside a VAT id or an IBAN ("FR 0/ 116 240 /89"): read as a 7 where
the check digits then hold (``extraction/ocr/slashed_sevens.py``), never sure; a '/' the
check digits do not vouch for, and a date's, stay as read."""

from __future__ import annotations

from extraction.ocr import slashed_sevens
from extraction.ocr.tesseract import OcrWord
from tests.extraction.scans_for_tests import read_ocr_words
from tests.extraction.test_ocr_fax_glyphs import _fax, _line


def _footer(vat: list[str]) -> list[OcrWord]:
    return _line(["TVA", "intracommunautaire", *vat], 150, 3200)


def test_a_vat_id_with_a_seven_read_as_a_slash_is_read() -> None:
    words = _fax() + _footer(["FR", "0/", "116", "240", "/89"])
    assert "vat_id" not in read_ocr_words(words).fields  # as RapidOCR read it
    result = read_ocr_words(slashed_sevens.mend(words))
    vat = result.fields["vat_id"]
    assert vat.value == "FR07116240789"
    assert vat.confidence < 0.9  # one engine's reading, the check digits alone vouch
    # the page's date keeps its slashes
    assert result.fields["document_date"].value == "2025-03-14"


def test_a_slash_the_check_digits_refuse_stays() -> None:
    words = _fax() + _footer(["FR", "0/", "116", "240", "/88"])
    mended = slashed_sevens.mend(words)
    assert [w.text for w in mended] == [w.text for w in words]
