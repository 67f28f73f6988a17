"""Line tables read by structure, on whole documents: labels the reader has no word for,
numbers that sit off their labels, discount and line-number columns, codes in brackets,
delivery notes, tables continued on a page without a header, and tables with no header."""

from __future__ import annotations

import pytest

from extraction.result import ExtractionResult, LineItem
from tests.extraction.pages_for_tests import (
    Page,
    RightAt,
    Text,
    cells_at,
    header,
    printed,
    read,
    read_pages,
    right,
    table_rows,
)


def cells(li: LineItem) -> tuple[str | None, ...]:
    return (li.sku, li.description, li.quantity, li.unit, li.unit_price, li.line_total)


def taxed(li: LineItem) -> tuple[str | None, ...]:
    return (li.description, li.quantity, li.unit_price, li.line_total, li.tax_rate)


HEAD = [
    *printed("""
        40  40 14b Harbour Supplies Ltd
        40  60 10  12 Dock Road, Bristol BS1 5TR
        400 40 16b INVOICE
        400 70 10  Invoice No: INV-2291
        400 84 10  Date: 12/03/2025
    """),
]


def _priced_table(
    labels: list[tuple[float, str]],
    rows: list[tuple[str, ...]],
    columns: list[float | RightAt],
    total: tuple[str, str],
    total_y: float,
    step: float = 16,
) -> ExtractionResult:
    """``HEAD``, then a table's header at 200, its rows from 220, and the net total's label
    at x 400 with its amount in the last column."""
    body = header(200, labels) + table_rows(rows, columns, 220, step)
    last = columns[-1]
    assert isinstance(last, RightAt)
    body += [Text(400, total_y, total[0]), right(last.x, total_y, total[1])]
    return read(*HEAD, *body)


def test_labels_it_has_no_word_for_and_numbers_off_their_labels() -> None:
    # "Item Description" and "QTY/HR" name no column the header-word reader knows, and the
    # numbers are printed well right of their labels: the rows add up all the same
    labels = [(60, "Item Description"), (300, "QTY/HR"), (380, "UNIT PRICE"), (470, "TOTAL")]
    rows = [
        ("Installed new kitchen sink", "8", "90.00", "720.00"),
        ("Thermostat", "2", "45.50", "91.00"),
    ]
    columns: list[float | RightAt] = [60, RightAt(360), RightAt(450), RightAt(540)]
    result = _priced_table(labels, rows, columns, ("Subtotal", "811.00"), 290)
    assert [cells(li) for li in result.lines] == [
        (None, "Installed new kitchen sink", "8", None, "90.00", "720.00"),
        (None, "Thermostat", "2", None, "45.50", "91.00"),
    ]
    # the rows add up: how sure that makes them is fitted (extraction.calibration.lines),
    # but they are not held as doubtful
    assert all(li.confidence >= 0.8 for li in result.lines)


@pytest.mark.parametrize(
    ("labels", "rows", "columns", "total", "expected"),
    [
        pytest.param(
            [
                (40, "Description"),
                (300, "Quantité"),
                (370, "Prix unitaire"),
                (440, "Rem."),
                (500, "Prix HT"),
            ],
            [
                ("Nougat de l'Abbaye 250g", "20", "4,55 €", "10%", "81,90 €"),
                ("Huile d'olive à l'ancienne", "25", "19,80 €", "", "495,00 €"),
            ],
            [40, RightAt(340), RightAt(425), RightAt(470), RightAt(545)],
            ("Total HT", "576,90 €"),
            [
                ("Nougat de l'Abbaye 250g", "20", "4.55", "81.90", None),
                ("Huile d'olive à l'ancienne", "25", "19.80", "495.00", None),
            ],
            id="a discount column is told from a VAT rate by the arithmetic",
        ),
        pytest.param(
            # accounting software prints a "Taxes" column with the tax's name ("TVA 20%")
            [
                (40, "Description"),
                (290, "Quantité"),
                (350, "Prix unitaire"),
                (430, "Taxes"),
                (505, "Montant"),
            ],
            [
                ("Gants nitrile taille M", "12", "7,92", "TVA 20%", "95,04"),
                ("Café grains bio 1 kg", "3", "19,17", "5,5% G", "57,51"),
            ],
            [40, RightAt(330), RightAt(410), RightAt(475), RightAt(545)],
            ("Montant HT", "152,55 €"),
            [
                ("Gants nitrile taille M", "12", "7.92", "95.04", "20"),
                ("Café grains bio 1 kg", "3", "19.17", "57.51", "5.5"),
            ],
            id="taxes named in words give the rate and stay out of the description",
        ),
    ],
)
def test_a_column_between_price_and_amount_is_read_by_what_it_holds(
    labels: list[tuple[float, str]],
    rows: list[tuple[str, ...]],
    columns: list[float | RightAt],
    total: tuple[str, str],
    expected: list[tuple[str | None, ...]],
) -> None:
    result = _priced_table(labels, rows, columns, total, 280, step=18)
    assert [taxed(li) for li in result.lines] == expected


