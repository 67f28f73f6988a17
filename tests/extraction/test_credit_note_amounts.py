"""A credit note's amounts come out positive, as the contract says (the doc type says it is
a credit), whether the page prints them plain or as an accountant's negatives "(31.86)"."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    RightAt,
    header,
    printed,
    read,
    table_rows,
    value,
)


def test_a_credit_memo_printing_bracketed_lines_gives_positive_lines_and_totals() -> None:
    doc = [
        *printed("""
            40  40  16b Pemberton & Harper Ltd
            40  62  10  106 Mill Lane
            40  75  10  Glasgow
            40  88  10  G2 3QZ
            360 62  10  CN NO.
            360 76  10  CN.24.8088
            360 100 10  TAX POINT
            360 114 10  11-Jun-2024
            40  150 14b Credit Memo
            40  180 10  INVOICE ADDRESS
            40  194 10  Prairie Electrical plc
            40  207 10  146 King Street
            40  220 10  Bristol
            40  233 10  BS1 5TR
        """),
        *header(270, [(40, "Product"), (380, "Price"), (480, "Amount")]),
        *table_rows(
            [
                ["15 x Flexible cable 3G1.5 mm2", "2.36", "(31.86)"],
                ["Ref. 41.78.12", "", ""],
                ["12 x Washed sharp sand 0/4", "59.28", "(640.22)"],
                ["Ref. 50.49.45", "", ""],
                ["3 x Rye flour T130 25 kg sack", "26.21", "(74.70)"],
                ["Ref. 77.70.79", "", ""],
            ],
            [40, RightAt(410), RightAt(520)],
            288,
            step=13,
        ),
        *printed("""
            380 380 10 NET TOTAL
            470 380 10 (GBP 746.78)
            380 396 10 Tax (20%)
            470 396 10 (GBP 149.36)
            380 412 10 GROSS TOTAL
            470 412 10 (GBP 896.14)
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "credit_note"
    assert value(result, "total_net") == "746.78"
    totals = [li.line_total for li in result.lines]
    assert totals == ["31.86", "640.22", "74.70"]
    assert all(li.unit_price and not li.unit_price.startswith("-") for li in result.lines)
