"""The currency of a document whose amounts are printed bare is read where the page states
it otherwise: in the caption of a column of amounts ("Amount (EUR)", "Prix €"), in a
sentence that says what the amounts are in, or as a prefixed dollar ("A$"). A page that
prints amounts and no currency anywhere gets none."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import (
    INVOICE_HEAD,
    Text,
    printed,
    read,
    table_rows,
    value,
)

ITEMS = [["Bolt M8", "10", "2.50", "25.00"], ["Nut M8", "20", "1.00", "20.00"]]
TOTALS = printed("""
    330 420 10 Subtotal
    480 420 10 45.00
    330 436 10 VAT 20%
    480 436 10 9.00
    330 452 10 Total
    480 452 10 54.00
""")


def _page(captions: list[str], *extra: Text) -> list[Text]:
    return [
        *INVOICE_HEAD,
        *table_rows([captions, *ITEMS], [40, 300, 400, 480], 300),
        *TOTALS,
        *extra,
    ]


@pytest.mark.parametrize(
    ("captions", "code"),
    [
        (["Description", "Qty", "Price (EUR)", "Amount (EUR)"], "EUR"),
        (["Description", "Qty", "Prix €", "Montant €"], "EUR"),
        (["Description", "Qty", "Unit price", "Amount GBP"], "GBP"),
    ],
)
def test_the_currency_in_a_column_caption_is_read(captions: list[str], code: str) -> None:
    assert value(read(*_page(captions)), "currency") == code


def test_a_sentence_saying_what_the_amounts_are_in_gives_the_currency() -> None:
    page = _page(
        ["Description", "Qty", "Unit price", "Amount"], Text(40, 600, "All amounts in euros.")
    )
    result = read(*page)
    assert value(result, "currency") == "EUR"
    assert result.fields["currency"].confidence < 0.9


def test_prefixed_dollars_are_not_us_dollars() -> None:
    page = _page(
        ["Description", "Qty", "Unit price", "Amount"],
        *printed("330 470 10 Amount due\n480 470 10 A$ 54.00"),
    )
    assert value(read(*page), "currency") == "AUD"


def test_amounts_and_a_bank_block_without_currency_give_none() -> None:
    page = _page(
        ["Description", "Qty", "Unit price", "Amount"],
        Text(40, 700, "IBAN: FR76 3000 6000 0112 3456 7890 189  BIC: AGRIFRPP"),
        Text(40, 780, "Harbor Tools SAS au capital de 50 000 EUR", 7),
    )
    assert value(read(*page), "currency") is None