def test_a_delivery_note_gives_the_quantity_shipped_and_drops_the_line_numbers() -> None:
    head = [
        *printed("""
            40 40  14b Prairie Print Ltd
            40 90  14b DISPATCH NOTE
            40 110 10  Delivery Note No.: 4461971
        """),
    ]
    labels = [
        (50, "Line"),
        (80, "Part No."),
        (140, "Description"),
        (360, "Ordered"),
        (420, "Shipped"),
        (480, "U/M"),
    ]
    body = header(200, labels)
    rows = [
        ("1", "38.63.51", "Single wall carton", "14", "10", "ea"),
        ("2", "34.85.53", "Washed sharp sand 0/4", "16.12", "13.12", "t"),
    ]
    body += table_rows(rows, [RightAt(62), 80, 140, RightAt(400), RightAt(460), 480], 218, 15)
    result = read(*head, *body)
    assert result.doc_type == "delivery_note"
    assert [cells(li) for li in result.lines] == [
        ("38.63.51", "Single wall carton", "10", "ea", None, None),
        ("34.85.53", "Washed sharp sand 0/4", "13.12", "t", None, None),
    ]


def test_codes_in_brackets_and_quantities_written_in_the_description() -> None:
    body = header(
        200, [(40, "Beschreibung"), (360, "Preis"), (440, "USt. %"), (500, "Gesamtpreis")]
    )
    rows = [
        ("3 × [TUY-8090] PE-Xa Rohr 16 mm", "104,38", "20 %", "313,14"),
        ("12 × [LED-2670] LED-Röhre T8", "9,68", "20 %", "116,16"),
    ]
    body += table_rows(rows, [40, RightAt(400), RightAt(475), RightAt(555)], 220)
    body += [Text(40, 260, "Farbe: rot, Charge 57186")]  # wraps the second line's text
    body += [Text(360, 300, "Summe netto"), right(555, 300, "429,30")]
    result = read(*HEAD, *body)
    got = [(*cells(li), li.tax_rate) for li in result.lines]
    assert got == [
        ("TUY-8090", "PE-Xa Rohr 16 mm", "3", None, "104.38", "313.14", "20"),
        ("LED-2670", "LED-Röhre T8 Farbe: rot, Charge 57186", "12", None, "9.68", "116.16", "20"),
    ]


def _table_rows(start: int, count: int, y0: float) -> Page:
    out: Page = []
    for k in range(count):
        n = start + k
        y = y0 + 16 * k
        qty, price = n + 1, 2 * n + 1
        out += cells_at(
            y,
            [40, 110, RightAt(380), RightAt(460), RightAt(545)],
            [
                f"AB-{100 + n}",
                f"Article number {n}",
                str(qty),
                f"{price}.50",
                f"{qty * (price + 0.5):.2f}",
            ],
        )
    return out


def test_a_table_continued_on_a_page_without_a_header() -> None:
    labels = [(40, "Code"), (110, "Designation"), (340, "Qté"), (410, "P.U."), (500, "Montant")]
    first = [*HEAD, *header(200, labels), *_table_rows(0, 3, 220)]
    second = [Text(40, 40, "Page 2"), *_table_rows(3, 2, 80)]
    second += [Text(400, 130, "Total HT"), right(545, 130, "123.00")]
    result = read_pages(first, second)
    assert [li.sku for li in result.lines] == ["AB-100", "AB-101", "AB-102", "AB-103", "AB-104"]
    assert [li.page for li in result.lines] == [1, 1, 1, 2, 2]
    assert result.lines[4].quantity == "5" and result.lines[4].line_total == "47.50"


