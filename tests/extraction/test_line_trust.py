"""A line's confidence is fitted on labelled documents over what the whole document says
about it (``extraction.calibration.lines``): lines the checks confirm rank above lines
showing a sign of a misreading, and without a fitted table no line is shown as sure."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from extraction.calibration import lines as line_calibration
from extraction.calibration.model import from_json
from extraction.result import ExtractionResult, FieldValue, LineItem, PageResult, Word
from extraction.tables.trust import line_features
from extraction.tables.vat import rates_when_no_vat

# The mechanism (what the document says about a line -> its band) is tested against a pinned
# table whose best band is above auto-accept (an earlier fit): the shipped table's bands are
# refitted, and its out-of-family evidence may put no stranger's line at auto-accept at all.
ACCEPTING = Path(__file__).with_name("lines_that_accept.json")


@pytest.fixture(autouse=True)
def _accepting_table() -> Iterator[None]:
    line_calibration.use(ACCEPTING)
    yield
    line_calibration.use(line_calibration.ARTEFACT)


def _line(**kw: str | None) -> LineItem:
    values: dict[str, str | None] = {
        "sku": "A-1",
        "description": "Widget",
        "quantity": "2",
        "unit_price": "10.00",
        "line_total": "20.00",
        "tax_rate": "20",
    }
    values.update(kw)
    return LineItem(**values, confidence=0.95)


def _doc(
    lines: list[LineItem], net: str | None = "30.00", tax: str | None = "6.00"
) -> ExtractionResult:
    fields = {}
    if net is not None:
        fields["total_net"] = FieldValue(value=net, confidence=0.95)
    if tax is not None:
        fields["total_tax"] = FieldValue(value=tax, confidence=0.95)
    return ExtractionResult(fields=fields, lines=lines)


def _confidence(line: LineItem) -> float:
    """The line's confidence on an invoice with a second, confirmed line; the net total is
    the sum of the amounts."""
    other = _line(sku="B-2", description="Gadget", quantity="1", line_total="10.00")
    net = Decimal(line.line_total or "0") + 10
    doc = _doc([line, other], net=f"{net:.2f}", tax="6.00")
    line_calibration.apply(doc)
    return doc.lines[0].confidence


def test_a_line_every_check_confirms_is_auto_accepted() -> None:
    assert _confidence(_line()) >= 0.9


def test_each_sign_of_a_misreading_holds_the_line_for_a_clerk() -> None:
    sure = _confidence(_line())
    for line in (
        _line(line_total="21.00"),  # quantity x price is not the amount
        _line(sku="7 A-1"),  # a line number left in the code
        _line(description="7 Widget"),  # ... or in the description
        _line(sku=None, description="09915-21"),  # a code read where the description is
        _line(unit_price=None),  # nothing to check the amount against
    ):
        conf = _confidence(line)
        assert conf < 0.9 and conf <= sure, line


def test_lines_not_adding_up_to_the_net_total_are_held() -> None:
    doc = _doc([_line()], net="25.00")
    assert line_features(doc)[0]["lines_sum"] == "bad"
    line_calibration.apply(doc)
    assert doc.lines[0].confidence < 0.9


def test_ocr_lines_are_held_for_a_clerk() -> None:
    line = _line()
    line.source = "ocr"
    assert _confidence(line) < 0.9


def test_a_code_printed_in_the_row_but_not_read_is_seen() -> None:
    line = _line(sku=None)
    line.page, line.bbox = 1, (10.0, 100.0, 300.0, 110.0)
    words = [
        Word(text=t, bbox=(x, 101.0, x + 30, 109.0), confidence=1.0, source="text")
        for t, x in (("Widget", 12.0), ("4005959648831", 80.0), ("2", 150.0), ("20.00", 250.0))
    ]
    doc = _doc([line], net="20.00")
    doc.pages = [PageResult(number=1, text="", source="text", width=600, height=800, words=words)]
    assert line_features(doc)[0]["code"] == "unread"
    line_calibration.apply(doc)
    assert doc.lines[0].confidence < 0.9


def test_without_a_fitted_table_no_line_is_sure(tmp_path: Path) -> None:
    line_calibration.use(tmp_path / "missing.json")
    try:
        assert _confidence(_line()) < 0.9
    finally:
        line_calibration.use(ACCEPTING)


def test_the_packaged_table_is_read_back_and_monotone() -> None:
    cal = from_json(json.loads(line_calibration.ARTEFACT.read_text(encoding="utf-8")))
    confs = [c for _, c in cal.table]
    assert confs == sorted(confs) and all(0.0 <= c <= 0.99 for c in confs)
    assert cal.meta["promise"] >= 0.99
    assert not any("heldout" in d for d in cal.meta["fitted_on"])


def test_no_vat_charged_gives_every_line_a_zero_rate() -> None:
    doc = _doc([_line(tax_rate=None)], net="20.00", tax="0.00")
    doc.fields["total_gross"] = FieldValue(value="20.00", confidence=0.95)
    rates_when_no_vat(doc)
    assert doc.lines[0].tax_rate == "0"


def test_a_zero_tax_that_the_totals_do_not_confirm_gives_no_rate() -> None:
    for net, gross in (("25.00", "25.00"), ("20.00", "24.00")):
        doc = _doc([_line(tax_rate=None)], net=net, tax="0.00")
        doc.fields["total_gross"] = FieldValue(value=gross, confidence=0.95)
        rates_when_no_vat(doc)
        assert doc.lines[0].tax_rate is None


def _row_doc(line: LineItem, texts: list[str]) -> ExtractionResult:
    """A one-line invoice whose row prints ``texts`` left to right inside the line's box."""
    line.page, line.bbox = 1, (10.0, 100.0, 500.0, 110.0)
    words = [
        Word(text=t, bbox=(12.0 + 40 * i, 101.0, 42.0 + 40 * i, 109.0), confidence=1.0)
        for i, t in enumerate(texts)
    ]
    doc = _doc([line], net=line.line_total)
    doc.pages = [PageResult(number=1, text="", source="text", width=600, height=800, words=words)]
    return doc


