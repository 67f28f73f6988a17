"""Line tables whose cells a page prints glued together: a quantity set a few points before
its price, too close for a cell of its own, so the two read as one amount with a thousands
group ("25 118,73"); the row's arithmetic (quantity x price = amount) tells them apart."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed, read_pages, right

SENDER = [
    *printed("""
        43  50  12b Quincaillerie Dumas SARL
        43  66  10  14 rue des Forges, 69003 Lyon
        400 50  12b FACTURE
        400 70  10  N° FA-2025-0412
        400 84  10  Date : 31/03/2026
        43  120 10  Client : Ateliers Roux, 8 avenue Foch, 75016 Paris
    """),
]


def test_a_quantity_printed_close_to_its_price_is_no_thousands_group() -> None:
    """Quantities and prices are right-aligned 40 pt apart: where both are long, the
    quantity ends a few points before its price starts, one segment of the page
    ("100 126,14") read whole as 100 126,14, the quantity lost and the columns misread;
    split, 100 x 126,14 is the row's amount, whose own thousands group ("12 614,00") stays."""
    items = [
        ("24.40.71", 'Clé dynamométrique 1/2" 40-200 Nm', "25", "118,73", "2968,25"),
        ("62.95.43", "Huile de coupe soluble bidon 20 L", "20", "113,16", "2263,20"),
        ("27.92.87", "Gants nitrile non poudrés taille M", "5", "16,88", "84,40"),
        ("22.64.14", "Sable de Loire 0/4 lavé", "5", "68,72", "343,60"),
        ("70.25.40", "Étagère métallique galvanisée", "12", "41,29", "495,48"),
        ("38.39.71", "Câble souple H05VV-F 3G1,5 mm²", "100", "126,14", "12 614,00"),
    ]
    page = [
        *SENDER,
        *printed("""
            43   290 10b Réf.
            102  290 10b Désignation
            454r 290 10  Quantité
            494r 290 10  Tarif
            553r 290 10  Montant HT
        """),
    ]
    y = 314.0
    for code, desc, qty, price, total in items:
        page += cells_at(
            y, [43, 102, RightAt(454), RightAt(494), RightAt(553)], [code, desc, qty, price, total]
        )
        y += 18
    page += [Text(400, y + 14, "Total HT"), right(553, y + 14, "18 768,93")]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.unit_price, li.line_total) for li in lines] == [
        (code, qty, price.replace(",", "."), total.replace(" ", "").replace(",", "."))
        for code, _desc, qty, price, total in items
    ]


def test_a_header_over_two_lines_is_one_header_with_its_currency_under_its_labels() -> None:
    """A spreadsheet's header prints "Unit Cost" and "Line Total" on a line above the
    others, the currency "(GBP)" under each, and "Qty" so close to "Description" that both
    are one cell. Stacked, the two lines are one header: "Unit Cost (GBP)" still names the
    price, "Qty Description" two columns, and the second line makes no header of its own
    (read twice, every item came out twice, the second time without its price)."""
    items = [
        ("250", "PEX pipe 16 mm 100 m coil", "4000378325831", "coil", "118.93", "29732.50"),
        ("3", "Oil filter, screw type", "4005845734251", "each", "48.43", "145.29"),
        ("12", "Gloss paint 2.5 L", "4009664765301", "tin", "31.19", "374.28"),
        ("1", "Carriage", "", "", "47.24", "47.24"),
    ]
    page = [
        *printed("""
            60     50  12b Harper Tools Ltd
            60     66  10  105 Victoria Street, Cardiff CF10 1EP
            440    50  12b TAX INVOICE
            440    70  10  INV # INV.24.7805
            440    84  10  DATE 25/10/2024
            386    252 10b Unit Cost
            553.5r 252 10  Line Total
            82     265 10b Qty
            105    265 10b Description
            242    265 10b Ref.
            324    265 10b UoM
            430.5r 265 10  (GBP)
            457    265 10b VAT
            553.5r 265 10  (GBP)
        """),
    ]
    y = 281.0
    for qty, desc, code, unit, price, total in items:
        page += cells_at(y, [RightAt(98.5), 105, RightAt(430.5)], [qty, desc, price])
        page += [Text(242, y, code), Text(324, y, unit)] if code else []
        page += [right(476, y, "20%"), right(553.5, y, total)]
        y += 16
    page += [Text(369, y + 16, "NET TOTAL"), right(553.5, y + 16, "30,299.31")]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.unit_price, li.line_total) for li in lines] == [
        (code or None, qty, price, total) for qty, _desc, code, _unit, price, total in items
    ]


