"""Every reader knows the same currencies: a page whose amounts carry a Swedish, Danish or
Canadian code in a column of its own is read as one in euros is: the rows' amounts without
the code, no unit or description made of it, and the currency from the page."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import (
    beside_title,
    line_tuples,
    printed,
    read,
    sender_and_title,
    table_rows,
    value,
)


@pytest.mark.parametrize("code", ["EUR", "SEK", "DKK", "CAD"])
def test_a_column_of_currency_codes(code: str) -> None:
    page = [
        *sender_and_title("Nordkap Verktyg AB", ["Hamngatan 4", "111 47 Stockholm"], "INVOICE"),
        *beside_title("Invoice No: 24-0917", "Date: 2024-06-12"),
        *table_rows(
            [
                ["Description", "Qty", "Unit price", "Cur.", "Amount"],
                ["Hex bolt M8", "10", "2.50", code, "25.00"],
                ["Lock nut M8", "20", "1.00", code, "20.00"],
            ],
            [40, 260, 340, 420, 480],
            300,
        ),
        *printed(f"""
            330 420 10 Subtotal
            480 420 10 45.00 {code}
            330 436 10 VAT 25%
            480 436 10 11.25 {code}
            330 452 10 Total
            480 452 10 56.25 {code}
        """),
    ]
    result = read(*page)
    assert value(result, "currency") == code
    assert value(result, "total_gross") == "56.25"
    assert [(t[1], t[2], t[3], t[4], t[5]) for t in line_tuples(result)] == [
        ("Hex bolt M8", "10", None, "2.50", "25.00"),
        ("Lock nut M8", "20", None, "1.00", "20.00"),
    ]
