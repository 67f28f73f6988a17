"""A credit note's amounts come out positive, as the contract says (the doc type says it is
a credit), whether the page prints them plain or as an accountant's negatives "(31.86)"."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, Text, header, read, rows, table_rows, value


def test_a_credit_memo_printing_bracketed_lines_gives_positive_lines_and_totals() -> None:
    doc = [
        Text(40, 40, "Pemberton & Harper Ltd", 16, bold=True),
        *rows(40, 62, ["106 Mill Lane", "Glasgow", "G2 3QZ"]),
        Text(360, 62, "CN NO."),
        Text(360, 76, "CN.24.8088"),
        Text(360, 100, "TAX POINT"),
        Text(360, 114, "11-Jun-2024"),
        Text(40, 150, "Credit Memo", 14, bold=True),
        Text(40, 180, "INVOICE ADDRESS"),
        *rows(40, 194, ["Prairie Electrical plc", "146 King Street", "Bristol", "BS1 5TR"]),
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
        Text(380, 380, "NET TOTAL"),
        Text(470, 380, "(GBP 746.78)"),
        Text(380, 396, "Tax (20%)"),
        Text(470, 396, "(GBP 149.36)"),
        Text(380, 412, "GROSS TOTAL"),
        Text(470, 412, "(GBP 896.14)"),
    ]
    result = read(*doc)
    assert result.doc_type == "credit_note"
    assert value(result, "total_net") == "746.78"
    totals = [li.line_total for li in result.lines]
    assert totals == ["31.86", "640.22", "74.70"]
    assert all(li.unit_price and not li.unit_price.startswith("-") for li in result.lines)
