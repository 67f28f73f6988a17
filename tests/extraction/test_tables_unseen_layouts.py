"""Line tables printed in ways no reader was written for (``samples.wild.retable``): no
caption row, or captions of words no vocabulary holds, the columns in the sender's order,
descriptions wrapped in a narrow column. The rows and the columns' roles come from the
cells' content and the rows' arithmetic, never from a known caption or a known order."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    RightAt,
    Text,
    cells_at,
    printed,
    read_pages,
    right,
    table_rows,
)

HEAD = printed("""
    43  50  12b Ateliers Roux SARL
    43  66  10  8 avenue Foch, 75016 Paris
    400 50  12b FACTURE
    400 70  10  N° FA-2026-0311
    400 84  10  Date : 12/03/2026
    43  120 10  Client : Quincaillerie Dumas, 14 rue des Forges, 69003 Lyon
""")


def _rows(items: list[tuple[list[str], list[str]]], columns: list[float | RightAt]) -> list[Text]:
    """Each item's row at the table's columns, then its wrapped lines under its text
    column (the second one), 12 pt apart; items follow one another."""
    text_x = columns[1]
    assert not isinstance(text_x, RightAt)
    out: list[Text] = []
    y = 220.0
    for cells, wrapped in items:
        out += cells_at(y, columns, cells)
        for line in wrapped:
            y += 12
            out.append(Text(text_x, y, line))
        y += 16
    return out


def test_a_description_wrapped_over_lines_holding_numbers_keeps_them() -> None:
    """A narrow text column wraps each description over four lines, some of which hold a
    number ("16 mm", "180x90x40", "1 kg"); no caption row. Each of those lines starts where
    the item's text does and ends no number where a number column does: the item's own
    text, not the end of the table (read so, the table stopped at the first of them)."""
    columns: list[float | RightAt] = [43, 150, RightAt(330), RightAt(420), RightAt(520)]
    items = [
        (
            ["4000394510541", "Étagère", "2", "128,67", "257,34"],
            ["métallique", "galvanisée 5", "plateaux", "180x90x40"],
        ),
        (["4005215512001", "Tuyau PER nu", "12", "129,65", "1 555,80"], ["16 mm", "couronne 100"]),
        (["4003076937351", "Café grains", "4", "22,65", "90,60"], ["bio Honduras", "1 kg"]),
        (["4008780286511", "Vis inox A2", "100", "26,44", "2 644,00"], ["tête fraisée", "5x50"]),
    ]
    lines = read_pages([*HEAD, *_rows(items, columns)]).lines
    assert [li.description for li in lines] == [
        "Étagère métallique galvanisée 5 plateaux 180x90x40",
        "Tuyau PER nu 16 mm couronne 100",
        "Café grains bio Honduras 1 kg",
        "Vis inox A2 tête fraisée 5x50",
    ]
    assert [li.line_total for li in lines] == ["257.34", "1555.80", "90.60", "2644.00"]
    assert all(li.confidence < 0.9 for li in lines)


def test_columns_in_the_senders_order_take_their_roles_from_their_cells() -> None:
    """Made-up captions over a unit column first, the price before the amount and the
    count after the code, the text last. The units are units of the closed set wherever
    they stand; quantity x price reads the same both ways round, and the column printed
    with its cents on every row is the price ("456,25" of a length is a count)."""
    rows = [
        ["pot", "51,46", "1 029,20", "PNT9035E", "20", "Peinture glycéro satinée 2,5 L"],
        ["m", "2,56", "1 168,00", "CAB7618F", "456,25", "Câble souple H05VV-F 3G1,5"],
        ["pce", "31,66", "31,66", "FLT6531A", "1", "Filtre à huile pour compresseur"],
        ["boîte", "8,10", "121,50", "GNT8424F", "15", "Gants nitrile non poudrés taille M"],
    ]
    columns: list[float | RightAt] = [43, RightAt(140), RightAt(210), 230, RightAt(330), 345]
    page = [
        *HEAD,
        *printed("""
            43  200 10b Rubr.
            110 200 10b Zone
            180 200 10b Val.
            230 200 10b Indic.
            300 200 10b Cpt
            345 200 10b Case
        """),
        *[t for k, r in enumerate(rows) for t in cells_at(220 + 16 * k, columns, r)],
    ]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.unit, li.unit_price, li.line_total) for li in lines] == [
        ("PNT9035E", "20", "pot", "51.46", "1029.20"),
        ("CAB7618F", "456.25", "m", "2.56", "1168.00"),
        ("FLT6531A", "1", "pce", "31.66", "31.66"),
        ("GNT8424F", "15", "boîte", "8.10", "121.50"),
    ]


def test_rows_with_a_discount_no_column_prints_are_still_items() -> None:
    """Captions of made-up words over a table that runs onto a second page; on the first,
    the amount is quantity x price on two rows and less a discount the sender took off
    without a column on the others ("1 | 16,96 | 16,11"). Every amount is at most
    quantity x price and at least half of it: the first page's rows are items too (held
    below the auto-accept threshold), not a list of numbers to leave out while the second
    page's are read."""
    first = [
        ["20", '00366-85 Clé dynamométrique 1/2" 40-200 Nm', "141,58", "2 831,60"],
        ["1", "04559-64 Vis inox A2 tête fraisée 5x50", "16,96", "16,11"],
        ["5", "07276-36 Filtre à huile pour compresseur à vis", "68,47", "308,12"],
        ["250", "04161-95 Papier reprographie A4 80 g", "7,35", "1 837,50"],
        ["6", "01465-74 Vis inox A2 tête fraisée 5x50", "9,11", "49,19"],
    ]
    second = [
        ["3", "03392-44 Caisse carton simple cannelure", "1,66", "4,98"],
        ["10", "08126-50 Ruban adhésif PP brun 48 mm", "2,81", "28,10"],
    ]
    columns: list[float | RightAt] = [RightAt(70), 90, RightAt(420), RightAt(520)]
    page_one = [
        *HEAD,
        *cells_at(200, columns, ["Val.", "Slot", "Data", "Tag"]),
        *_rows([(r, ["Packed in 6s"] if k % 2 == 0 else []) for k, r in enumerate(first)], columns),
    ]
    page_two = [t for k, r in enumerate(second) for t in cells_at(80 + 16 * k, columns, r)]
    lines = read_pages(page_one, page_two).lines
    assert [(li.quantity, li.unit_price, li.line_total) for li in lines] == [
        ("20", "141.58", "2831.60"),
        ("1", "16.96", "16.11"),
        ("5", "68.47", "308.12"),
        ("250", "7.35", "1837.50"),
        ("6", "9.11", "49.19"),
        ("3", "1.66", "4.98"),
        ("10", "2.81", "28.10"),
    ]
    assert all(li.confidence < 0.9 for li in lines[:5])


