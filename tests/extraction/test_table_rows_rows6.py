"""Line rows of born-digital layouts the readers were never tuned on (issue 20, rows6): a
delivery list's weight column after the unit, a French delivery list whose labels the
vocabulary lacked, a currency code printed before each amount, an article code with a
dash after an account code, a pallet's heading across the table and a shipment's details
under it, and each line's VAT rate stated by a one-rate summary. Each page is drawn whole
and read through ``extract_bytes``."""

from __future__ import annotations

from tests.extraction.pages_for_tests import FRENCH_TOTALS, Text, read_pages, right

EN_SENDER = [
    Text(43, 50, "Harbour Tools Ltd", 12, bold=True),
    Text(43, 66, "38 King Street, Manchester M1 2AB"),
    Text(400, 50, "DELIVERY NOTE", 12, bold=True),
    Text(400, 70, "Delivery note no. DN-558120"),
    Text(400, 84, "Date: 2025-03-14"),
]
FR_SENDER = [
    Text(43, 50, "Marchand Matériaux SARL", 12, bold=True),
    Text(43, 66, "12 rue des Lilas, 44000 Nantes"),
    Text(400, 50, "FACTURE", 12, bold=True),
    Text(400, 70, "Facture n° FA-2025-0418"),
    Text(400, 84, "Date : 14/03/2025"),
]


def test_a_weight_column_after_the_unit_stays_out_of_the_unit() -> None:
    """'Wt kg' names a column of no line field: its numbers are no part of the unit
    printed before them ('t 1960.0' before)."""
    items = [
        ("01170-99", "Washed sharp sand 0/4", "100", "t", "1960.0"),
        ("02877-29", "Treated softwood batten 63x75 4 m", "857.25", "m", "5486.4"),
        ("03091-36", "Single wall carton 400x300x250", "100", "ea", "3290.0"),
        ("05125-57", "Flexible cable H05VV-F 3G1.5 mm2", "889.25", "m", "1511.7"),
    ]
    page = [
        *EN_SENDER,
        Text(43, 200, "Part number", 9, bold=True),
        Text(113, 200, "Description", 9, bold=True),
        Text(422, 200, "Qty shipped", 9, bold=True),
        Text(483, 200, "Unit", 9, bold=True),
        Text(529, 200, "Wt kg", 9, bold=True),
    ]
    for i, (code, desc, qty, unit, weight) in enumerate(items):
        y = 216 + 14 * i
        page += [Text(43, y, code, 9), Text(113, y, desc, 9), right(474, y, qty, 9)]
        page += [Text(483, y, unit, 9), right(553, y, weight, 9)]
    got = [(li.sku, li.description, li.quantity, li.unit) for li in read_pages(page).lines]
    assert got == [(c, d, q, u) for c, d, q, u, _w in items]


def test_a_french_delivery_list_labelled_qte_expediee_and_uv_is_read() -> None:
    """'Qté expédiée', 'N° de lot' and 'UV' (unité de vente) name their columns: the two
    rows are found, with their code, description, quantity shipped and unit."""
    page = [
        *FR_SENDER[:2],
        Text(400, 50, "BON DE LIVRAISON", 12, bold=True),
        Text(400, 70, "BL n° BL-2025-0091"),
        Text(400, 84, "Date : 14/03/2025"),
        Text(43, 200, "Ligne", 9, bold=True),
        Text(78, 200, "Référence", 9, bold=True),
        Text(135, 200, "Désignation", 9, bold=True),
        Text(344, 200, "N° de lot", 9, bold=True),
        Text(402, 200, "Qté expédiée", 9, bold=True),
        Text(474, 200, "UV", 9, bold=True),
        Text(499, 200, "Poids (kg)", 9, bold=True),
    ]
    items = [
        ("10", "CAF597F", "Café grains bio Honduras 1 kg", "L2408-052", "3", "kg", "82,5"),
        (
            "20",
            "FLT8927F",
            "Filtre à huile pour compresseur à vis",
            "L2449-022",
            "2",
            "pce",
            "23,2",
        ),
    ]
    for i, (no, code, desc, lot, qty, unit, weight) in enumerate(items):
        y = 216 + 16 * i
        page += [right(60, y, no, 9), Text(78, y, code, 9), Text(135, y, desc, 9)]
        page += [Text(344, y, lot, 9), right(466, y, qty, 9), Text(474, y, unit, 9)]
        page.append(right(553, y, weight, 9))
    page += [Text(43, 260, "Transporteur : Kuehne + Nagel", 9), Text(43, 274, "Colis :  2", 9)]
    got = [(li.sku, li.description, li.quantity, li.unit) for li in read_pages(page).lines]
    assert got == [(it[1], it[2], it[4], it[5]) for it in items]


