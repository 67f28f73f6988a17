"""Line rows on layouts the readers were not written for: cells printed too close for the
page's gap to part them, a quantity glued to the code after it, numbered section titles,
a discount noted under its item, notes under the table, a delivery note's two counts and a
code named under the description. Each page is drawn whole and read through
``extract_bytes``."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extraction.pages_for_tests import (
    RightAt,
    Text,
    header,
    heads,
    item_rows,
    letterhead,
    read_pages,
    right,
    table_rows,
)

SENDER = letterhead(
    "Fournitures Marchand SARL",
    "14 rue des Forges, 69003 Lyon",
    "BON DE COMMANDE",
    "N° BC-2025-0412",
    "Date : 31/03/2026",
    "Fournisseur : Ateliers Roux, 8 avenue Foch, 75016 Paris",
)


def _w(text: str) -> float:
    return stringWidth(text, "Helvetica", 10)


def _lines(page: list[Text]) -> list[tuple[str | None, ...]]:
    return item_rows(page)


def _total(x: float, x1: float, y: float, label: str, amount: str) -> list[Text]:
    """The total under a table, 14 pt below ``y`` (where a next row would be): its label at
    ``x``, its amount ending at ``x1``."""
    return [Text(x, y + 14, label), right(x1, y + 14, amount)]


def test_codes_glued_to_the_description_are_cut_where_the_other_rows_start_it() -> None:
    """Item code, account code and description each start at their column's x, 7 pt
    apart: less than the page's column gap, so on most rows the three are one segment of
    the page. The rows whose account code wraps ("011-6162-" over "568") set the
    description and the account code's column apart: the glued rows are cut where those
    start, the item's code kept and the account code left out of the description."""
    code_x, acct_x, desc_x = 43.0, 89.0, 153.0
    items = [
        (
            "80.76.68",
            "23-6018-867",
            "",
            "Filtre à huile pour compresseur",
            "50",
            "55,64",
            "2782,00",
        ),
        ("34.19.53", "21-6279-035", "", "Vis inox A2 tête fraisée 5x50", "48", "28,25", "1356,00"),
        (
            "98.86.17",
            "011-6162-",
            "568",
            "Intervention technicien sur site",
            "15",
            "64,30",
            "964,50",
        ),
        ("20.18.13", "21-6206-413", "", "Câble souple H05VV-F 3G1,5 mm²", "2", "3,29", "6,58"),
        ("29.50.84", "011-6198-", "158", "Clé dynamométrique 40-200 Nm", "50", "162,20", "8110,00"),
        (
            "58.25.76",
            "21-6126-419",
            "",
            "Huile de coupe soluble bidon 20 L",
            "6",
            "94,61",
            "567,66",
        ),
    ]
    assert 5.5 < acct_x - code_x - _w("80.76.68") < 8.5
    assert 5.5 < desc_x - acct_x - _w("23-6018-867") < 8.5
    numbers = [RightAt(400), RightAt(470), RightAt(553)]
    labels = ["Réf.", "Imputation", "Désignation", "Qté", "Prix unit.", "Montant HT"]
    page = [*SENDER, *heads(270, [code_x, acct_x, 200, *numbers], labels)]
    y = 292.0
    for code, acct, acct_end, desc, qty, price, total in items:
        cells = (code, acct, desc, qty, price, total)
        page += table_rows([cells], [code_x, acct_x, desc_x, *numbers], y)
        if acct_end:
            y += 11
            page.append(Text(acct_x, y, acct_end))
        y += 16
    page += _total(400, 553, y, "Total HT", "13786,16")
    assert _lines(page) == [
        (code, desc, qty, price.replace(",", "."), total.replace(",", "."))
        for code, _a, _e, desc, qty, price, total in items
    ]


