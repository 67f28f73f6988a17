"""Where the goods or the works go, under the labels builders and carriers print: "Adresse
du chantier", "Lieu d'intervention", "Site address", "Livré à", "Delivery point". The block
is the delivery address; an address printed without a name keeps all its lines."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import Text, read, rows, value


def works_invoice(label: str, block: list[str]) -> list[Text]:
    return [
        Text(40, 40, "Carter Building Ltd", 16, bold=True),
        *rows(40, 62, ["3 Station Approach", "Leeds LS1 4DY"]),
        Text(330, 40, "INVOICE", 18, bold=True),
        Text(330, 70, "Invoice no: F2025-118"),
        Text(330, 86, "Date: 14/03/2025"),
        *rows(330, 140, ["Mr & Mrs Fairbairn", "42 Station Road", "Manchester M1 2AB"]),
        Text(40, 140, label, bold=True),
        *rows(40, 154, block),
        Text(40, 260, "Description"),
        Text(400, 260, "Amount"),
        Text(40, 276, "Two coats of matt emulsion to walls and ceilings"),
        Text(400, 276, "579.00"),
        Text(300, 320, "Total"),
        Text(400, 320, "694.80"),
    ]


@pytest.mark.parametrize(
    ("label", "block", "want"),
    [
        (
            "Site address",
            ["3 Park Avenue", "Manchester M2 4BB"],
            "3 Park Avenue, Manchester M2 4BB",
        ),
        (
            "Adresse du chantier :",
            ["Résidence Les Tilleuls", "12 rue Pasteur", "69007 Lyon"],
            "12 rue Pasteur, 69007 Lyon",
        ),
        (
            "Lieu d'intervention",
            ["Résidence du Parc", "8 allée des Pins", "33000 Bordeaux"],
            "8 allée des Pins, 33000 Bordeaux",
        ),
        ("Livré à", ["Dépôt Nord", "5 rue du Port", "59000 Lille"], "5 rue du Port, 59000 Lille"),
        (
            "Adresse du chantier",
            ["Bât. C", "5 rue du Port", "59000 Lille"],
            "Bât. C, 5 rue du Port, 59000 Lille",
        ),
        (
            "Delivery point",
            ["Goods In", "Unit 4, Dock Road", "Bristol BS1 5TR"],
            "Unit 4, Dock Road, Bristol BS1 5TR",
        ),
    ],
)
def test_a_worksite_or_delivery_point_block_is_the_delivery_address(
    label: str, block: list[str], want: str
) -> None:
    result = read(*works_invoice(label, block))
    assert value(result, "delivery_address") == want
    assert value(result, "billing_address") == "42 Station Road, Manchester M1 2AB"