def test_a_currency_code_before_each_amount_belongs_to_the_amount() -> None:
    """'EUR' printed before every price and amount: no part of the unit before it
    ('forfait'), and 'EUR 1 435,63' keeps its thousands."""
    items = [
        ("11.62.82", "Filtre à huile pour compresseur", "4", "pce", "EUR 54,91", "EUR 219,64"),
        (
            "89.77.95",
            "Abonnement maintenance logiciel",
            "2",
            "forfait",
            "EUR 1 435,63",
            "EUR 2 871,26",
        ),
        ("73.26.48", "Sable de Loire 0/4 lavé", "25", "t", "EUR 41,63", "EUR 1 040,75"),
    ]
    page = [
        *FR_SENDER,
        Text(43, 200, "Réf.", 9, bold=True),
        Text(100, 200, "Désignation", 9, bold=True),
        Text(300, 200, "Qté", 9, bold=True),
        Text(330, 200, "Unité", 9, bold=True),
        Text(410, 200, "P.U. HT", 9, bold=True),
        Text(490, 200, "Montant HT", 9, bold=True),
    ]
    for i, (code, desc, qty, unit, price, total) in enumerate(items):
        y = 216 + 14 * i
        page += [Text(43, y, code, 9), Text(100, y, desc, 9), right(315, y, qty, 9)]
        page += [Text(330, y, unit, 9), right(440, y, price, 9), right(540, y, total, 9)]
    got = [(li.unit, li.unit_price, li.line_total) for li in read_pages(page).lines]
    assert got == [
        ("pce", "54.91", "219.64"),
        ("forfait", "1435.63", "2871.26"),
        ("t", "41.63", "1040.75"),
    ]


def test_a_dashed_article_code_after_an_account_code_keeps_its_letters() -> None:
    """'TUY-9801' printed just after the account code column's space: one code, not 'TUY'
    for the account column and '-9801' for the item."""
    items = [
        ("Caisse carton simple cannelure", "23-6010-400", "CRT-5556", "12", "2,39", "28,68"),
        ("Tuyau PER nu 16 mm couronne", "21-6195-640", "TUY-9801", "100", "143,76", "14 376,00"),
        ("Ruban adhésif PP brun 48 mm", "011-6035-738", "RUB-8092", "12", "2,83", "33,96"),
    ]
    page = [
        *FR_SENDER,
        Text(43, 200, "Désignation", 9, bold=True),
        Text(210, 200, "Imputation", 9, bold=True),
        Text(276, 200, "Réf.", 9, bold=True),
        Text(318, 200, "Qté", 9, bold=True),
        Text(400, 200, "P.U. HT", 9, bold=True),
        Text(480, 200, "Montant HT", 9, bold=True),
    ]
    for i, (desc, account, code, qty, price, total) in enumerate(items):
        y = 216 + 14 * i
        page += [Text(43, y, desc, 9), Text(210, y, account, 9), Text(266, y, code, 9)]
        page += [right(332, y, qty, 9), right(430, y, price, 9), right(527, y, total, 9)]
    got = [(li.sku, li.description, li.line_total) for li in read_pages(page).lines]
    assert got == [(c, d, t.replace(" ", "").replace(",", ".")) for d, _a, c, _q, _p, t in items]


