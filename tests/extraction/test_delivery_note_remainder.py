"""A delivery note's table with the quantity ordered, the quantity delivered and what is
left to deliver, its zeros printed as dashes, then the unit: the remainder column is no
description and no unit, whatever its label says, and a page without a header carries on
the first page's columns (its line numbers counting on from where that page stopped).
Each page is drawn whole and read through ``extract_bytes``."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import RightAt, Text, letterhead, read_pages, table_rows

SENDER = letterhead(
    "Établissements Lemoine",
    "122 rue du Moulin, 21000 Dijon",
    "BON DE LIVRAISON",
    "BL n° LIV24-46317",
    "Date : 16/04/2024",
    "Client : Outillage de l'Ouest SA, 36 avenue Jean Jaurès, 44000 Nantes",
)

ITEMS = [
    ("Clé dynamométrique 1/2 pouce", "98.45.58", "50", "50", "-", "pce"),
    ("Étiquettes thermiques 100x150 mm", "36.35.73", "1", "1", "-", "rouleau"),
    ("Café grains bio Honduras 1 kg", "86.54.69", "36,44", "36,44", "-", "kg"),
    ("Huile de coupe soluble bidon 20 L", "17.78.33", "4", "3", "1", "bidon"),
    ("Vis inox A2 tête fraisée 5x50", "94.28.53", "15", "10", "5", "boîte"),
    ("Tuyau PER nu 16 mm couronne 100 m", "82.68.13", "48", "48", "-", "couronne"),
]
COLUMNS = [RightAt(55), 63.0, 296.0, RightAt(404), RightAt(457), RightAt(504), 518.0]


def _header(y: float, remainder: str) -> list[Text]:
    labels = [
        (46, "N°"),
        (63, "Désignation"),
        (296, "Référence"),
        (361, "Commandé"),
        (421, "Qté livrée"),
        (473 if remainder == "Reliquat" else 478, remainder),
        (518, "Unité"),
    ]
    return [Text(x, y, label, 9, bold=True) for x, label in labels]


def _rows(items: list[tuple[str, ...]], first: int, top: float) -> list[Text]:
    return table_rows(
        [(str(first + k), *item) for k, item in enumerate(items)], COLUMNS, top, step=15
    )


@pytest.mark.parametrize("remainder", ["Reliquat", "Solde"])
def test_the_remainder_column_stays_out_of_description_and_unit(remainder: str) -> None:
    page = [*SENDER, *_header(260, remainder), *_rows(ITEMS, 1, 278)]
    lines = read_pages(page).lines
    assert [(li.description, li.sku, li.quantity, li.unit) for li in lines] == [
        (desc, sku, delivered.replace(",", "."), unit)
        for desc, sku, _ordered, delivered, _left, unit in ITEMS
    ]


def test_a_page_without_header_carries_on_the_columns_and_the_line_numbers() -> None:
    first = [*SENDER, *_header(260, "Reliquat"), *_rows(ITEMS * 6, 1, 278)]
    second = _rows(ITEMS[:5], 37, 60)
    lines = read_pages(first, second).lines
    assert len(lines) == 41
    assert [(li.description, li.quantity, li.unit, li.line_total) for li in lines[36:]] == [
        (desc, delivered.replace(",", "."), unit, None)
        for desc, _sku, _ordered, delivered, _left, unit in ITEMS[:5]
    ]
