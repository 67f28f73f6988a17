"""A line keeps an auto-accepted confidence only when the whole document confirms it."""

from __future__ import annotations

from extraction.result import ExtractionResult, FieldValue, LineItem, PageResult, Word
from extraction.tables.trust import DOUBT, HELD, hold_unconfirmed, line_features
from extraction.tables.vat import rates_when_no_vat


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


def test_a_confirmed_line_keeps_its_confidence() -> None:
    doc = _doc([_line(), _line(sku="B-2", quantity="1", unit_price="10.00", line_total="10.00")])
    hold_unconfirmed(doc)
    assert [li.confidence for li in doc.lines] == [0.95, 0.95]


def test_each_unconfirmed_feature_holds_the_line_for_a_clerk() -> None:
    cases = [
        (_line(sku=None), HELD),  # a code may be printed where the reader did not look
        (_line(line_total="21.00"), HELD),  # quantity x price is not the amount
        (_line(description=None), HELD),
        (_line(sku="7 A-1"), DOUBT),  # a line number left in the code
        (_line(description="7 Widget"), DOUBT),  # ... or in the description
    ]
    for line, held in cases:
        doc = _doc([line], net=line.line_total)
        hold_unconfirmed(doc)
        assert doc.lines[0].confidence == held, line


def test_a_line_with_no_vat_figure_anywhere_is_held() -> None:
    doc = _doc([_line(tax_rate=None)], net="20.00", tax=None)
    assert line_features(doc)[0]["rate"] == "none"
    hold_unconfirmed(doc)
    assert doc.lines[0].confidence == HELD


def test_a_code_printed_in_the_row_but_not_read_holds_the_line() -> None:
    line = _line(sku=None)
    line.page, line.bbox = 1, (10.0, 100.0, 300.0, 110.0)
    words = [
        Word(text=t, bbox=(x, 101.0, x + 30, 109.0), confidence=1.0, source="text")
        for t, x in (("Widget", 12.0), ("4005959648831", 80.0), ("2", 150.0), ("20.00", 250.0))
    ]
    doc = _doc([line], net="20.00")
    doc.pages = [PageResult(number=1, text="", source="text", width=600, height=800, words=words)]
    assert line_features(doc)[0]["code"] == "unread"
    hold_unconfirmed(doc)
    assert doc.lines[0].confidence == DOUBT


def test_lines_not_adding_up_to_the_net_total_are_held() -> None:
    doc = _doc([_line()], net="25.00")
    assert line_features(doc)[0]["lines_sum"] == "bad"
    hold_unconfirmed(doc)
    assert doc.lines[0].confidence == DOUBT


def test_ocr_lines_are_held() -> None:
    line = _line()
    line.source = "ocr"
    doc = _doc([line], net="20.00")
    hold_unconfirmed(doc)
    assert doc.lines[0].confidence == HELD


def test_no_vat_charged_gives_every_line_a_zero_rate() -> None:
    doc = _doc([_line(tax_rate=None)], net="20.00", tax="0.00")
    doc.fields["total_gross"] = FieldValue(value="20.00", confidence=0.95)
    rates_when_no_vat(doc)
    assert doc.lines[0].tax_rate == "0"
    hold_unconfirmed(doc)
    assert doc.lines[0].confidence == 0.95


def test_a_zero_tax_that_the_totals_do_not_confirm_gives_no_rate() -> None:
    for net, gross in (("25.00", "25.00"), ("20.00", "24.00")):
        doc = _doc([_line(tax_rate=None)], net=net, tax="0.00")
        doc.fields["total_gross"] = FieldValue(value=gross, confidence=0.95)
        rates_when_no_vat(doc)
        assert doc.lines[0].tax_rate is None
