"""Line rows of tables whose layout no sample printed: a description wrapped above the row
that prints its numbers, where the structure reader took each first line for a section's
title and dropped it."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read_pages, right

SENDER = [
    Text(60, 50, "Dunmore Logistics Inc.", 12, bold=True),
    Text(60, 66, "290 Main Street, Portland, OR 97204"),
    Text(440, 50, "TAX INVOICE", 12, bold=True),
    Text(440, 70, "No. IN.25.5027"),
    Text(440, 84, "Date 3/16/2025"),
]


def test_a_description_wrapped_above_its_numbers_keeps_its_first_line() -> None:
    """Each item prints its description's first line, then a second line beside the item's
    numbers; the items are set further apart than the two lines of one. The first lines
    are no sections' titles: each stays in its item's description."""
    items = [
        ("Flexible cable H05VV-F 3G1.5 mm2", "Packed in 12s", "358.2", "3.28", "1,174.90"),
        ("Rye flour T130 25 kg sack", "Serial no. SN5077812", "1", "27.75", "27.75"),
        ("Brown PP packing tape 48 mm x 66 m", "Packed in 6s", "6", "2.52", "15.12"),
        ("Oil filter for screw compressor", "Serial no. SN266212", "12", "67.89", "814.68"),
        ("Software maintenance (12 months)", "Packed in 6s", "20", "2,060.07", "41,201.40"),
        ("Washed sharp sand 0/4", "Serial no. SN396956", "789.5", "56.07", "44,267.27"),
    ]
    page = [
        *SENDER,
        Text(114, 300, "Product", 8, bold=True),
        Text(347, 300, "Quantity", 8, bold=True),
        Text(425, 300, "Unit Price", 8, bold=True),
        Text(519, 300, "Ext. Price", 8, bold=True),
    ]
    y = 316.0
    for first, second, qty, price, total in items:
        page += [
            Text(114, y, first, 8),
            Text(114, y + 13, second, 8),
            right(379, y + 13, qty, 8),
            right(461, y + 13, price, 8),
            right(553, y + 13, total, 8),
        ]
        y += 30
    page += [Text(332, y + 10, "NET TOTAL", 8), right(553, y + 10, "87,501.02", 8)]
    lines = read_pages(page).lines
    assert [(li.description, li.quantity, li.line_total) for li in lines] == [
        (f"{first} {second}", qty, total.replace(",", ""))
        for first, second, qty, _price, total in items
    ]
