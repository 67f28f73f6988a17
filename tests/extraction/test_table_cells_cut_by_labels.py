"""Cells the page's gaps do not part, and numbers that read two ways: a count printed
close before its text under the count's label, an amount cut at its thousands ("1" |
"025,93 €"), a price of three decimals ("1,742"), the VAT table under the items in
Italian, and a page footer's lone number. Each page is drawn whole and read through
``extract_bytes``."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extraction.pages_for_tests import (
    RightAt,
    Text,
    header,
    letterhead,
    printed,
    read_pages,
    right,
    table_rows,
)


def _w(text: str, size: float = 9) -> float:
    return stringWidth(text, "Helvetica", size)


def test_counts_printed_close_before_their_text_are_cut_under_their_label() -> None:
    """A delivery note's "Shipped  Details  U/M": the count right-aligned 8 pt before the
    text, under its label, one segment with it on rows whose numbers are wide."""
    items = [
        ("48", "Galvanised steel shelving unit 5 shelves", "ea"),
        ("6", "PEX pipe 16 mm 100 m coil", "coil"),
        ("48", "Powder-free nitrile gloves size M", "box"),
        ("20", "Rye flour T130 25 kg sack", "bag"),
        ("150", "Organic coffee beans Honduras 1 kg", "kg"),
    ]
    page = [
        Text(43, 50, "Pennine Fasteners Limited", 12, bold=True),
        Text(43, 66, "Delivery Note", 12, bold=True),
        Text(43, 84, "DN No. SHP.24.6865   Date 25/08/2024"),
        Text(43, 120, "Deliver to: Print Direct Ltd, 109 Church Road, Bristol BS1 5TR"),
        *header(250, [(73, "Shipped"), (117, "Details"), (511, "U/M")], 9),
    ]
    y = 266.0
    for qty, desc, unit in items:
        page += [right(109, y, qty, 9), Text(113, y, desc, 9), Text(511, y, unit, 9)]
        y += 14
    lines = read_pages(page).lines
    assert [(li.quantity, li.description, li.unit) for li in lines] == items


def test_the_vat_table_under_the_items_is_no_item_row() -> None:
    """An Italian invoice's rate table ("Aliquota  Imponibile  Imposta") printed in the
    columns of the item rows right under them closes the table."""
    page = [
        *letterhead("Forniture Adriatica S.p.A.", None, "FATTURA", "N. 2024/0816"),
        *header(
            250,
            [
                (60, "Quantità"),
                (106, "Articolo"),
                (360, "Unità"),
                (437, "Prezzo unitario"),
                (523, "Importo"),
            ],
            size=9,
        ),
    ]
    rows = [
        ("4", "Olio da taglio solubile 20 L", "tanica", "53,46", "213,84"),
        ("48", "Etichette termiche 100x150 mm", "rotolo", "17,28", "829,44"),
    ]
    cols = [RightAt(97), 106.0, 360.0, RightAt(494), RightAt(552)]
    page += table_rows(rows, cols, 266, 14)
    page += printed(
        """
        222 300 9 Aliquota
        259 300 9 Imponibile
        320 300 9 Imposta
        400 300 9 Totale netto
        552r 300 9 1043,28
        222 314 9 4%
        295r 314 9 213,84
        320 314 9 8,55
        222 328 9 10%
        295r 328 9 829,44
        320 328 9 82,94
        """
    )
    lines = read_pages(page).lines
    assert [(li.quantity, li.description, li.line_total) for li in lines] == [
        ("4", "Olio da taglio solubile 20 L", "213.84"),
        ("48", "Etichette termiche 100x150 mm", "829.44"),
    ]


def _french_invoice(rows: list[tuple[str, ...]]) -> list[Text]:
    page = [
        *letterhead(
            "Électricité du Littoral SAS",
            "12 quai des Chartrons, 33000 Bordeaux",
            "FACTURE",
            "N° FA-2025-0917",
            "Date : 29/10/2025",
        ),
        *header(
            250,
            [
                (46, "Ligne"),
                (75, "Qté"),
                (98, "Article"),
                (330, "UdM"),
                (400, "P.U. HT"),
                (446, "Tx TVA"),
                (520, "Total"),
            ],
            size=8,
        ),
    ]
    cols = [RightAt(60), RightAt(95), 98.0, 330.0, RightAt(430), RightAt(470), RightAt(553)]
    return page + table_rows(rows, cols, 266, 14)


def test_thousands_cut_from_an_amount_are_no_number_of_their_own() -> None:
    """ "1 025,93 €" and "6 155,58 €" each one segment with its neighbour's cell ("forfait
    1 025,93 €", "20 % 6 155,58 €"): cut at every number, 6 x 25,93 = 155,58 would
    check out, but "025,93" starts with a zero, the tail of "1 025,93"."""
    rows = [
        (
            "1",
            "6",
            "Abonnement maintenance logiciel",
            "forfait",
            "1 025,93 €",
            "20 %",
            "6 155,58 €",
        ),
        ("2", "15", "Étiquettes thermiques 100x150 mm", "rouleau", "16,77 €", "20 %", "251,55 €"),
        ("3", "24", "Clé dynamométrique 40-200 Nm", "pce", "99,06 €", "20 %", "2 377,44 €"),
    ]
    page = _french_invoice(rows)
    lines = read_pages(page).lines
    assert [(li.quantity, li.unit_price, li.line_total) for li in lines] == [
        ("6", "1025.93", "6155.58"),
        ("15", "16.77", "251.55"),
        ("24", "99.06", "2377.44"),
    ]


def test_a_price_of_three_decimals_is_read_so_when_the_row_says() -> None:
    """ "1,742 EUR" on a Spanish invoice reads as one thousand seven hundred and forty-two
    or as a price of three decimals: 15 x 1,742 = 26,13 says which. No lone page number
    under the table is read as an item."""
    page = [
        *letterhead(
            "Talleres del Norte S.A.",
            "Calle del Comercio, 79, 08003 Barcelona, España",
            "Factura",
            "N.º de factura F-2024-6078",
            "Fecha de factura 04-08-2024",
            "Datos del cliente: García y Sánchez S.L., Calle Mayor 71, 46002 Valencia",
        ),
        *header(
            250,
            [
                (44, "Concepto"),
                (300, "Uds."),
                (330, "Ud."),
                (390, "Precio"),
                (440, "IVA"),
                (520, "Total"),
            ],
            size=8,
        ),
    ]
    rows = [
        ("Caja de cartón 400x300x250", "15", "ud", "1,742 EUR", "10 %", "26,13 EUR"),
        ("Cinta adhesiva PP marrón 48 mm", "20", "ud", "2,05 EUR", "21 %", "41,00 EUR"),
        ("Harina de centeno saco 25 kg", "20", "saco", "22,69 EUR", "21 %", "453,80 EUR"),
    ]
    cols = [44.0, RightAt(318), 330.0, RightAt(420), RightAt(460), RightAt(553)]
    page += [*table_rows(rows, cols, 266, 14), Text(530, 800, "2", 8)]
    lines = read_pages(page).lines
    assert [(li.quantity, li.unit_price, li.line_total) for li in lines] == [
        ("15", "1.742", "26.13"),
        ("20", "2.05", "41.00"),
        ("20", "22.69", "453.80"),
    ]
