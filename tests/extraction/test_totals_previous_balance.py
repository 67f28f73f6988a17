"""A statement-like invoice prints the amount due as this document's total plus a previous
balance ("Previous balance 100.00 | Total due 154.00"): the document's gross is its own
net + tax, offered capped, never the amount due."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    INVOICE_HEAD,
    printed,
    read,
    table_rows,
    value,
)


def test_the_amount_due_with_a_previous_balance_is_not_the_gross() -> None:
    page = [
        *INVOICE_HEAD,
        *table_rows(
            [
                ["Description", "Qty", "Unit price", "Amount"],
                ["Bolt M8", "10", "2.50", "25.00"],
                ["Nut M8", "20", "1.00", "20.00"],
            ],
            [40, 300, 400, 480],
            300,
        ),
        *printed("""
            330  420 10 Subtotal
            480r 420 10 45.00
            330  436 10 VAT 20%
            480r 436 10 9.00
            330  452 10 Previous balance
            480r 452 10 100.00
            330  468 10 Total due
            480r 468 10 154.00
        """),
    ]
    result = read(*page)
    assert value(result, "total_gross") == "54.00"
    assert result.fields["total_gross"].confidence <= 0.85