def test_numbers_that_break_the_discount_bound_are_no_items() -> None:
    """Rows of a count, a text and two numbers where one amount is more than count x
    price and none adds up exactly: no discount explains them, nothing says they are items
    (a list of parcels and weights), and no line is read."""
    rows = [
        ["3", "Colis palette A", "12,50", "80,00"],
        ["2", "Colis palette B", "14,00", "95,10"],
        ["4", "Colis palette C", "11,75", "20,00"],
    ]
    columns: list[float | RightAt] = [RightAt(70), 90, RightAt(420), RightAt(520)]
    page = [*HEAD, *[t for k, r in enumerate(rows) for t in cells_at(220 + 16 * k, columns, r)]]
    assert read_pages(page).lines == []


def test_a_rate_and_unit_in_one_cell_and_a_price_run_into_the_text() -> None:
    """The rate column set against the unit column ("20% bag" one cell), the price right
    aligned and run into the code and text after it ("21.90 USD [09911-14] Rye"), its
    description wrapped, the count last; one made-up caption. The rows line up by where
    their text starts after the price, and the rate and the unit are two cells."""
    rows = [
        ("20% bag", "21.90 USD", "[09911-14] Rye", ["flour T130 25 kg", "sack"], "262.80", "12"),
        ("20% ea", "210.95 USD", "[00520-51] Torque", ["wrench"], "5,273.75", "25"),
        ("20% hr", "56.23 USD", "[07926-22] On-site", ["technician call-out"], "1,124.60", "20"),
        ("20% box", "9.43 USD", "[06779-23] A2", ["stainless screw 5x50"], "452.64", "48"),
    ]
    page = [*HEAD, Text(230, 200, "Tag")]
    y = 220.0
    for rate_unit, price, text, wrapped, total, count in rows:
        page += [Text(59, y, rate_unit), right(200, y, price), Text(203, y, text)]
        page += [right(517, y, total), right(553, y, count)]
        for line in wrapped:
            y += 12
            page.append(Text(230, y, line))
        y += 18
    lines = read_pages(page).lines
    assert [(li.quantity, li.unit, li.unit_price, li.line_total) for li in lines] == [
        ("12", "bag", "21.90", "262.80"),
        ("25", "ea", "210.95", "5273.75"),
        ("20", "hr", "56.23", "1124.60"),
        ("48", "box", "9.43", "452.64"),
    ]