def test_a_unit_printed_close_after_the_description_leaves_it() -> None:
    """The unit column starts 10 pt after the longest descriptions: "Tornillo inox A2
    avellanado" and its unit "caja" are one segment. The word flush with the unit label,
    set wider than a space after the text, is the unit, not the description's last word;
    rows with an unprinted discount (quantity x price is not the amount) lose it too."""
    items = [
        ("10", "VIS8718D", "Tornillo inox A2 avellanado", "caja", "25,19", "226,71"),
        ("15", "LED5338F", "Tubo LED T8 18 W 120 cm", "ud", "14,90", "201,15"),
        ("24", "RUB9501C", "Cinta de embalar", "rollo", "0,82", "19,68"),
        ("6", "PAP2175B", "Papel multifunción A4 80 g", "paquete", "8,84", "47,74"),
        ("3", "PNT8440A", "Esmalte satinado", "bote", "27,83", "79,32"),
    ]
    page = [
        *printed("""
            43  50 12b Sánchez y Navarro S.L.
            43  66 10  Calle Mayor 12, 28013 Madrid
            400 50 12b PEDIDO
            400 70 10  N.º CP021473
            400 84 10  Fecha: 12/05/2025
        """),
    ]
    page += [
        *printed("""
            44     317 10b N.º
            70     317 10b Cant.
            109    317 10b Ref.
            178    317 10b Descripción
            308    317 10b Unidad
            384    317 10b Precio unit.
            467    317 10b IVA
            552.5r 317 10  Total
        """),
    ]
    y = 335.0
    for n, (qty, code, desc, unit, price, total) in enumerate(items, 1):
        page += cells_at(y, [RightAt(61.6), RightAt(100.9), 109], [str(n), qty, code])
        page += cells_at(y, [178, 308, RightAt(453)], [desc, unit, price])
        page += [right(487.7, y, "21 %"), right(552.5, y, total)]
        y += 18
    page += [Text(400, y + 14, "Base imponible"), right(552.5, y + 14, "574,60")]
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.unit) for li in lines] == [
        (code, desc, unit) for _qty, code, desc, unit, _price, _total in items
    ]


def test_a_second_code_printed_close_after_the_items_code_is_not_part_of_it() -> None:
    """A public buyer's order prints the article number under "Réf." and its accounting
    code 7 pt after it under "Compte / Fonction": one segment ("4009758088701 21-6189-515"). The
    word under the code's own label is the item's code, the other belongs to its column."""
    items = [
        ("4009758088701", "21-6189-515", "Abonnement logiciel", "15", "1885,74", "28286,10"),
        ("4002267730921", "23-6240-020", "Gants nitrile taille M", "20", "11,06", "221,20"),
        ("4002412550291", "21-6285-596", "Filtre à huile", "100", "24,84", "2484,00"),
    ]
    page = [
        *printed("""
            43    50  12b Mairie de Marseille
            43    66  10  Service restauration scolaire
            400   50  12b BON DE COMMANDE
            400   70  10  N° BC-2025-0412
            400   84  10  Date : 12/05/2025
            43    299 8b  N°
            79.4  299 8b  Réf.
            135   299 8b  Compte /
            135.7 309 8b  Fonction
            192.3 299 8b  Désignation des fournitures / prestations
            349.6 299 8b  Qté
            387.2 299 8b  P.U. HT
            428.3 299 8b  Montant HT
        """),
    ]
    y = 323.0
    for n, (ean, account, desc, qty, price, total) in enumerate(items, 1):
        page += cells_at(y, [RightAt(52.3), 59.1, 121.4], [str(n), ean, account], 8)
        page += cells_at(y, [189, RightAt(362.9), RightAt(397.4)], [desc, qty, price], 8)
        page += [right(455.4, y, total, 8)]
        y += 18
    page += [Text(380, y + 14, "Total HT"), right(455.4, y + 14, "30991,30", 8)]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.line_total) for li in lines] == [
        (ean, qty, total.replace(",", ".")) for ean, _a, _d, qty, _p, total in items
    ]
