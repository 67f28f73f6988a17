"""Tables read by structure on layouts no sender profile knows: a works invoice in lots,
each closed by its sub-total and opened by a title in ordinary case; a header that prints
several labels in one cell; a quantity written before the description after the item's
code, with a discount column; amounts whose thousands are set a space apart next to the
VAT rate in one cell; descriptions wrapped after a hyphen or beside the wrapped end of an
account code."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read_pages, right

LETTERHEAD = [
    Text(40, 40, "Lambert & Fils SA", 14, bold=True),
    Text(40, 58, "12 rue des Forges, 69003 Lyon"),
    Text(380, 40, "FACTURE DE TRAVAUX", 14, bold=True),
    Text(380, 62, "Facture n° F24-1187"),
    Text(380, 76, "Date : 13/09/2024"),
]


def _lines(result) -> list[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return [
        (li.sku, li.description, li.quantity, li.unit_price, li.line_total) for li in result.lines
    ]


def test_lots_closed_by_sub_totals_and_titled_in_ordinary_case_are_one_table() -> None:
    def item(y: float, pos: str, desc: str, qty: str, unit: str, pu: str, total: str) -> list:
        return [
            Text(42, y, pos, 9),
            Text(78, y, desc, 9),
            right(380, y, qty, 9),
            Text(388, y, unit, 9),
            right(470, y, pu, 9),
            right(552, y, total, 9),
        ]

    page = [
        *LETTERHEAD,
        Text(42, 200, "Poste", 9, bold=True),
        Text(78, 200, "Désignation", 9, bold=True),
        Text(350, 200, "Quantité", 9, bold=True),
        Text(388, 200, "U", 9, bold=True),
        Text(440, 200, "P.U. HT", 9, bold=True),
        Text(515, 200, "Montant", 9, bold=True),
        Text(42, 215, "Lot 1 – Électricité", 9),
        *item(
            230, "1.1", "Mise en conformité du tableau électrique", "1", "ens.", "756,50", "756,50"
        ),
        *item(245, "1.2", "Pose de prises de courant encastrées", "11", "pce", "41,40", "455,40"),
        Text(42, 260, "Total lot 1", 9),
        right(552, 260, "1 211,90", 9),
        Text(42, 275, "Lot 2 – Main d'œuvre et déplacements", 9),
        *item(290, "2.1", "Main d'œuvre compagnon qualifié", "16", "heure", "53,50", "856,00"),
        *item(305, "2.2", "Frais de déplacement", "2", "forfait", "45,00", "90,00"),
        Text(42, 320, "Total lot 2", 9),
        right(552, 320, "946,00", 9),
        Text(380, 345, "Montant total HT", 9),
        right(552, 345, "2 157,90", 9),
        Text(380, 360, "TVA 20 %", 9),
        right(552, 360, "431,58", 9),
        Text(380, 375, "Total TTC", 9),
        right(552, 375, "2 589,48", 9),
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
    def item(y: float, text: str, pu: str, disc: str, rate: str, total: str) -> list:
        return [
            Text(43, y, text, 9),
            right(404, y, pu, 9),
            right(457, y, disc, 9),
            right(499, y, rate, 9),
            right(553, y, total, 9),
        ]

    page = [
        *LETTERHEAD,
        Text(43, 200, "Référence", 9, bold=True),
        Text(116, 200, "Libellé", 9, bold=True),
        Text(373, 200, "PU HT   Remise %   Tx TVA", 9, bold=True),
        Text(512, 200, "Total HT", 9, bold=True),
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
        Text(380, 300, "Total HT", 9),
        right(553, 300, "2 288,95 €", 9),
        Text(380, 315, "TVA 20 %", 9),
        right(553, 315, "457,79 €", 9),
        Text(380, 330, "Total TTC", 9),
        right(553, 330, "2 746,74 €", 9),
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
    def item(y: float, desc: str, account: str, qty: str, pu: str, total_rate: str) -> list:
        return [
            Text(48, y, desc, 8),
            Text(188, y, account, 8),
            right(350, y, qty, 8),
            right(443, y, pu, 8),
            right(510, y, total_rate, 8),
        ]

    page = [
        *LETTERHEAD,
        Text(48, 200, "Désignation", 8, bold=True),
        Text(188, 200, "Imputation", 8, bold=True),
        Text(320, 200, "Qté", 8, bold=True),
        Text(379, 200, "Prix unitaire HT", 8, bold=True),
        Text(453, 200, "Total HT   TVA", 8, bold=True),
        *item(215, "Clé dynamométrique 40-", "23-6248-064", "50 pce", "71,50", "3 575,00 20 %"),
        Text(48, 225, "200 Nm", 8),
        *item(
            240, "Filtre à huile pour compresseur", "011-6168-", "250 pce", "29,00", "7 250,00 20 %"
        ),
        Text(48, 250, "à vis", 8),
        Text(188, 250, "425", 8),
        *item(265, "Gants nitrile taille M", "23-6173-699", "25 boîte", "9,32", "233,00 20 %"),
        Text(380, 300, "TOTAL HT", 8),
        right(550, 300, "11 058,00", 8),
        Text(380, 315, "TVA 20 %", 8),
        right(550, 315, "2 211,60", 8),
        Text(380, 330, "TOTAL TTC", 8),
        right(550, 330, "13 269,60", 8),
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
        Text(40, 40, "Tools Direct Ltd", 14, bold=True),
        Text(380, 40, "TAX INVOICE INV/2026/00004", 12, bold=True),
        Text(380, 60, "Invoice Date: 04.01.2026"),
        Text(43, 200, "Description", 9, bold=True),
        Text(374, 200, "Qty", 9, bold=True),
        Text(415, 200, "Price", 9, bold=True),
        Text(462, 200, "Taxes", 9, bold=True),
        Text(511, 200, "Amount", 9, bold=True),
        *item(216, "PEX pipe 16 mm 100 m coil", "1.000 coil", "147.38 VAT 20%", "", "£147.38"),
        *item(232, "Powder-free nitrile gloves size M", "50.000 box", "15.26", "VAT 5%", "£763.00"),
        *item(248, "Flexible cable H05VV-F 3G1.5 mm2", "3.000 m", "3.24 VAT 20%", "", "£9.72"),
        *item(264, "Soluble cutting oil 20 L drum", "100.000 drum", "64.70", "VAT 5%", "£6470.00"),
        *item(280, "Single wall carton 400x300x250", "250.000 ea", "1.77 VAT 20%", "", "£442.50"),
        Text(363, 310, "Total (excl. tax)", 9),
        right(553, 310, "£7832.60", 9),
        Text(363, 325, "Total", 9),
        right(553, 325, "£8330.06", 9),
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
    def item(y: float, desc: str, account: str, qty: str, pu: str, ht: str, ttc: str) -> list:
        return [
            Text(43, y, desc, 8),
            Text(240, y, account, 8),
            Text(303, y, qty, 8),
            right(419, y, pu, 8),
            right(471, y, ht, 8),
            right(497, y, "20 %", 8),
            right(554, y, ttc, 8),
        ]

    page = [
        Text(40, 40, "Syndicat intercommunal des eaux", 14, bold=True),
        Text(380, 40, "BON DE COMMANDE", 14, bold=True),
        Text(380, 62, "N° de bon de commande 4782934"),
        Text(380, 76, "Date 07/03/2026"),
        Text(64, 200, "Désignation des fournitures / prestations", 8, bold=True),
        Text(246, 200, "Imputation", 8, bold=True),
        Text(298, 200, "Qté", 8, bold=True),
        Text(326, 200, "Unité", 8, bold=True),
        Text(363, 200, "Prix unitaire HT", 8, bold=True),
        Text(429, 200, "Montant HT", 8, bold=True),
        Text(480, 200, "TVA", 8, bold=True),
        Text(505, 200, "Montant TTC", 8, bold=True),
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
        Text(400, 290, "TOTAL HT", 8),
        right(550, 290, "1 023,72", 8),
        Text(400, 304, "TVA 20 %", 8),
        right(550, 304, "204,74", 8),
        Text(400, 318, "TOTAL TTC", 8),
        right(550, 318, "1 228,46", 8),
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
    def item(y: float, desc: str, qty: str, pu: str, total: str) -> list:
        return [Text(50, y, desc), right(320, y, qty), right(410, y, pu), right(500, y, total)]

    page = [
        Text(50, 40, "INVOICE", 16, bold=True),
        Text(50, 62, "Invoice no. INV-2024-0042      Date: 12/03/2024"),
        Text(50, 77, "Seller: Acme Tools Ltd, 1 High Street, London"),
        Text(50, 120, "Description", bold=True),
        Text(300, 120, "Qty", bold=True),
        Text(360, 120, "Unit price", bold=True),
        Text(460, 120, "Amount", bold=True),
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