def test_a_discount_column_is_read_so_beside_a_charge_with_an_amount_only() -> None:
    """Made-up captions over a code, the text, the count, the price, a rate on some rows
    and the amount, and a carriage charge that prints its amount only. The rates are a
    discount (quantity x price less it is the amount on every row that has a price); the
    charge cannot be priced, so it is no evidence against that (read so, the rates were
    taken for VAT rates)."""
    rows = [
        ["TUY-3507", "Tuyau PER nu 16 mm couronne 100 m", "24", "77,91", "", "1 869,84"],
        ["ETA-2618", "Étagère métallique galvanisée", "20", "157,50", "5 %", "2 992,50"],
        ["LED-7380", "Tube LED T8 18 W 120 cm 4000 K", "250", "13,43", "", "3 357,50"],
        ["MNT-4546", "Intervention technicien sur site", "25", "56,33", "2,5 %", "1 373,04"],
        ["", "Port et emballage", "", "", "", "36,80"],
    ]
    columns: list[float | RightAt] = [
        43,
        110,
        RightAt(380),
        RightAt(430),
        RightAt(475),
        RightAt(553),
    ]
    page = [
        *HEAD,
        *printed("""
            43  200 10b Zone
            110 200 10b Rubr.
            350 200 10b Cpt
            400 200 10b Val.
            450 200 10b Pt
            520 200 10b Case
        """),
        *table_rows(rows, columns, 220),
    ]
    lines = read_pages(page).lines
    priced = [li for li in lines if li.unit_price is not None]
    assert [(li.sku, li.quantity, li.unit_price, li.line_total) for li in priced] == [
        ("TUY-3507", "24", "77.91", "1869.84"),
        ("ETA-2618", "20", "157.50", "2992.50"),
        ("LED-7380", "250", "13.43", "3357.50"),
        ("MNT-4546", "25", "56.33", "1373.04"),
    ]
    assert "5" not in [li.tax_rate for li in lines] and "2.5" not in [li.tax_rate for li in lines]


def test_codes_are_no_description_beside_one_word_first_lines() -> None:
    """Made-up captions; the code first, the amount, the price, the count and its unit,
    then a narrow description column whose first line holds one word on each row and
    wraps the rest under it. The short words are no unit column (the units are beside the
    counts), and the codes are no description: the words are."""
    columns: list[float | RightAt] = [43, RightAt(164), RightAt(263), RightAt(326), 350]
    items = [
        (["CAF-7587", "541.44", "22.56", "24 kg", "Organic"], ["coffee beans Honduras"]),
        (["PAP-5518", "7.89", "7.89", "1 ream", "A4"], ["copier paper 80 gsm"]),
        (["LED-8791", "33.00", "11.00", "3 pcs", "LED"], []),
    ]
    page = [*HEAD, *cells_at(200, columns, ["Data", "Fld", "Val.", "Slot", "Box"])]
    y = 220.0
    for cells, wrapped in items:
        page += cells_at(y, columns, cells)
        for line in wrapped:
            y += 12
            page.append(Text(350, y, line))
        y += 18
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.quantity, li.unit) for li in lines] == [
        ("CAF-7587", "Organic coffee beans Honduras", "24", "kg"),
        ("PAP-5518", "A4 copier paper 80 gsm", "1", "ream"),
        ("LED-8791", "LED", "3", "pcs"),
    ]
