"""Tables read by structure on layouts no sender profile knows: a works invoice in lots,
each closed by its sub-total and opened by a title in ordinary case; a header that prints
several labels in one cell; a quantity written before the description after the item's
code, with a discount column; amounts whose thousands are set a space apart next to the
VAT rate in one cell; descriptions wrapped after a hyphen or beside the wrapped end of an
account code."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Page,
    RightAt,
    Text,
    cells_at,
    printed,
    read_pages,
    right,
)

LETTERHEAD = [
    *printed("""
        40  40 14b Lambert & Fils SA
        40  58 10  12 rue des Forges, 69003 Lyon
        380 40 14b FACTURE DE TRAVAUX
        380 62 10  Facture n° F24-1187
        380 76 10  Date : 13/09/2024
    """),
]


def _lines(result) -> list[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return [
        (li.sku, li.description, li.quantity, li.unit_price, li.line_total) for li in result.lines
    ]


def test_lots_closed_by_sub_totals_and_titled_in_ordinary_case_are_one_table() -> None:
    def item(y: float, *cells: str) -> Page:  # position, description, qty, unit, pu, total
        return cells_at(y, [42, 78, RightAt(380), 388, RightAt(470), RightAt(552)], cells, 9)

    page = [
        *LETTERHEAD,
        *printed("""
            42  200 9b Poste
            78  200 9b Désignation
            350 200 9b Quantité
            388 200 9b U
            440 200 9b P.U. HT
            515 200 9b Montant
            42  215 9  Lot 1 – Électricité
        """),
        *item(
            230, "1.1", "Mise en conformité du tableau électrique", "1", "ens.", "756,50", "756,50"
        ),
        *item(245, "1.2", "Pose de prises de courant encastrées", "11", "pce", "41,40", "455,40"),
        *printed("""
            42   260 9 Total lot 1
            552r 260 9 1 211,90
            42   275 9 Lot 2 – Main d'œuvre et déplacements
        """),
        *item(290, "2.1", "Main d'œuvre compagnon qualifié", "16", "heure", "53,50", "856,00"),
        *item(305, "2.2", "Frais de déplacement", "2", "forfait", "45,00", "90,00"),
        *printed("""
            42   320 9 Total lot 2
            552r 320 9 946,00
            380  345 9 Montant total HT
            552r 345 9 2 157,90
            380  360 9 TVA 20 %
            552r 360 9 431,58
            380  375 9 Total TTC
            552r 375 9 2 589,48
        """),
    ]
    got = _lines(read_pages(page))
    assert got == [
        (None, "Mise en conformité du tableau électrique", "1", "756.50", "756.50"),
        (None, "Pose de prises de courant encastrées", "11", "41.40", "455.40"),
        (None, "Main d'œuvre compagnon qualifié", "16", "53.50", "856.00"),
        (None, "Frais de déplacement", "2", "45.00", "90.00"),
    ]


def test_labels_in_one_cell_and_a_quantity_after_the_code_with_a_discount() -> None:
    # "PU HT  Remise %  Tx TVA" printed as one cell; each row: code, "25 x", description
    def item(y: float, *cells: str) -> Page:  # text, pu, discount, rate, total
        return cells_at(y, [43, RightAt(404), RightAt(457), RightAt(499), RightAt(553)], cells, 9)

    page = [
        *LETTERHEAD,
        *printed("""
            43  200 9b Référence
            116 200 9b Libellé
            373 200 9b PU HT   Remise %   Tx TVA
            512 200 9b Total HT
        """),
        *item(
            216, "4002257682541 25 x Papier reprographie A4", "5,33 €", "2,5 %", "20 %", "129,92 €"
        ),
        *item(
            232, "4000315874551 50 x Étiquettes thermiques", "16,71 €", "10 %", "20 %", "751,95 €"
        ),
        *item(
            248,
            "4009706677641 24 x Intervention sur site",
            "55,26 €",
            "2,5 %",
            "20 %",
            "1 293,08 €",
        ),
        *item(264, "4003355996491 50 x Ruban adhésif PP brun", "2,28 €", "", "20 %", "114,00 €"),
        *printed("""
            380  300 9 Total HT
            553r 300 9 2 288,95 €
            380  315 9 TVA 20 %
            553r 315 9 457,79 €
            380  330 9 Total TTC
            553r 330 9 2 746,74 €
        """),
    ]
    got = _lines(read_pages(page))
    assert got == [
        ("4002257682541", "Papier reprographie A4", "25", "5.33", "129.92"),
        ("4000315874551", "Étiquettes thermiques", "50", "16.71", "751.95"),
        ("4009706677641", "Intervention sur site", "24", "55.26", "1293.08"),
        ("4003355996491", "Ruban adhésif PP brun", "50", "2.28", "114.00"),
    ]


def test_thousands_beside_the_rate_and_descriptions_wrapped_after_a_hyphen() -> None:
    # amount and rate in one cell ("3 575,00 20 %"), description wrapped after "40-",
    # an account code wrapped beside the description's last line
    def item(y: float, *cells: str) -> Page:  # description, account, qty, pu, "total rate"
        return cells_at(y, [48, 188, RightAt(350), RightAt(443), RightAt(510)], cells, 8)

    page = [
        *LETTERHEAD,
        *printed("""
            48  200 8b Désignation
            188 200 8b Imputation
            320 200 8b Qté
            379 200 8b Prix unitaire HT
            453 200 8b Total HT   TVA
        """),
        *item(215, "Clé dynamométrique 40-", "23-6248-064", "50 pce", "71,50", "3 575,00 20 %"),
        Text(48, 225, "200 Nm", 8),
        *item(
            240, "Filtre à huile pour compresseur", "011-6168-", "250 pce", "29,00", "7 250,00 20 %"
        ),
        Text(48, 250, "à vis", 8),
        Text(188, 250, "425", 8),
        *item(265, "Gants nitrile taille M", "23-6173-699", "25 boîte", "9,32", "233,00 20 %"),
        *printed("""
            380  300 8 TOTAL HT
            550r 300 8 11 058,00
            380  315 8 TVA 20 %
            550r 315 8 2 211,60
            380  330 8 TOTAL TTC
            550r 330 8 13 269,60
        """),
    ]
    got = [
        (li.description, li.quantity, li.line_total, li.tax_rate) for li in read_pages(page).lines
    ]
    assert got == [
        ("Clé dynamométrique 40-200 Nm", "50", "3575.00", "20"),
        ("Filtre à huile pour compresseur à vis", "250", "7250.00", "20"),
        ("Gants nitrile taille M", "25", "233.00", "20"),
    ]


def test_price_and_tax_named_with_its_rate_printed_as_one_cell() -> None:
    # a small ERP's print: "147.38 VAT 20%" and "25.000 each 1938.45" set too close to be
    # cells of their own on some rows, apart on others
    def item(y: float, desc: str, qty: str, price: str, tax: str, amount: str) -> list:
        cells = [Text(43, y, desc, 9), right(393, y, qty, 9)]
        if tax:
            cells += [right(441, y, price, 9), right(492, y, tax, 9)]
        else:
            cells.append(right(492, y, price, 9))
        return [*cells, right(553, y, amount, 9)]

    page = [
        *printed("""
            40  40  14b Tools Direct Ltd
            380 40  12b TAX INVOICE INV/2026/00004
            380 60  10  Invoice Date: 04.01.2026
            43  200 9b  Description
            374 200 9b  Qty
            415 200 9b  Price
            462 200 9b  Taxes
            511 200 9b  Amount
        """),
        *item(216, "PEX pipe 16 mm 100 m coil", "1.000 coil", "147.38 VAT 20%", "", "£147.38"),
        *item(232, "Powder-free nitrile gloves size M", "50.000 box", "15.26", "VAT 5%", "£763.00"),
        *item(248, "Flexible cable H05VV-F 3G1.5 mm2", "3.000 m", "3.24 VAT 20%", "", "£9.72"),
        *item(264, "Soluble cutting oil 20 L drum", "100.000 drum", "64.70", "VAT 5%", "£6470.00"),
        *item(280, "Single wall carton 400x300x250", "250.000 ea", "1.77 VAT 20%", "", "£442.50"),
        *printed("""
            363  310 9 Total (excl. tax)
            553r 310 9 £7832.60
            363  325 9 Total
            553r 325 9 £8330.06
        """),
    ]
    got = [
        (li.description, li.quantity, li.unit, li.unit_price, li.line_total, li.tax_rate)
        for li in read_pages(page).lines
    ]
    assert got == [
        ("PEX pipe 16 mm 100 m coil", "1", "coil", "147.38", "147.38", "20"),
        ("Powder-free nitrile gloves size M", "50", "box", "15.26", "763.00", "5"),
        ("Flexible cable H05VV-F 3G1.5 mm2", "3", "m", "3.24", "9.72", "20"),
        ("Soluble cutting oil 20 L drum", "100", "drum", "64.70", "6470.00", "5"),
        ("Single wall carton 400x300x250", "250", "ea", "1.77", "442.50", "20"),
    ]


def test_a_long_description_label_and_an_account_code_column_that_is_no_article_code() -> None:
    # "Désignation des fournitures / prestations" is one label of four words; the account
    # codes under "Imputation" are the buyer's budget lines, not the articles' codes
    def item(y: float, desc: str, account: str, qty: str, pu: str, ht: str, ttc: str) -> Page:
        columns: list[float | RightAt] = [
            43,
            240,
            303,
            RightAt(419),
            RightAt(471),
            RightAt(497),
            RightAt(554),
        ]
        return cells_at(y, columns, [desc, account, qty, pu, ht, "20 %", ttc], 8)

    page = [
        *printed("""
            40  40  14b Syndicat intercommunal des eaux
            380 40  14b BON DE COMMANDE
            380 62  10  N° de bon de commande 4782934
            380 76  10  Date 07/03/2026
            64  200 8b  Désignation des fournitures / prestations
            246 200 8b  Imputation
            298 200 8b  Qté
            326 200 8b  Unité
            363 200 8b  Prix unitaire HT
            429 200 8b  Montant HT
            480 200 8b  TVA
            505 200 8b  Montant TTC
        """),
        *item(
            214,
            "Étiquettes thermiques 100x150 mm",
            "23-6048-286",
            "2 rouleau",
            "11,87",
            "23,74",
            "28,49",
        ),
        *item(
            228, "Vis inox A2 tête fraisée 5x50", "21-6053-305", "1 boîte", "7,88", "7,88", "9,46"
        ),
        *item(
            242,
            'Clé dynamométrique 1/2" 40-200 Nm',
            "011-6020-981",
            "6 pce",
            "117,44",
            "704,64",
            "845,57",
        ),
        *item(
            256,
            "Tuyau PER nu 16 mm couronne 100 m",
            "21-6167-578",
            "2 couronne",
            "143,73",
            "287,46",
            "344,95",
        ),
        *printed("""
            400  290 8 TOTAL HT
            550r 290 8 1 023,72
            400  304 8 TVA 20 %
            550r 304 8 204,74
            400  318 8 TOTAL TTC
            550r 318 8 1 228,46
        """),
    ]
    got = [(li.sku, li.description, li.quantity, li.line_total) for li in read_pages(page).lines]
    assert got == [
        (None, "Étiquettes thermiques 100x150 mm", "2", "23.74"),
        (None, "Vis inox A2 tête fraisée 5x50", "1", "7.88"),
        (None, 'Clé dynamométrique 1/2" 40-200 Nm', "6", "704.64"),
        (None, "Tuyau PER nu 16 mm couronne 100 m", "2", "287.46"),
    ]


def test_a_table_set_closer_than_its_glyphs_are_tall_is_read_not_crashed() -> None:
    # 10 pt type on 9 pt leading: each wrapped line's box overlaps the rows above and below,
    # so every gap between them is negative (this raised "max() arg is an empty sequence"
    # and the whole document failed; faxes whose OCR rows overlap did the same)
    def item(y: float, *cells: str) -> Page:  # description, qty, pu, total
        return cells_at(y, [50, RightAt(320), RightAt(410), RightAt(500)], cells)

    page = [
        *printed("""
            50  40  16b INVOICE
            50  62  10  Invoice no. INV-2024-0042      Date: 12/03/2024
            50  77  10  Seller: Acme Tools Ltd, 1 High Street, London
            50  120 10b Description
            300 120 10b Qty
            360 120 10b Unit price
            460 120 10b Amount
        """),
        *item(136, "Hex bolts M8 zinc plated", "10", "2.50", "25.00"),
        Text(50, 145, "box of 100 pieces"),
        Text(50, 154, "DIN 933 grade 8.8"),
        *item(163, "Washers M8 flat", "4", "1.25", "5.00"),
        Text(50, 172, "bag of 200 pieces"),
        *item(181, "Nuts M8 nylon insert", "6", "3.00", "18.00"),
        Text(360, 205, "Total net"),
        right(500, 205, "48.00"),
    ]
    got = _lines(read_pages(page))
    assert got == [
        (
            None,
            "Hex bolts M8 zinc plated box of 100 pieces DIN 933 grade 8.8",
            "10",
            "2.50",
            "25.00",
        ),
        (None, "Washers M8 flat bag of 200 pieces", "4", "1.25", "5.00"),
        (None, "Nuts M8 nylon insert", "6", "3.00", "18.00"),
    ]