def test_a_table_with_no_header_is_taken_only_when_its_rows_add_up() -> None:
    rows = [("Consulting services", "2", "30.00", "60.00"), ("Document fee", "3", "10.00", "30.00")]
    body = table_rows(rows, [40, RightAt(330), RightAt(430), RightAt(540)], 220)
    result = read(*HEAD, *body)
    assert [(li.description, li.quantity, li.unit_price, li.line_total) for li in result.lines] == [
        ("Consulting services", "2", "30.00", "60.00"),
        ("Document fee", "3", "10.00", "30.00"),
    ]
    # the same grid of numbers that does not add up is not a line table
    wrong = [t if t.text not in ("60.00", "30.00") else right(540, t.y, "77.00") for t in body]
    assert read(*HEAD, *wrong).lines == []


def test_a_row_that_does_not_add_up_is_not_reported_as_sure() -> None:
    body = header(
        200, [(40, "Description"), (330, "Quantity"), (400, "Unit price"), (500, "Amount")]
    )
    rows = [("Bolts M8", "10", "1.20", "12.00"), ("Nuts M8", "10", "0.80", "9.00")]
    body += table_rows(rows, [40, RightAt(380), RightAt(450), RightAt(545)], 220)
    result = read(*HEAD, *body)
    assert [li.line_total for li in result.lines] == ["12.00", "9.00"]
    assert result.lines[1].confidence < 0.9


def _priced_rows(rows: list[tuple[str, ...]], y0: float) -> Page:
    """Rows of (text at x=40, [text at x=230,] price, amount): prices end at 470, amounts at 545."""
    out: Page = []
    for i, row in enumerate(rows):
        y = y0 + 16 * i
        *texts, price, total = row
        out += cells_at(y, [40, RightAt(470), RightAt(545)], [texts[0], price, total])
        if len(texts) > 1:
            out += [Text(230, y, texts[1])]
    return out


def test_digit_only_article_codes_and_two_labels_printed_close() -> None:
    # an EAN is a code, not a number; "Prix unit. HT" and "Montant HT" are printed so close
    # that they are one run of words, two labels all the same
    body = [
        *printed("""
            40   200 10b Description
            230  200 10b Code article
            380r 200 10  Qté
            470r 200 10  Prix unit. HT
            478  200 10  Montant HT
        """),
    ]
    rows = [
        ("Filtre à huile", "4002237425711", "2", "60.76", "121.52"),
        ("Ruban adhésif PP brun", "4009413087991", "3", "1.14", "3.42"),
    ]
    body += table_rows(rows, [40, 230, RightAt(380), RightAt(470), RightAt(545)], 220)
    result = read(*HEAD, *body)
    assert [cells(li) for li in result.lines] == [
        ("4002237425711", "Filtre à huile", "2", None, "60.76", "121.52"),
        ("4009413087991", "Ruban adhésif PP brun", "3", None, "1.14", "3.42"),
    ]


def test_a_quantity_or_a_code_printed_in_the_description_cell() -> None:
    # the quantity before the text is taken only where quantity x price is the amount;
    # a code glued to the text is the code where the header names a code column
    head = [
        *printed("""
            40   200 10b Réf.
            110  200 10b Article
            470r 200 10  Prix
            545r 200 10  Montant
        """),
    ]
    body = _priced_rows(
        [
            ("4002237425711 Filtre à huile pour compresseur", "60.76", "121.52"),
            ("25 Tubo PEX 16 mm rotolo 100 m", "102.80", "2570.00"),
            ("6 ramette [33.96.87] Papier A4 80 g", "4.78", "28.68"),
            ("12 Sabbia lavata 0/4", "3.00", "45.00"),
        ],
        220,
    )
    result = read(*HEAD, *head, *body)
    assert [cells(li) for li in result.lines] == [
        ("4002237425711", "Filtre à huile pour compresseur", None, None, "60.76", "121.52"),
        (None, "Tubo PEX 16 mm rotolo 100 m", "25", None, "102.80", "2570.00"),
        ("33.96.87", "Papier A4 80 g", "6", "ramette", "4.78", "28.68"),
        # 12 x 3.00 is not 45.00: the number stays part of the text
        (None, "12 Sabbia lavata 0/4", None, None, "3.00", "45.00"),
    ]
    assert all(li.confidence < 0.9 for li in result.lines if li.quantity is None)


