"""Real line-table shapes read whole (issue 20, tables22): a service row of a description
and an amount between priced rows (or one the sum does not need), a delivery note's three
columns of counts, a code printed on a row of its own under its item. What only the
document's sum or shape confirms stays under the auto-accept mark."""

from __future__ import annotations

from extraction.candidates.model import UNCONFIRMED_CAP
from tests.extraction.pages_for_tests import (
    MARCHAND_INVOICE,
    RightAt,
    Text,
    line_tuples,
    read_pages,
    right,
    sender_head,
    table_page,
)

PRICED: list[float | RightAt] = [40, RightAt(380), RightAt(460), RightAt(540)]


def _totals(y: float, net: str, tax: str, gross: str) -> list[Text]:
    return [
        Text(330, y, "Total HT"),
        right(540, y, net),
        Text(330, y + 16, "TVA 20 %"),
        right(540, y + 16, tax),
        Text(330, y + 32, "Total TTC"),
        right(540, y + 32, gross),
    ]


def test_a_service_row_between_priced_rows_is_an_item_when_the_table_adds_up() -> None:
    rows = [
        ["Plaque de plâtre BA13 2500x1200", "12", "8,40", "100,80"],
        ["Déplacement et mise en service", "", "", "45,00"],
        ["Rail R48 3 m", "20", "2,96", "59,20"],
        ["Forfait évacuation des gravats", "", "", "120,00"],
    ]
    labels = ["Désignation", "Qté", "P.U. HT", "Montant"]
    page = table_page(
        MARCHAND_INVOICE, PRICED, labels, rows, _totals(320, "325,00", "65,00", "390,00")
    )
    lines = read_pages(page).lines
    got = [(li.description, li.quantity, li.line_total) for li in lines]
    assert got == [
        ("Plaque de plâtre BA13 2500x1200", "12", "100.80"),
        ("Déplacement et mise en service", None, "45.00"),
        ("Rail R48 3 m", "20", "59.20"),
        ("Forfait évacuation des gravats", None, "120.00"),
    ]
    assert all(li.confidence <= UNCONFIRMED_CAP for li in lines if li.quantity is None)


def test_a_row_of_one_amount_that_the_sum_does_not_need_is_no_item() -> None:
    rows = [
        ["Plaque de plâtre BA13 2500x1200", "12", "8,40", "100,80"],
        ["Rail R48 3 m", "20", "2,96", "59,20"],
        ["Reprise palette consignée", "", "", "15,00"],
    ]
    labels = ["Désignation", "Qté", "P.U. HT", "Montant"]
    page = table_page(
        MARCHAND_INVOICE, PRICED, labels, rows, _totals(300, "160,00", "32,00", "192,00")
    )
    assert [li.description for li in read_pages(page).lines] == [
        "Plaque de plâtre BA13 2500x1200",
        "Rail R48 3 m",
    ]


def test_a_delivery_notes_count_is_what_was_delivered_of_what_was_ordered() -> None:
    head = sender_head(
        "Marchand Matériaux SARL",
        "12 rue des Lilas, 44000 Nantes",
        "BON DE LIVRAISON",
        "BL n° 25-0931",
        "Date : 14/03/2025",
    )
    cols: list[float | RightAt] = [40, 120, RightAt(420), RightAt(480), RightAt(540)]
    rows = [
        ["PLA-1325", "Plaque de plâtre BA13", "40", "30", "10"],
        ["RAI-0048", "Rail R48 3 m", "20", "20", "0"],
        ["VIS-3525", "Vis TTPC 25 boîte de 1000", "6", "4", "2"],
    ]
    page = table_page(head, cols, ["Code", "Libellé", "Cdé", "Servi", "Solde"], rows)
    got = [(li.sku, li.description, li.quantity) for li in read_pages(page).lines]
    assert got == [
        ("PLA-1325", "Plaque de plâtre BA13", "30"),
        ("RAI-0048", "Rail R48 3 m", "20"),
        ("VIS-3525", "Vis TTPC 25 boîte de 1000", "4"),
    ]


def test_a_code_printed_on_a_row_of_its_own_under_its_item_is_its_code() -> None:
    rows = [
        ["Plaque de plâtre BA13 2500x1200 mm", "12", "8,40", "100,80"],
        ["Réf. fournisseur 62.62.79", "", "", ""],
        ["Rail R48 3 m", "20", "2,96", "59,20"],
        ["Réf. fournisseur 88.78.81", "", "", ""],
    ]
    labels = ["Désignation", "Qté", "P.U. HT", "Montant"]
    page = table_page(
        MARCHAND_INVOICE, PRICED, labels, rows, _totals(320, "160,00", "32,00", "192,00")
    )
    got = [g[:3] for g in line_tuples(read_pages(page))]
    assert got == [
        ("62.62.79", "Plaque de plâtre BA13 2500x1200 mm", "12"),
        ("88.78.81", "Rail R48 3 m", "20"),
    ]
