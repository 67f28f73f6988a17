"""A fax whose names end in a legal form read a glyph off ("SARI.", "S.r.I."): the names
come out with their forms (``extraction/ocr/company_forms.py``), never auto-accepted; a
form-like word that ends no name ("Lid" opening a line, or ending a row's description) is
left as read."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr import company_forms
from extraction.ocr.tesseract import OcrWord
from tests.extraction.scans_for_tests import read_ocr_words


def _line(texts: Sequence[str], left: int, top: int) -> list[OcrWord]:
    out = []
    for t in texts:
        out.append(OcrWord(t, left, top, 24 * len(t), 36, 0.95, top, 1))
        left += 24 * len(t) + 30
    return out


def _fax(supplier_form: str, customer_form: str) -> list[OcrWord]:
    words = _line(["Ateliers", "Girard", supplier_form], 150, 150)
    words += _line(["12", "rue", "des", "Forges"], 150, 200)
    words += _line(["69003", "Lyon"], 150, 250)
    words += _line(["FACTURE"], 1600, 150)
    words += _line(["Facture", "N°", ":", "FA-2025-0412"], 1400, 300)
    words += _line(["Date", ":", "14/03/2025"], 1400, 350)
    words += _line(["Facturé", "à", ":"], 1300, 500)
    words += _line(["Imprimerie", "Marchand", customer_form], 1300, 550)
    words += _line(["8", "avenue", "Foch"], 1300, 600)
    words += _line(["75016", "Paris"], 1300, 650)
    words += _line(["Lid", "de", "rechange", "2", "12,00", "24,00"], 150, 1000)
    words += _line(["Couvercle", "Lid"], 150, 1050)
    words += _line(["2", "12,00", "24,00"], 1300, 1050)
    words += _line(["Total", "TTC", "24,00", "EUR"], 1400, 1400)
    return words


@pytest.mark.parametrize(
    ("supplier_form", "customer_form", "supplier", "customer"),
    [
        ("EURI.", "SARI", "Ateliers Girard EURL", "Imprimerie Marchand SARL"),
        ("S.r.I.", "Ine.", "Ateliers Girard S.r.l.", "Imprimerie Marchand Inc."),
    ],
)
def test_a_misread_legal_form_ending_a_name_is_read_as_the_form(
    supplier_form: str, customer_form: str, supplier: str, customer: str
) -> None:
    words = company_forms.mend(_fax(supplier_form, customer_form), every=True)
    result = read_ocr_words(words)
    got_supplier, got_customer = result.fields["supplier_name"], result.fields["customer_name"]
    assert got_supplier.value.rstrip(".") == supplier.rstrip(".")
    assert got_customer.value.rstrip(".") == customer.rstrip(".")
    assert got_supplier.confidence <= UNCONFIRMED_CAP
    assert got_customer.confidence <= UNCONFIRMED_CAP
    # "Lid" opening a line (after no name), and ending a description with the row's numbers
    # further right: words of a table, left as read
    assert sum(w.text == "Lid" for w in words) == 2


def test_off_the_names_keep_their_misread_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(company_forms, "ON", False)
    result = read_ocr_words(company_forms.mend(_fax("EURI.", "SARI"), every=True))
    assert result.fields["customer_name"].value == "Imprimerie Marchand SARI"


def test_a_sure_word_of_a_clean_scan_stays_as_read() -> None:
    """Not a fax: a word read at 0.95 is left alone, as vocabulary.mend_words leaves it."""
    words = company_forms.mend(_fax("EURI.", "SARI"), every=False)
    assert [w.text for w in words] == [w.text for w in _fax("EURI.", "SARI")]