def test_of_two_columns_named_like_the_description_the_one_of_codes_is_the_code() -> None:
    # "Item" beside "Description" (small-business invoicing): the item column holds codes
    labels = [(40, "Item"), (130, "Description"), (330, "Qty"), (400, "Rate"), (490, "Amount")]
    rows = [
        ("GNT-1570", "Powder-free nitrile gloves size M", "12", "7.92", "95.04"),
        ("CAF-9097", "Organic coffee beans 1 kg", "3", "19.17", "57.51"),
    ]
    columns: list[float | RightAt] = [40, 130, RightAt(350), RightAt(430), RightAt(525)]
    result = _priced_table(labels, rows, columns, ("Subtotal", "152.55"), 280, step=18)
    assert [cells(li) for li in result.lines] == [
        ("GNT-1570", "Powder-free nitrile gloves size M", "12", None, "7.92", "95.04"),
        ("CAF-9097", "Organic coffee beans 1 kg", "3", None, "19.17", "57.51"),
    ]


def test_a_dotted_unit_label_names_the_unit_column() -> None:
    # labels are matched with their last dot stripped; "U.M." (unità di misura) is a unit
    # column, else its words are read into the description beside it (erp_grid, seed 43)
    from extraction.tables.vocabulary import label_role

    assert label_role("U.M.") == "unit"
    assert label_role("U.M") == "unit"


def _erp_item(y: float, pos: str, code: str, qty: str, price: str, per: str, amount: str) -> Page:
    """An ERP's item: position, code, "qty unit", price, "per qty unit" and amount on one
    row; the description on the row under it."""
    columns: list[float | RightAt] = [
        RightAt(60),
        92,
        RightAt(270),
        RightAt(380),
        RightAt(460),
        RightAt(553),
    ]
    return cells_at(y, columns, [pos, code, qty, price, per, amount])


def test_an_erp_table_with_discount_notes_prices_per_thousand_and_a_page_break() -> None:
    # the code on the item row and the description under it, a discount printed as a note
    # under some items (not the totals), a price for 1000 units, and the description of
    # the last item of page 1 carried over to page 2 above that page's first item
    labels = [(43, "Pos."), (92, "Article"), (231, "Qty Un"), (361, "Price"), (448, "Per")]
    head = [*header(200, [*labels, (520, "Amount")]), Text(92, 216, "Description", bold=True)]
    first = [*HEAD, *head]
    first += _erp_item(236, "10", "PNT2274D", "100 tin", "42.38", "1 tin", "4,132.05")
    first += [Text(92, 252, "Satin white gloss paint 2.5 L"), Text(92, 266, "Discount 2.5%")]
    first += _erp_item(282, "20", "CAB6586F", "3 m", "2.45", "1 m", "7.35")
    first += [Text(92, 298, "Flexible cable H05VV-F 3G1.5 mm2")]
    first += _erp_item(314, "30", "RUB7632F", "12 roll", "1,940.00", "1000 roll", "22.70")
    first += [Text(92, 330, "Brown PP packing tape 48 mm x 66 m"), Text(92, 344, "Discount 2.5%")]
    first += _erp_item(360, "40", "ETA3209C", "48 ea", "51.26", "1 ea", "2,460.48")
    second = [Text(40, 40, "Page 2"), *header(60, [*labels, (520, "Amount")])]
    second += [Text(92, 76, "Description", bold=True)]
    second += [Text(92, 94, "Galvanised steel shelving unit 5 shelves 1800x900x400")]
    second += _erp_item(110, "50", "FLT9810A", "24 ea", "31.12", "1 ea", "728.21")
    second += [Text(92, 126, "Oil filter for screw compressor"), Text(92, 140, "Discount 2.5%")]
    second += [Text(386, 170, "Total net amount"), right(553, 170, "7,350.77")]
    result = read_pages(first, second)
    assert [cells(li) for li in result.lines] == [
        ("PNT2274D", "Satin white gloss paint 2.5 L", "100", "tin", "42.38", "4132.05"),
        ("CAB6586F", "Flexible cable H05VV-F 3G1.5 mm2", "3", "m", "2.45", "7.35"),
        # 1,940.00 is the price of 1000 rolls, no unit price
        ("RUB7632F", "Brown PP packing tape 48 mm x 66 m", "12", "roll", None, "22.70"),
        (
            "ETA3209C",
            "Galvanised steel shelving unit 5 shelves 1800x900x400",
            "48",
            "ea",
            "51.26",
            "2460.48",
        ),
        ("FLT9810A", "Oil filter for screw compressor", "24", "ea", "31.12", "728.21"),
    ]