def test_a_pallet_heading_and_the_shipment_details_are_no_item_text() -> None:
    """A pallet's heading printed from the code's column across the description's ('Pallet
    2 – ... – SSCC ...') and a shipment's captions under the list ('Carrier:') belong to
    no item: the item above keeps its own description, every code is read."""
    items = [
        ("4003226897521", "Soluble cutting oil 20 L drum", "3", "drum", "67.2"),
        ("4009878637521", "Brown PP packing tape 48 mm x 66 m", "100", "roll", "830.0"),
        ("4003287119311", "Powder-free nitrile gloves size M", "1", "box", "11.1"),
        ("4006476324941", "On-site technician call-out", "24", "hr", "912.0"),
        ("4000612297241", "PEX pipe 16 mm 100 m coil", "12", "coil", "117.6"),
    ]
    page = [
        *EN_SENDER,
        Text(44, 200, "Product code", 9, bold=True),
        Text(118, 200, "Description", 9, bold=True),
        Text(422, 200, "Delivered", 9, bold=True),
        Text(479, 200, "Unit", 9, bold=True),
        Text(525, 200, "Wt kg", 9, bold=True),
        Text(44, 214, "Pallet 1 – 908.3 kg – SSCC 325606754036672610", 9),
    ]
    y = 228.0
    for i, (code, desc, qty, unit, weight) in enumerate(items):
        if i == 3:
            page.append(Text(44, y, "Pallet 2 – 1029.6 kg – SSCC 356397254829315037", 9))
            y += 14
        page += [Text(44, y, code, 9), Text(112, y, desc, 9), right(471, y, qty, 9)]
        page += [Text(479, y, unit, 9), right(552, y, weight, 9)]
        y += 14
    page += [Text(40, y + 6, "Carrier:", 9), Text(120, y + 6, "DPD", 9)]
    page += [Text(40, y + 20, "Packages:", 9), Text(120, y + 20, "2", 9)]
    page += [Text(40, y + 34, "Net weight:", 9), Text(120, y + 34, "1937.9 kg", 9)]
    got = [(li.sku, li.description, li.quantity, li.unit) for li in read_pages(page).lines]
    assert got == [(c, d, q, u) for c, d, q, u, _w in items]


def _invoice(totals: list[Text]) -> list[Text]:
    items = [
        ("CRT-5556", "Caisse carton simple cannelure", "100", "4,00", "400,00"),
        ("RUB-8092", "Ruban adhésif PP brun 48 mm", "50", "12,00", "600,00"),
    ]
    page = [
        *FR_SENDER,
        Text(43, 200, "Référence", 10, bold=True),
        Text(130, 200, "Désignation", 10, bold=True),
        Text(330, 200, "Qté", 10, bold=True),
        Text(390, 200, "Prix unitaire", 10, bold=True),
        Text(480, 200, "Montant HT", 10, bold=True),
    ]
    for i, (code, desc, qty, price, total) in enumerate(items):
        y = 216 + 14 * i
        page += [Text(43, y, code), Text(130, y, desc), right(350, y, qty)]
        page += [right(450, y, price), right(540, y, total)]
    return page + totals


def test_a_one_rate_summary_gives_every_line_its_rate() -> None:
    """The totals charge 20 % on the whole net (200,00 on 1 000,00) and the lines sum to
    it: each line's rate is 20, a fact of the document an ERP books the lines with."""
    result = read_pages(_invoice(FRENCH_TOTALS))
    assert [(li.line_total, li.tax_rate) for li in result.lines] == [
        ("400.00", "20"),
        ("600.00", "20"),
    ]


def test_two_rates_without_their_bases_give_no_line_a_rate() -> None:
    """Two rates in the totals, each with its tax only: which line bears which is not
    printed, so no line is given one."""
    totals = [
        Text(330, 520, "Total HT"),
        right(540, 520, "1 000,00 €"),
        Text(330, 536, "TVA 5,5 %"),
        right(540, 536, "22,00 €"),
        Text(330, 552, "TVA 20 %"),
        right(540, 552, "120,00 €"),
        Text(330, 568, "Total TTC"),
        right(540, 568, "1 142,00 €"),
    ]
    result = read_pages(_invoice(totals))
    assert [li.line_total for li in result.lines] == ["400.00", "600.00"]
    assert all(li.tax_rate is None for li in result.lines)