def test_a_quantity_glued_to_the_code_after_it_is_cut_off_by_the_arithmetic() -> None:
    """A right-aligned quantity printed 7 pt before a left-aligned account code: one
    segment ("25 21-6101-080") on every row, a text column no quantity is read from. Cut
    after its first number, the column checks out (25 x 1,89 = 47,25) and is read so."""
    items = [
        ("25", "21-6101-080", "03359-11", "Ruban adhésif PP brun", "1,89", "47,25"),
        ("24", "23-6286-673", "05055-65", "Chevron sapin traité", "4,75", "114,00"),
        ("4", "23-6136-166", "07785-19", "Étagère métallique", "73,78", "295,12"),
        ("16,77", "011-6224-53", "09062-40", "Café grains bio Honduras", "23,65", "396,61"),
    ]
    labels = ["Qté", "Imputation", "Réf.", "Désignation", "Prix unitaire HT", "Total HT"]
    page = [
        *SENDER,
        *heads(270, [50, 80, 160, 220, RightAt(440), RightAt(520)], labels),
        *table_rows(items, [RightAt(75), 82, 160, 220, RightAt(440), RightAt(520)], 292),
        *_total(380, 520, 292 + 16 * len(items), "Total HT", "852,98"),
    ]
    assert _lines(page) == [
        (code, desc, qty.replace(",", "."), price.replace(",", "."), total.replace(",", "."))
        for qty, _acct, code, desc, price, total in items
    ]


def test_numbered_section_titles_are_no_items_text() -> None:
    """A quote in lots: "1. Carrelage", "2. Menuiserie" over their items, set at the
    rows' own pitch right under the last item of the lot before. Their numbers count up
    through the table with items between them: titles, joined to no item."""
    rows: list[tuple[str, ...]] = [
        ("1. Carrelage",),
        ("Fourniture et pose de carrelage grès", "74,99 m2", "43,50", "3262,07"),
        ("Ragréage autolissant avant pose", "44,37 m2", "81,90", "3633,90"),
        ("2. Menuiserie",),
        ("Pose de plinthes en MDF à peindre", "21,5 m", "25,50", "548,25"),
        ("Fourniture et pose d'une porte", "6 pce", "103,50", "621,00"),
        ("3. Main d'œuvre et déplacements",),
        ("Main d'œuvre – compagnon qualifié", "8 h", "53,90", "431,20"),
    ]
    columns = [44, RightAt(420), RightAt(480), RightAt(553)]
    page = [
        *SENDER,
        *heads(254, columns, ["Libellé", "Qté", "PU", "Total HT"]),
        *table_rows([(*row, "", "", "")[:4] for row in rows], columns, 270, step=15),
        *_total(400, 553, 270 + 15 * len(rows), "Total HT", "8496,82"),
    ]
    assert [d for _s, d, *_ in _lines(page)] == [r[0] for r in rows if len(r) > 1]


def test_a_discount_noted_under_its_item_is_no_description() -> None:
    """An ERP prints each item's discount on a line of its own under it ("Less discount
    15%"): the item's discount, which makes its row check out, not more of its text."""
    items = [
        ("4009616890591", "A2 stainless countersunk screw 5x50", "6", "11.42", "58.24", "15"),
        ("4004814995671", "Thermal labels 100x150 mm", "250", "13.67", "2904.88", "15"),
        ("4003969365861", "On-site technician call-out", "50", "70.99", "3194.55", "10"),
    ]
    page = [
        *letterhead(
            "Thornton Tools LLC",
            "850 Elm Street, Austin, TX 78701",
            "INVOICE",
            "Invoice No. 90012345",
            "Date: 03/31/2026",
        ),
    ]
    columns = [43, 73, 165, RightAt(400), RightAt(460), RightAt(553)]
    page += heads(230, columns, ["Item", "Material", "Description", "Qty", "Price", "Amount"])
    page += table_rows([(str(n), *item[:5]) for n, item in enumerate(items, 1)], columns, 250, 26)
    page += table_rows([(f"Less discount {item[5]}%",) for item in items], [165], 261, 26)
    page += _total(400, 553, 250 + 26 * len(items), "Total net", "6157.67")
    assert _lines(page) == [(c, d, q, p, t) for c, d, q, p, t, _r in items]