def test_a_delivery_note_with_lot_numbers_parcel_lines_and_shipment_details() -> None:
    # a lot number column between the description and the quantity, the unit printed in
    # the quantity's cell on most rows ("6 box") and apart on some, a parcel line over the
    # code and description columns above each item, and the shipment's details under the
    # table: none of them is part of an item
    head = [
        *printed("""
            40  40 14b Packaging Direct Ltd
            400 40 14b DELIVERY NOTE
            400 70 10  Delivery Note No.: 7755204
            400 84 10  Date: 20/04/2026
        """),
    ]
    labels = [(44, "Code"), (130, "Description"), (344, "Lot no.")]
    body = header(200, [*labels, (410, "Shipped"), (465, "Unit"), (500, "Weight (kg)")])
    rows = [
        ("06125-51", "A2 stainless countersunk screw 5x50", "L2642-909", "6 box", "", "161.4"),
        ("07428-26", "LED tube T8 18 W 1200 mm 4000 K", "L2622-984", "48 pcs", "", "254.4"),
        ("00113-90", "On-site technician call-out", "L2610-083", "829", "hr", "16497.1"),
        ("02381-74", "Satin white gloss paint 2.5 L", "L2611-585", "6", "tin", "157.2"),
    ]
    columns: list[float | RightAt] = [44, 130, 344, RightAt(456), 465, RightAt(552)]
    for i, row in enumerate(rows):
        y = 222 + 30 * i
        body.append(Text(44, y, f"Parcel {i + 1}/4 - SSCC 31653638213716166{i} - 565 kg"))
        body += table_rows([row], columns, y + 14)
    body += [Text(50, 370, "Forwarder -"), Text(119, 370, "Kuehne + Nagel")]
    body += [Text(50, 384, "Pallets -"), Text(119, 384, "2")]
    body += [Text(50, 398, "Gross weight -"), Text(119, 398, "9467.7 kg")]
    result = read(*head, *body)
    assert [(li.sku, li.description, li.quantity, li.unit) for li in result.lines] == [
        ("06125-51", "A2 stainless countersunk screw 5x50", "6", "box"),
        ("07428-26", "LED tube T8 18 W 1200 mm 4000 K", "48", "pcs"),
        ("00113-90", "On-site technician call-out", "829", "hr"),
        ("02381-74", "Satin white gloss paint 2.5 L", "6", "tin"),
    ]


def test_a_spreadsheet_setting_wrapped_text_at_the_bottom_of_tight_rows() -> None:
    # a spreadsheet prints a cell's wrapped lines above the row's numbers, 10.5 pt apart,
    # and the next cell 12.8 pt under the last: the lines between two item rows go to the
    # item below, though the gaps differ by a point and a half only
    body = header(
        200, [(43, "Code"), (128, "Libellé"), (300, "Qté"), (380, "Prix"), (500, "Total")]
    )
    lines = [
        (214.0, "", "Ruban adhésif PP brun 48 mm", "", "", ""),
        (224.5, "4004008654851", "x 66 m", "24", "1,00", "24,00"),
        (237.3, "", "Farine de seigle T130 sac 25", "", "", ""),
        (247.8, "", "kg", "", "", ""),
        (258.3, "4005978172591", "Conditionnement par 12", "3", "30,32", "90,96"),
        (271.1, "", "Chevron sapin traité classe 2", "", "", ""),
        (281.6, "4001948389791", "63x75 long. 4 m", "100", "8,13", "813,00"),
    ]
    columns: list[float | RightAt] = [43, 128, RightAt(330), RightAt(420), RightAt(553)]
    for y, *cells_ in lines:
        body += table_rows([cells_], columns, y)
    body += [Text(400, 310, "Total HT"), right(553, 310, "927,96")]
    result = read(*HEAD, *body)
    assert [(li.sku, li.description) for li in result.lines] == [
        ("4004008654851", "Ruban adhésif PP brun 48 mm x 66 m"),
        ("4005978172591", "Farine de seigle T130 sac 25 kg Conditionnement par 12"),
        ("4001948389791", "Chevron sapin traité classe 2 63x75 long. 4 m"),
    ]


