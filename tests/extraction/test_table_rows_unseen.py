"""Line rows of tables whose layout no sample printed: a description wrapped above the row
that prints its numbers, where the structure reader took each first line for a section's
title and dropped it; a scan whose OCR set a quantity so close to its price that the two
read as one amount with a thousands group."""

from __future__ import annotations

from extraction.layout import build_layout
from extraction.lines import extract_lines
from extraction.result import ExtractionResult, PageResult, Word
from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed, read_pages, right
from tests.extraction.scans_for_tests import placed_rows

SENDER = [
    *printed("""
        60  50 12b Dunmore Logistics Inc.
        60  66 10  290 Main Street, Portland, OR 97204
        440 50 12b TAX INVOICE
        440 70 10  No. IN.25.5027
        440 84 10  Date 3/16/2025
    """),
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
        *printed("""
            114 300 8b Product
            347 300 8b Quantity
            425 300 8b Unit Price
            519 300 8b Ext. Price
        """),
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


def test_a_quantity_ocr_set_close_to_its_price_is_no_thousands_group() -> None:
    """A scan whose OCR set each quantity 3 pt from the price after it, in one run of words
    with the VAT rate ("20 125.00 20 %"): read as one amount "20 125.00", the quantity was
    lost and the row's columns changed places; apart, quantity x price is the amount."""
    items = [
        ("Oil filter", "20", "125.00", "2,500.00"),
        ("Wall carton", "4", "12.50", "50.00"),
        ("Rye flour", "20", "310.40", "6,208.00"),
        ("Paint tin", "3", "18.20", "54.60"),
        ("Sand bag", "6", "9.75", "58.50"),
    ]
    rows = [[("Description", 60, 126), ("Qty", 330, 348), ("Price", 370, 400), ("VAT", 420, 438)]]
    rows[0].append(("Amount", 490, 526))
    for desc, qty, price, total in items:
        row, x = [], 60.0
        for part in desc.split():
            row.append((part, x, x + 5 * len(part)))
            x += 5 * len(part) + 4
        end = 361 + 5 * len(price)
        row += [
            (qty, 358 - 5 * len(qty), 358),
            (price, 361, end),
            ("20", end + 3, end + 13),
            ("%", end + 15, end + 20),
            (total, 530 - 5 * len(total), 530),
        ]
        rows.append(row)
    words = placed_rows(rows)
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    result = ExtractionResult(doc_type="invoice", language="en", pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)])
    assert [(li.quantity, li.unit_price, li.line_total) for li in result.lines] == [
        (qty, price, total.replace(",", "")) for _d, qty, price, total in items
    ]


def test_a_delivery_note_reads_the_quantity_delivered_and_the_unit_set_beside_it() -> None:
    """A delivery note prints the quantity ordered ("Qté cdée"), the quantity delivered and
    the quantity left to deliver, and its unit column so close to the last that each unit
    reads in the same cell ("0 rouleau"): the line's quantity is the one delivered, its unit
    the word under "U."."""
    items = [
        ("ETQ-380", "Étiquettes thermiques 100x150 mm", "5", "3", "2", "rouleau"),
        ("GNT-5784", "Gants nitrile non poudrés taille M", "25", "25", "0", "boîte"),
        ("ETA-6209", "Étagère métallique galvanisée", "4", "4", "0", "pce"),
        ("BOI-8120", "Chevron sapin traité 63x75", "20", "15", "5", "m"),
    ]
    page = [
        *printed("""
            40  40  14b Fournitures du Val SARL
            380 40  14b BON DE LIVRAISON
            380 62  10  BL n° BL-2025-0412
            380 76  10  Date : 13/03/2025
            40  220 9b  Réf.
            100 220 9b  Article
            330 220 9b  Qté cdée
            385 220 9b  Qté livrée
            440 220 9b  Reste à livrer
            508 220 9b  U.
        """),
    ]
    for i, (sku, desc, ordered, shipped, left, unit) in enumerate(items):
        y = 238 + 15 * i
        page += cells_at(
            y,
            [40, 100, RightAt(368), RightAt(425), RightAt(503), 508],
            [sku, desc, ordered, shipped, left, unit],
            9,
        )
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.unit) for li in lines] == [
        (sku, shipped, unit) for sku, _d, _o, shipped, _left, unit in items
    ]