def test_notes_under_a_table_set_left_of_its_rows_are_no_items_text() -> None:
    """A delivery note's items, then "No. of Parcels ..." a line and a half under the
    last one, starting left of every item row: set outside the table, no item's text."""
    items = [
        ("[95.43.16] A4 copier paper 80 gsm", "15"),
        ("[79.30.36] Treated softwood batten", "33"),
        ("[53.71.94] On-site technician call-out", "5"),
    ]
    page = [
        *letterhead("Dunmore & Kingsley Ltd", None, "DELIVERY NOTE", "Delivery note DN-7781"),
        *heads(230, [43, RightAt(520)], ["Description", "Qty"]),
        *table_rows(items, [43, RightAt(520)], 250, step=15),
    ]
    y = 250.0 + 15 * len(items)
    page += [
        Text(39, y + 6, "No. of Parcels : 2 – Gross Weight : 1489.5 kg"),
        Text(39, y + 21, "Received in good condition ________________"),
    ]
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.quantity) for li in lines] == [
        (d[1:9], d[11:], q) for d, q in items
    ]


def test_a_delivered_count_printed_close_to_what_is_left_is_the_quantity() -> None:
    """ "Livré" and "Reste à livrer" printed as one segment over two columns: two labels,
    the quantity delivered under the first, not a column of no role beside "Qté
    commandée"."""
    items = [
        ("VIS-5248", "Vis inox A2 tête fraisée 5x50", "253", "250", "3"),
        ("GNT-8514", "Gants nitrile non poudrés", "1", "1", "0"),
        ("ABO-4121", "Abonnement maintenance logiciel", "30", "25", "5"),
    ]
    page = [
        *letterhead("Faure Laboratoires SARL", None, "BON DE LIVRAISON", "N° BL-2024-0877"),
        *header(250, [(44, "Réf."), (110, "Description"), (381, "Qté commandée")]),
    ]
    livre = "Livré"
    page += [
        Text(470, 250, livre, 10, bold=True),
        Text(
            470 + stringWidth(livre, "Helvetica-Bold", 10) + 7, 250, "Reste à livrer", 10, bold=True
        ),
    ]
    page += table_rows(items, [44, 110, RightAt(451), RightAt(495), RightAt(552)], 270)
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity) for li in lines] == [(c, d) for c, _x, _o, d, _l in items]


def test_a_code_named_under_the_description_is_the_items_code() -> None:
    """A web shop prints "Référence: SNK-43-89" on the line under the product's name."""
    items = [
        ("Baskets en cuir", "SNK-43-89", "1", "86,94", "86,94"),
        ("Sac cabas en toile", "BAG-TER-59", "2", "24,88", "49,76"),
        ("Lampe de bureau LED", "LMP-VER-98", "2", "70,88", "141,76"),
    ]
    page = [
        *letterhead("Boutique Verte", None, "Commande n° 10458", "Date : 12/02/2026"),
        *heads(
            230,
            [43, RightAt(400), RightAt(470), RightAt(553)],
            ["Produit", "Quantité", "Prix", "Total"],
        ),
    ]
    y = 250.0
    for name, code, qty, price, total in items:
        page += [
            Text(43, y, name),
            right(400, y, qty),
            right(470, y, price),
            right(553, y, total),
            Text(43, y + 11, f"Référence: {code}", 8),
        ]
        y += 28
    page += _total(400, 553, y, "Total", "278,46")
    assert _lines(page) == [
        (code, name, qty, price.replace(",", "."), total.replace(",", "."))
        for name, code, qty, price, total in items
    ]


