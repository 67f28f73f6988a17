"""Line tables found by their geometry and arithmetic alone (``extraction.tables.grid_*``):
no header row, the price printed before the quantity, thousands set apart by a space.
Each page is drawn whole and read through ``extract_bytes``."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    MARCHAND_INVOICE,
    RightAt,
    Text,
    printed,
    read_pages,
    table_rows,
)

SENDER = MARCHAND_INVOICE
# code, description, unit price, quantity, amount: the price first, no header above
ITEMS = [
    ("VIS-5050", "Vis inox A2 tête fraisée 5x50", "12,50", "40", "500,00"),
    ("GNT-0042", "Gants nitrile non poudrés taille M", "8,40", "250", "2 100,00"),
    ("CAB-3015", "Câble souple H05VV-F 3G1,5", "1,85", "100", "185,00"),
]
COLUMNS: list[float | RightAt] = [43, 113, RightAt(380), RightAt(440), RightAt(520)]
WANT = [
    ("VIS-5050", "Vis inox A2 tête fraisée 5x50", "40", "12.50", "500.00"),
    ("GNT-0042", "Gants nitrile non poudrés taille M", "250", "8.40", "2100.00"),
    ("CAB-3015", "Câble souple H05VV-F 3G1,5", "100", "1.85", "185.00"),
]


def _totals(net: str) -> list[Text]:
    return printed(f"""
    330 420 10 Total HT
    480 420 10 {net} €
    330 436 10 TVA 20 %
    480 436 10 557,00 €
    330 452 10 Total TTC
    480 452 10 3 342,00 €
""")


def _read(net: str) -> list[tuple[tuple[str | None, ...], float]]:
    page = [*SENDER, *table_rows(ITEMS, COLUMNS, 220, step=14, size=9), *_totals(net)]
    return [
        ((li.sku, li.description, li.quantity, li.unit_price, li.line_total), li.confidence)
        for li in read_pages(page).lines
    ]


def test_a_headerless_table_with_the_price_first_is_read_by_its_arithmetic() -> None:
    """The price prints cents, the quantity none: which of the two multiplying columns is
    the price is told by print, not by its place before the quantity."""
    got = _read("2 785,00")
    assert [row for row, _conf in got] == WANT


def test_rows_the_printed_net_does_not_confirm_are_held_for_a_clerk() -> None:
    """The net printed under the rows is not their sum: no row is shown as sure."""
    got = _read("2 885,00")
    assert [row for row, _conf in got] == WANT
    assert all(conf < 0.9 for _row, conf in got)