def test_two_labels_in_one_header_cell_and_a_code_printed_after_a_date() -> None:
    # "PRIX   MONTANT" is one cell of the header, its two words set apart, and each names a
    # column; each row prints the date and the article's EAN too close to be two cells
    head = [
        *printed("""
            40  40 14b Ateliers Lambert SA
            400 40 14b COMMANDE
            400 70 10  Commande d'achat n° 3520263
            400 84 10  Date d'émission 31.01.2026
        """),
    ]
    body = header(200, [(43, "DATE"), (200, "DÉSIGNATION"), (399, "QUANTITÉ")])
    body += [Text(473, 200, "PRIX", bold=True), Text(504, 200, "MONTANT", bold=True)]
    rows = [
        ("30.01.2026 4005200580921", "Intervention technicien sur site", "1", "61.85", "61.85"),
        ("27.01.2026 4001863940681", "Peinture glycéro satinée 2,5 L", "4", "23.77", "95.08"),
        ("24.01.2026 4009033897031", "Gants nitrile taille M", "250", "14.37", "3'592.50"),
    ]
    columns: list[float | RightAt] = [43, 200, RightAt(450), RightAt(496), RightAt(553)]
    body += table_rows(rows, columns, 220)
    body += [Text(400, 290, "Total HT"), right(553, 290, "3'749.43")]
    result = read(*head, *body)
    assert [cells(li) for li in result.lines] == [
        ("4005200580921", "Intervention technicien sur site", "1", None, "61.85", "61.85"),
        ("4001863940681", "Peinture glycéro satinée 2,5 L", "4", None, "23.77", "95.08"),
        ("4009033897031", "Gants nitrile taille M", "250", None, "14.37", "3592.50"),
    ]


def test_a_quantity_before_the_text_and_a_discount_glued_to_the_vat_rate() -> None:
    # no quantity column: "5 x" starts each description; the discount and the VAT rate are
    # printed close enough to be one cell ("2,5 % 20 %") where the row has both
    labels = [(43, "Code"), (140, "Désignation"), (360, "Prix HT"), (420, "Rem. %")]
    body = header(200, [*labels, (468, "TVA"), (500, "Montant HT")])
    rows = [
        ("4006932519741", "5 x Abonnement maintenance logiciel", "1 598,57 €", "2,5 % 20 %"),
        ("4007640439451", "100 x Gants nitrile taille M", "6,21 €", "20 %"),
        ("4004142277631", "6 x Tube LED T8 18 W 120 cm", "9,60 €", "2,5 % 20 %"),
    ]
    totals = ["7 793,03 €", "621,00 €", "56,16 €"]
    columns: list[float | RightAt] = [43, 140, RightAt(405), RightAt(492)]
    body += table_rows(rows, columns, 220)
    body += [right(553, 220 + 16 * i, t) for i, t in enumerate(totals)]
    body += [Text(400, 290, "Total HT"), right(553, 290, "8 470,19 €")]
    result = read(*HEAD, *body)
    got = [(li.sku, *taxed(li)) for li in result.lines]
    assert got == [
        ("4006932519741", "Abonnement maintenance logiciel", "5", "1598.57", "7793.03", "20"),
        ("4007640439451", "Gants nitrile taille M", "100", "6.21", "621.00", "20"),
        ("4004142277631", "Tube LED T8 18 W 120 cm", "6", "9.60", "56.16", "20"),
    ]


