"""A currency printed only in the legal footer's share capital ("au capital de 50 000 EUR",
"Cap. Soc. € 100000") says nothing about the document's amounts: none is read from it."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import (
    Text,
    beside_title,
    read,
    sender_and_title,
    table_rows,
    value,
)


@pytest.mark.parametrize(
    "footer",
    [
        "Bianchi & Romano S.r.l. – Cap. Soc. € 100000 – P. IVA IT 12674760967",
        "Bianchi & Romano SARL au capital de 50 000 EUR – RCS Lyon 123 456 789",
        "Bianchi & Romano GmbH – Stammkapital 25.000 EUR – HRB 5314",
    ],
)
def test_the_share_capitals_currency_is_not_the_documents(footer: str) -> None:
    page = [
        *sender_and_title("Bianchi & Romano", ["Via Roma 57", "10121 Torino"], "DELIVERY NOTE"),
        *beside_title("Delivery note No: DDT-2024-1353", "Date: 12/06/2024"),
        *table_rows(
            [
                ["Item", "Description", "Qty", "Weight kg"],
                ["A-118", "Pallet 80x120", "12", "240.50"],
            ],
            [40, 200, 400, 480],
            300,
        ),
        Text(40, 800, footer, 7),
    ]
    assert value(read(*page), "currency") is None


def test_the_currency_under_its_italian_label_is_offered_beside_the_capital() -> None:
    page = [
        *sender_and_title("Forniture Veneta S.r.l.", ["Via Roma 57", "10121 Torino"], "FATTURA"),
        *beside_title("Numero: FT-2024-118", "Data: 12/06/2024", "DIVISA"),
        Text(460, 112, "EUR"),
        *table_rows(
            [["Descrizione", "Quantità", "Importo"], ["Viti inox M6", "10", "120,00"]],
            [40, 400, 480],
            300,
        ),
        Text(40, 800, "Forniture Veneta S.r.l. – Cap. Soc. € 50.000", 7),
    ]
    result = read(*page)
    assert value(result, "currency") == "EUR"
    assert result.fields["currency"].confidence < 0.9