def test_a_wrapped_line_ocr_set_nearly_an_items_pitch_below_stays_with_its_item() -> None:
    """A delivery note's scan: OCR sets the wrapped line of an item ("Packed in 12s")
    6.4 pt under it where two items are 7.5 pt apart. That is no section's title: the line
    stays in the description of the item above it."""
    items = [
        ("Soluble cutting oil 20 L drum", "48", "1704", None),
        ("Rye flour T130 25 kg sack", "6", "39.6", None),
        ("Treated softwood batten 63x75", "50", "1850", "Packed in 12s"),
        ("On-site technician call-out", "637", "4013.1", None),
        ("Torque wrench 1/2 in", "250", "8525", "Serial no. SN2193012"),
        ("Flexible cable 3G1.5 mm2", "145", "5307", None),
    ]
    words = [
        Word(text=t, bbox=(x0, 257, x1, 265), confidence=0.96, source="ocr")
        for t, x0, x1 in (("Product", 43, 75), ("Delivered", 447, 486), ("Weight", 520, 553))
    ]
    y = 274.0
    for desc, qty, weight, wrap in items:
        x = 43.0
        for part in desc.split():
            words.append(
                Word(
                    text=part, bbox=(x, y, x + 5 * len(part), y + 9), confidence=0.95, source="ocr"
                )
            )
            x += 5 * len(part) + 4
        words.append(
            Word(text=qty, bbox=(486 - 5 * len(qty), y, 486, y + 9), confidence=0.96, source="ocr")
        )
        words.append(
            Word(
                text=weight,
                bbox=(553 - 5 * len(weight), y, 553, y + 9),
                confidence=0.96,
                source="ocr",
            )
        )
        y += 9 + 7.5
        if wrap:
            y -= 7.5 - 6.4
            x = 43.0
            for part in wrap.split():
                words.append(
                    Word(
                        text=part,
                        bbox=(x, y, x + 5 * len(part), y + 6),
                        confidence=0.95,
                        source="ocr",
                    )
                )
                x += 5 * len(part) + 4
            y += 6 + 9.2
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    result = ExtractionResult(doc_type="delivery_note", language="en", pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)])
    assert [(li.description, li.quantity) for li in result.lines] == [
        (f"{desc} {wrap}" if wrap else desc, qty) for desc, qty, _w, wrap in items
    ]


def test_a_quantity_under_a_tight_header_label_is_cut_from_the_code_and_text() -> None:
    """A Spanish invoice sets its line number, quantity and reference under "N.º Cant.
    Ref." with no column gap, so each quantity reads at the start of the code's or the
    description's cell ("24 RUB9501C Cinta ..."), and a discount it does not print keeps
    the arithmetic from saying so: the number under "Cant." is the quantity."""
    items = [
        ("35,43", "CAF4195E", "Café en grano ecológico", "22,40", "714,27"),
        ("24", "RUB9501C", "Cinta de embalar marrón", "0,82", "19,68"),
        ("10", "VIS8718D", "Tornillo inox A2 avellanado", "25,19", "226,71"),
        ("48", "GNT9896A", "Guantes de nitrilo talla M", "14,56", "698,88"),
    ]
    page = [
        *printed("""
            40  40  14b Suministros Ibéricos S.L.
            380 40  14b FACTURA
            380 62  10  Factura n.º F-2025-0311
            380 76  10  Fecha: 12/03/2025
            44  300 9b  N.º
            70  300 9b  Cant.
            109 300 9b  Ref.
            178 300 9b  Descripción
            440 300 9b  Precio unit.
            523 300 9b  Total
        """),
    ]
    for i, (qty, sku, desc, price, total) in enumerate(items):
        y = 318 + 15 * i
        page += cells_at(
            y,
            [55, RightAt(100.9), 108.9, 178, RightAt(488), RightAt(552)],
            [str(i + 1), qty, sku, desc, price, total],
            9,
        )
    lines = read_pages(page).lines
    assert [(li.quantity, li.sku, li.description) for li in lines] == [
        (qty.replace(",", "."), sku, desc) for qty, sku, desc, _p, _t in items
    ]
    assert all(li.confidence < 0.9 for li in lines)  # no arithmetic confirms them


def test_codes_under_an_item_number_label_are_the_codes() -> None:
    """A packing list labels its code column "Item no." (a line number's label) and prints
    dotted codes in it ("97.86.73"): a column of codes is the code column."""
    items = [
        ("97.86.73", "Treated softwood batten 63x75 4 m", "354", "354"),
        ("51.18.83", "Galvanised steel shelving unit", "10", "10"),
        ("53.92.10", "Software maintenance subscription", "100", "100"),
        ("22.07.41", "Oil filter for screw compressor", "12", "8"),
    ]
    page = [
        *printed("""
            45  40  14b Northwind Supplies Limited
            380 40  14b PACKING LIST
            380 62  10  Delivery note DN-55120
            380 76  10  Date 12/03/2026
            45  300 9b  Item no.
            110 300 9b  Description
            400 300 9b  Ordered
            470 300 9b  Shipped
        """),
    ]
    for i, (code, desc, ordered, shipped) in enumerate(items):
        y = 318 + 15 * i
        page += cells_at(
            y, [45, 110, RightAt(433), RightAt(503)], [code, desc, ordered, shipped], 9
        )
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.quantity) for li in lines] == [
        (code, desc, shipped) for code, desc, _o, shipped in items
    ]