def test_an_amount_glued_to_its_rate_is_the_net_not_the_gross_after_them() -> None:
    """'USD 10,91 20 %': the line's net and its VAT rate printed so close that they are one
    segment, the amount with VAT after them in a column of its own ('Montant TTC'). The
    net is the line's amount, not the gross."""
    items = [
        (
            "1",
            "1",
            "011-6181-174",
            "Chevron sapin traité classe 2",
            "4000876270321",
            "m",
            "USD 10,91",
            "USD 10,91",
            "20 %",
            "13,09",
        ),
        (
            "2",
            "1",
            "21-6259-105",
            "Papier reprographie A4 80 g",
            "4002590704471",
            "ramette",
            "USD 4,69",
            "USD 3,99",
            "10 %",
            "4,39",
        ),
        (
            "3",
            "4",
            "21-6257-018",
            "Filtre à huile pour compresseur",
            "4000428701651",
            "pce",
            "USD 38,66",
            "USD 154,64",
            "10 %",
            "170,10",
        ),
        (
            "4",
            "1",
            "011-6106-093",
            "Frais de port",
            "",
            "",
            "USD 43,66",
            "USD 43,66",
            "20 %",
            "52,39",
        ),
    ]
    page = [
        *FR_SENDER,
        Text(43, 200, "N°", 8, bold=True),
        Text(59, 200, "Qté", 8, bold=True),
        Text(82, 200, "Imputation", 8, bold=True),
        Text(176, 200, "Désignation", 8, bold=True),
        Text(290, 200, "Réf.", 8, bold=True),
        Text(335, 200, "Unité", 8, bold=True),
        Text(365, 200, "Prix unitaire HT", 8, bold=True),
        Text(442, 200, "Total HT", 8, bold=True),
        Text(482, 200, "TVA", 8, bold=True),
        Text(514, 200, "Montant TTC", 8, bold=True),
    ]
    for i, (no, qty, account, desc, code, unit, price, total, rate, gross) in enumerate(items):
        y = 214 + 14 * i
        page += [right(52, y, no, 8), right(72, y, qty, 8), Text(82, y, account, 8)]
        page += [Text(132, y, desc, 8), Text(270, y, code, 8), Text(333, y, unit, 8)]
        page += [right(426, y, price, 8), right(475, y, total, 8), Text(478, y, rate, 8)]
        page.append(right(546, y, gross, 8))
    got = [(li.unit_price, li.line_total, li.tax_rate) for li in read_pages(page).lines]
    assert got == [
        ("10.91", "10.91", "20"),
        ("4.69", "3.99", "10"),
        ("38.66", "154.64", "10"),
        ("43.66", "43.66", "20"),
    ]


def test_a_rate_table_that_names_no_tax_on_its_rows_gives_every_line_its_rate() -> None:
    """A rate table above the totals ('Taux  Base HT  Montant TVA' over '20 %  1 000,00
    200,00'): its row names no tax, its base x rate = tax says what it is."""
    totals = [
        Text(60, 470, "Taux", bold=True),
        right(200, 470, "Base HT"),
        right(300, 470, "Montant TVA"),
        Text(60, 486, "20 %"),
        right(200, 486, "1 000,00"),
        right(300, 486, "200,00"),
        Text(330, 520, "Total HT"),
        right(540, 520, "1 000,00 €"),
        Text(330, 536, "TVA"),
        right(540, 536, "200,00 €"),
        Text(330, 552, "Total TTC"),
        right(540, 552, "1 200,00 €"),
    ]
    result = read_pages(_invoice(totals))
    assert [(li.line_total, li.tax_rate) for li in result.lines] == [
        ("400.00", "20"),
        ("600.00", "20"),
    ]