def test_a_spreadsheet_row_with_position_and_article_number_before_the_last_text_line() -> None:
    # the position and the EAN start the row that carries the numbers; the first lines of
    # the description sit above it, the first of them right under the header
    body = header(200, [(89, "N°"), (176, "Désignation"), (330, "Qté"), (416, "Prix")])
    body += [Text(500, 200, "Montant", bold=True)]
    lines = [
        (214.0, "", "Intervention technicien sur", "", "", ""),
        (224.5, "1 4004094139931", "site", "3", "57,62", "172,86"),
        (239.0, "", "Tube LED T8 18 W 120", "", "", ""),
        (249.5, "2 4004676423831", "cm 4000 K", "50", "9,67", "483,50"),
    ]
    columns: list[float | RightAt] = [89, 176, RightAt(349), RightAt(441), RightAt(554)]
    for y, *cells_ in lines:
        body += table_rows([cells_], columns, y)
    body += [Text(400, 280, "Total HT"), right(554, 280, "656,36")]
    result = read(*HEAD, *body)
    assert [(li.sku, li.description, li.quantity) for li in result.lines] == [
        ("4004094139931", "Intervention technicien sur site", "3"),
        ("4004676423831", "Tube LED T8 18 W 120 cm 4000 K", "50"),
    ]


def test_a_vat_summary_under_the_items_and_currency_signs_set_apart() -> None:
    # each amount's currency sign flush left in a column of its own, a discount with the
    # sign after it ("5% €"), and a summary of labels then amounts under the table: the
    # summary's amounts line up with the item columns but are no item row
    labels = [(43, "Code"), (120, "Description"), (300, "Qty UoM"), (400, "Price")]
    body = header(200, [*labels, (450, "Discount"), (530, "Total")])
    rows = [
        ("4009474330061", "Satin white gloss paint 2.5 L", "50.00 tin", "€", "23.15", "5% €"),
        ("4005243520861", "LED tube T8 18 W 1200 mm", "48.00 pcs", "€", "14.97", "2.5% €"),
        ("4005804921791", "Nitrile gloves size M", "4.00 box", "€", "13.01", "€"),
    ]
    columns: list[float | RightAt] = [43, 120, RightAt(345), 379, RightAt(437), RightAt(491)]
    body += table_rows(rows, columns, 220)
    body += [right(554, 220 + 16 * i, t) for i, t in enumerate(["1099.63", "700.60", "52.04"])]
    body += cells_at(290, [74, 316, 491], ["Net HT", "VAT 20%", "Total"])
    body += cells_at(
        304, [RightAt(129), RightAt(372), RightAt(552)], ["1852.27", "370.45", "2222.72"]
    )
    result = read(*HEAD, *body)
    got = [(li.sku, li.quantity, li.unit, li.unit_price, li.line_total) for li in result.lines]
    assert got == [
        ("4009474330061", "50", "tin", "23.15", "1099.63"),
        ("4005243520861", "48", "pcs", "14.97", "700.60"),
        ("4005804921791", "4", "box", "13.01", "52.04"),
    ]


def test_a_long_description_printed_into_the_next_column_of_codes() -> None:
    # on the second row the description runs so close to the budget code that both are
    # one run of words; the other rows print the code apart, where its column starts
    labels = [(43, "Désignation"), (189, "Imputation"), (320, "Qté"), (380, "Prix")]
    body = header(200, [*labels, (480, "Montant HT")])
    rows = [
        ("Sable de Loire 0/4 lavé", "21-6175-960", "622", "56,37", "35062,14"),
        ("Étagère métallique galvanisée 5", "011-6114-345", "24", "85,31", "2047,44"),
        ('Clé dynamométrique 1/2"', "011-6288-357", "1", "149,76", "149,76"),
    ]
    columns: list[float | RightAt] = [43, 189, RightAt(340), RightAt(419), RightAt(554)]
    body += table_rows(rows, columns, 220)
    body += [Text(400, 290, "Total HT"), right(554, 290, "37259,34")]
    result = read(*HEAD, *body)
    assert [(li.sku, li.description, li.quantity) for li in result.lines] == [
        (None, "Sable de Loire 0/4 lavé", "622"),
        (None, "Étagère métallique galvanisée 5", "24"),
        (None, 'Clé dynamométrique 1/2"', "1"),
    ]
