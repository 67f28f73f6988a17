"""A known sender's derived total passes its cap only where the two other totals, shown
sure, pin it to the cent (``extraction.profile_totals``)."""

from __future__ import annotations

from extraction.profile_columns import CellHint
from extraction.profile_totals import closed_by_totals
from extraction.result import FieldValue


def _totals(net: str, tax: str, gross: str, sure: float = 0.99) -> dict[str, FieldValue]:
    return {
        "total_net": FieldValue(value=net, confidence=sure),
        "total_tax": FieldValue(value=tax, confidence=0.85),
        "total_gross": FieldValue(value=gross, confidence=sure),
    }


def test_a_derived_tax_the_sure_net_and_gross_pin_is_closed() -> None:
    assert closed_by_totals("total_tax", _totals("696.12", "61.78", "757.90"))


def test_the_sum_off_by_more_than_a_cent_or_a_doubted_other_total_is_not() -> None:
    assert not closed_by_totals("total_tax", _totals("696.12", "61.70", "757.90"))
    assert not closed_by_totals("total_tax", _totals("696.12", "61.78", "757.90", sure=0.89))
    values = _totals("696.12", "61.78", "757.90")
    del values["total_net"]
    assert not closed_by_totals("total_tax", values)
    assert not closed_by_totals("document_number", {"document_number": values["total_tax"]})


def test_an_ocr_read_total_is_never_closed() -> None:
    values = _totals("696.12", "61.78", "757.90")
    values["total_tax"].source = "ocr"
    assert not closed_by_totals("total_tax", values)


def test_a_learned_code_cell_reads_codes_not_the_words_of_a_description() -> None:
    cell = CellHint(x0=0.1, x1=0.2, roles=["sku"])
    for code in ("08817-47", "4008649228661", "ETA-9590", "BOLT"):
        assert cell.pattern().match(code), code
    for word in ("Frais", "Carriage"):
        assert cell.pattern().match(word) is None, word