def test_a_quantity_label_printed_close_after_an_account_label_is_its_own() -> None:
    """ "Imputation" and "Qté" printed 7 pt apart, one segment of the page: two labels, not
    one naming the account code's column only. Read as one, the quantity's column had the
    unit's label, the reading by structure a label in conflict, and the wrapped
    descriptions were cut short by the reading that won instead."""
    items = [
        (
            "Tuyau PER nu 16 mm couronne",
            "100 m",
            "21-6027-370",
            "",
            "50 couronne",
            "94.59",
            "4729.50",
        ),
        (
            "Étagère métallique galvanisée 5",
            "plateaux 180x90x40",
            "011-6270-",
            "494",
            "50 pce",
            "154.31",
            "7715.50",
        ),
        ("Huile de coupe soluble bidon 20", "L", "011-6204-", "125", "5 bidon", "84.06", "420.30"),
        ("Gants nitrile non poudrés", "taille M", "21-6114-220", "", "15 boîte", "11.62", "174.30"),
    ]
    imputation = "Imputation"
    page = [
        *SENDER,
        Text(43, 260, "N°", 10, bold=True),
        Text(104, 260, "Désignation", 10, bold=True),
        Text(214, 260, imputation, 10, bold=True),
        Text(214 + stringWidth(imputation, "Helvetica-Bold", 10) + 7, 260, "Qté", 10, bold=True),
        Text(306, 260, "Unité", 10, bold=True),
        right(421, 260, "Prix unitaire HT", 10),
        right(500, 260, "Total HT", 10),
    ]
    y = 284.0
    for n, (desc, wrap, acct, acct_end, qty, price, total) in enumerate(items, 1):
        page += [
            right(54, y, str(n)),
            Text(61, y, desc),
            Text(212, y, acct),
            right(339, y, qty),
            right(421, y, price),
            right(500, y, total),
            Text(61, y + 11, wrap),
        ]
        if acct_end:
            page.append(Text(212, y + 11, acct_end))
        y += 26
    page += _total(380, 500, y, "Total HT", "13039.60")
    assert [li.description for li in read_pages(page).lines] == [
        f"{desc} {wrap}" for desc, wrap, *_ in items
    ]


def test_a_unit_printed_apart_from_its_quantity_on_one_row_is_its_unit() -> None:
    """Quantities and their units are one cell ("5 pce", "1 couronne") on every row but
    one, where the unit is set apart from the number ("2" | "boîte"): a word inside the
    quantity column's span is that row's unit, not more of its description."""
    items = [
        ("MNT-5827", "Intervention technicien sur site", "48 h", "50,24", "2411,52"),
        ("VIS-5820", "Vis inox A2 tête fraisée 5x50", "", "20,91", "41,82"),
        ("CLE-668", "Clé dynamométrique 40-200 Nm", "5 pce", "90,14", "450,70"),
        ("TUY-3989", "Tuyau PER nu 16 mm", "1 couronne", "97,04", "97,04"),
    ]
    page = [
        *SENDER,
        *heads(
            260,
            [62, 113, 317, RightAt(460), 470, RightAt(553)],
            ["Code", "Libellé", "Qté Unité", "Prix unit.", "TVA", "Total HT"],
        ),
    ]
    y = 282.0
    for code, desc, qty, price, total in items:
        page += [
            Text(62, y, code),
            Text(113, y, desc),
            right(460, y, price),
            Text(470, y, "20 %"),
            right(553, y, total),
        ]
        if qty:
            page.append(Text(327, y, qty))
        else:
            page += [Text(327, y, "2"), Text(345, y, "boîte")]
        y += 15
    page += _total(400, 553, y, "Total HT", "3000,78")
    lines = read_pages(page).lines
    assert [(li.description, li.quantity, li.unit) for li in lines] == [
        ("Intervention technicien sur site", "48", "h"),
        ("Vis inox A2 tête fraisée 5x50", "2", "boîte"),
        ("Clé dynamométrique 40-200 Nm", "5", "pce"),
        ("Tuyau PER nu 16 mm", "1", "couronne"),
    ]
