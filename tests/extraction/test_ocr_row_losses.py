"""bench/ocr/row_losses.py: a lost row's keys put in the right kind of loss."""

from bench.ocr import row_losses

TRUTH = {
    "sku": "65.19.73",
    "description": "Guanti in nitrile taglia M",
    "quantity": "6",
    "unit": "m",
    "unit_price": "11.17",
    "line_total": "67.02",
    "tax_rate": "21",
}


def _got(**changes: str | None) -> dict[str, str | None]:
    return {**TRUTH, **changes}


def test_each_key_lost_gets_its_kind() -> None:
    assert row_losses.classify("unit", _got(unit=None), TRUTH) == "word dropped"
    assert row_losses.classify("line_total", _got(line_total="6702"), TRUTH) == "decimal sep"
    assert row_losses.classify("line_total", _got(line_total="67.62"), TRUTH) == "glyph misread"
    assert row_losses.classify("quantity", _got(quantity="11.17"), TRUTH) == "cols split"
    got = _got(sku="1", description="[65.19.73] Guanti in nitrile taglia M")
    assert row_losses.classify("sku", got, TRUTH) == "cols merged"
    assert row_losses.classify("description", got, TRUTH) == "cols merged"
    got = _got(description="Guanti in nitrlle taglia M")
    assert row_losses.classify("description", got, TRUTH) == "glyph misread"
    got = _got(description="Guanti in nitrile", unit="taglia M")
    assert row_losses.classify("description", got, TRUTH) == "cols split"


def test_a_document_pairs_lost_rows_split_rows_and_extra_rows() -> None:
    other = {**TRUTH, "sku": "16.47.13", "description": "Carta per fotocopie", "unit": "t"}
    truth = [TRUTH, other]
    born = [dict(TRUTH), dict(other)]
    scan = [
        _got(unit=None),  # the unit lost
        {**other, "description": "Carta per", "quantity": None},  # read as two rows
        {k: None for k in TRUTH} | {"description": "fotocopie", "quantity": "6"},
        {k: None for k in TRUTH} | {"description": "Page 1"},  # an extra row
    ]
    pairings = row_losses.pair_document("doc", born, scan, truth)
    lost = [p for p in pairings if p.truth]
    assert lost[0].losses == {"unit": "word dropped"}
    assert lost[1].losses["row"] == "row split"
    assert [p.losses for p in pairings if not p.truth] == [{"row": "row extra"}]
    # a row the born-digital reading already misses is no loss of the OCR
    assert row_losses.pair_document("doc", [dict(TRUTH)], [dict(TRUTH)], truth) == []
