"""Where the goods or the works go, under the labels builders and carriers print: "Adresse
du chantier", "Lieu d'intervention", "Site address", "Livré à", "Delivery point". The block
is the delivery address; an address printed without a name keeps all its lines."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import Text, printed, read, rows, value
from tests.extraction.test_fields_unseen import CARTER_HEAD, CARTER_WORKS


def works_invoice(label: str, block: list[str]) -> list[Text]:
    return [
        *CARTER_HEAD,
        *printed("""
            330 140 10  Mr & Mrs Fairbairn
            330 153 10  42 Station Road
            330 166 10  Manchester M1 2AB
        """),
        Text(40, 140, label, bold=True),
        *rows(40, 154, block),
        *CARTER_WORKS,
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
            # a receiving department is where the goods go, part of the address as "Bât. C"
            # is (parties22: department and c/o lines are never a block's name)
            "Delivery point",
            ["Goods In", "Unit 4, Dock Road", "Bristol BS1 5TR"],
            "Goods In, Unit 4, Dock Road, Bristol BS1 5TR",
        ),
    ],
)
def test_a_worksite_or_delivery_point_block_is_the_delivery_address(
    label: str, block: list[str], want: str
) -> None:
    result = read(*works_invoice(label, block))
    assert value(result, "delivery_address") == want
    assert value(result, "billing_address") == "42 Station Road, Manchester M1 2AB"