def test_a_line_is_not_sure_without_a_printed_total_its_amounts_add_up_to() -> None:
    # nothing contradicts the line, but nothing beyond its own row confirms it either
    doc = _doc([_line()], net=None)
    assert line_features(doc)[0]["lines_sum"] == "none"
    line_calibration.apply(doc)
    assert doc.lines[0].confidence < 0.9


def test_a_word_of_the_row_that_no_cell_holds_keeps_the_line_below_accept() -> None:
    printed = ["1", "A-1", "Widget", "2", "Stk", "10,00", "€", "20,00", "20%"]
    read_all = _row_doc(_line(unit="Stk"), printed)
    assert line_calibration.leftovers(read_all, read_all.lines[0]) == []
    line_calibration.apply(read_all)
    assert read_all.lines[0].confidence >= 0.9
    # the same row with its unit left out of every cell: the text cells lost a word
    lost_unit = _row_doc(_line(unit=None), printed)
    assert line_calibration.leftovers(lost_unit, lost_unit.lines[0]) == ["Stk"]
    line_calibration.apply(lost_unit)
    assert lost_unit.lines[0].confidence < 0.9


def test_a_wrapped_description_line_left_out_is_seen() -> None:
    line = _line(description="Widget")
    doc = _row_doc(line, ["A-1", "Widget", "stainless", "2", "10.00", "20.00"])
    assert line_calibration.leftovers(doc, doc.lines[0]) == ["stainless"]


def test_what_a_row_prints_beside_its_cells_is_not_a_leftover() -> None:
    # a line number, a short label before the code, a currency code, an amount printed
    # with a thousands space (two words of one cell)
    line = _line(quantity="1", unit_price="1729.00", line_total="1729.00")
    doc = _row_doc(line, ["3", "Réf.", "A-1", "Widget", "1", "EUR", "1", "729,00", "1 729,00"])
    assert line_calibration.leftovers(doc, doc.lines[0]) == []
    # a service date printed in the row; a unit the text layer glued to the description
    line = _line(unit="rouleau", description="Tube carton")
    doc = _row_doc(line, ["A-1", "3/4/2021", "rouleauTube", "carton", "2", "10.00", "20.00"])
    assert line_calibration.leftovers(doc, doc.lines[0]) == []


def test_a_line_number_read_as_the_code_is_not_sure() -> None:
    assert _confidence(_line(sku="11")) < 0.9


def test_the_packaged_table_was_chosen_on_layout_families_left_out() -> None:
    cal = from_json(json.loads(line_calibration.ARTEFACT.read_text(encoding="utf-8")))
    assert cal.meta["folds"] == "family"


def test_a_rate_the_row_does_not_print_is_not_read_and_not_sure() -> None:
    # the rate came from the VAT breakdown below the table, not from the row
    inferred = _row_doc(_line(tax_rate="20"), ["A-1", "Widget", "2", "10.00", "20.00"])
    assert line_calibration.rate_unprinted(inferred, inferred.lines[0])
    line_calibration.apply(inferred)
    assert inferred.lines[0].confidence < 0.9
    printed = _row_doc(_line(tax_rate="5.5"), ["A-1", "Widget", "2", "10,00", "20,00", "5,5%"])
    assert not line_calibration.rate_unprinted(printed, printed.lines[0])
    assert line_calibration.line_features(printed)[0]["evidenced"] == 1.0
    assert line_calibration.line_features(inferred)[0]["evidenced"] == 0.0


def _table_doc(rows: list[tuple[LineItem, list[str]]]) -> ExtractionResult:
    """An invoice whose rows print their texts left to right in the same columns (one
    word per 40 points), the net total being the sum of the amounts."""
    words = []
    for r, (line, texts) in enumerate(rows):
        y = 100.0 + 20 * r
        line.page, line.bbox = 1, (10.0, y, 500.0, y + 10)
        words += [
            Word(text=t, bbox=(12.0 + 40 * i, y + 1, 42.0 + 40 * i, y + 9), confidence=1.0)
            for i, t in enumerate(texts)
            if t
        ]
    net = sum(Decimal(line.line_total or "0") for line, _ in rows)
    doc = _doc([line for line, _ in rows], net=f"{net:.2f}")
    doc.pages = [PageResult(number=1, text="", source="text", width=600, height=800, words=words)]
    return doc


def test_a_unit_column_read_into_the_description_is_not_sure() -> None:
    # arithmetic and the net total check the amounts only; every word of the row is held
    # by a cell; but the description runs past the quantity, over the unit column
    printed = ["A-1", "Widget", "2", "Stk", "10,00", "20,00", "20%"]
    right = _table_doc([(_line(unit="Stk"), printed)])
    assert line_calibration.crossed_columns(right) == set()
    assert line_calibration.line_features(right)[0]["evidenced"] == 1.0
    shifted = _table_doc([(_line(unit=None, description="Widget Stk"), printed)])
    assert line_calibration.leftovers(shifted, shifted.lines[0]) == []
    assert line_calibration.crossed_columns(shifted) == {0}
    assert line_calibration.line_features(shifted)[0]["evidenced"] == 0.0
    line_calibration.apply(shifted)
    assert shifted.lines[0].confidence < 0.9
