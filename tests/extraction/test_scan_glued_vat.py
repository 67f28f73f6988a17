"""A VAT id OCR glued to the label before it ("P.IVAIT89352160017") is found when its
check digits hold; an invalid one glued so is not taken."""

from __future__ import annotations

from extraction.parse.identifiers import find_vats


def test_a_valid_vat_id_glued_to_its_label_is_found() -> None:
    assert [v for v, *_ in find_vats("Cap. Soc. € 50000 — P.IVAIT89352160017")] == ["IT89352160017"]
    assert [v for v, *_ in find_vats("N° TVAFR03552081317")] == ["FR03552081317"]


def test_an_invalid_one_glued_so_is_not_taken() -> None:
    assert find_vats("P.IVAIT89352160018") == []
    assert find_vats("NOVATFR00000000000") == []


def test_spaced_ids_read_as_before() -> None:
    assert [v for v, *_ in find_vats("P.IVA IT89352160017")] == ["IT89352160017"]
