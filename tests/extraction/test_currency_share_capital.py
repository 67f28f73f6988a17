"""A currency printed only in the legal footer's share capital ("au capital de 50 000 EUR",
"Cap. Soc. € 100000") says nothing about the document's amounts: none is read from it."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import Text, read, rows, value


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
        Text(40, 40, "Bianchi & Romano", 14, bold=True),
        *rows(40, 62, ["Via Roma 57", "10121 Torino"]),
        Text(380, 40, "DELIVERY NOTE", 16, bold=True),
        Text(380, 80, "Delivery note No: DDT-2024-1353"),
        Text(380, 96, "Date: 12/06/2024"),
        Text(40, 300, "Item"),
        Text(200, 300, "Description"),
        Text(400, 300, "Qty"),
        Text(480, 300, "Weight kg"),
        Text(40, 316, "A-118"),
        Text(200, 316, "Pallet 80x120"),
        Text(400, 316, "12"),
        Text(480, 316, "240.50"),
        Text(40, 800, footer, 7),
    ]
    assert value(read(*page), "currency") is None


def test_the_currency_under_its_italian_label_is_offered_beside_the_capital() -> None:
    page = [
        Text(40, 40, "Forniture Veneta S.r.l.", 14, bold=True),
        *rows(40, 62, ["Via Roma 57", "10121 Torino"]),
        Text(380, 40, "FATTURA", 16, bold=True),
        Text(380, 80, "Numero: FT-2024-118"),
        Text(380, 96, "Data: 12/06/2024"),
        Text(380, 112, "DIVISA"),
        Text(460, 112, "EUR"),
        Text(40, 300, "Descrizione"),
        Text(400, 300, "Quantità"),
        Text(480, 300, "Importo"),
        Text(40, 316, "Viti inox M6"),
        Text(400, 316, "10"),
        Text(480, 316, "120,00"),
        Text(40, 800, "Forniture Veneta S.r.l. – Cap. Soc. € 50.000", 7),
    ]
    result = read(*page)
    assert value(result, "currency") == "EUR"
    assert result.fields["currency"].confidence < 0.9
