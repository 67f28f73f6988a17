"""Line tables as ERPs print them, read whole (issue 20, rows23): a delivery note whose
packing and parcel count sit between the text and the counts, and a confirmation that
prints a gross price, a discount and the net price before the line amount."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    MARCHAND_INVOICE,
    RightAt,
    read_pages,
    sender_head,
    table_page,
)


def test_a_packing_column_is_neither_text_nor_quantity_on_a_delivery_note() -> None:
    head = sender_head(
        "Marchand Matériaux SARL",
        "12 rue des Lilas, 44000 Nantes",
        "BON DE LIVRAISON",
        "BL n° 25-0932",
        "Date : 14/03/2025",
    )
    cols: list[float | RightAt] = [40, 110, 290, RightAt(400), RightAt(460), RightAt(520)]
    cols += [RightAt(570)]
    rows = [
        ["PLA-1325", "Plaque de plâtre BA13", "Palette", "2", "40", "30", "10"],
        ["RAI-0048", "Rail R48 3 m", "Botte de 10", "1", "20", "20", "-"],
        ["VIS-3525", "Vis TTPC 25", "Carton de 6", "1", "6", "4", "2"],
    ]
    labels = ["Code stock", "Désignation article", "Colisage", "Nb colis", "Cdé"]
    labels += ["Qté livrée", "Reliquat"]
    page = table_page(head, cols, labels, rows)
    got = [(li.sku, li.description, li.quantity, li.unit_price) for li in read_pages(page).lines]
    assert got == [
        ("PLA-1325", "Plaque de plâtre BA13", "30", None),
        ("RAI-0048", "Rail R48 3 m", "20", None),
        ("VIS-3525", "Vis TTPC 25", "4", None),
    ]


def test_the_unit_price_is_the_gross_one_when_a_discount_and_a_net_price_are_printed() -> None:
    cols: list[float | RightAt] = [40, RightAt(330), RightAt(390), RightAt(440)]
    cols += [RightAt(490), RightAt(550)]
    rows = [
        ["Plaque de plâtre BA13 2500x1200", "12,00", "8,4000", "10 %", "7,5600", "90,72"],
        ["Rail R48 3 m", "20,00", "2,9600", "", "2,9600", "59,20"],
        ["Vis TTPC 25 boîte de 1000", "4,00", "18,5000", "20 %", "14,8000", "59,20"],
    ]
    labels = ["Désignation", "Qté", "Prix brut", "Remise", "Prix net", "Montant HT"]
    page = table_page(MARCHAND_INVOICE, cols, labels, rows)
    got = [(li.quantity, li.unit_price, li.line_total) for li in read_pages(page).lines]
    assert [(q, str(float(p)) if p else p, t) for q, p, t in got] == [
        ("12", "8.4", "90.72"),
        ("20", "2.96", "59.20"),
        ("4", "18.5", "59.20"),
    ]
