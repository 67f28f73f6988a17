"""Line rows of born-digital layouts the readers were never tuned on (issue 20, rows6): a
delivery list's weight column after the unit, a French delivery list whose labels the
vocabulary lacked, a currency code printed before each amount, an article code with a
dash after an account code, a pallet's heading across the table and a shipment's details
under it, and each line's VAT rate stated by a one-rate summary. Each page is drawn whole
and read through ``extract_bytes``."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    FRENCH_TOTALS,
    MARCHAND_INVOICE,
    RightAt,
    Text,
    header,
    read_pages,
    right,
    sender_head,
    table_rows,
)

EN_SENDER = sender_head(
    "Harbour Tools Ltd",
    "38 King Street, Manchester M1 2AB",
    "DELIVERY NOTE",
    "Delivery note no. DN-558120",
    "Date: 2025-03-14",
)
FR_SENDER = MARCHAND_INVOICE


def test_a_weight_column_after_the_unit_stays_out_of_the_unit() -> None:
    """'Wt kg' names a column of no line field: its numbers are no part of the unit
    printed before them ('t 1960.0' before)."""
    items = [
        ("01170-99", "Washed sharp sand 0/4", "100", "t", "1960.0"),
        ("02877-29", "Treated softwood batten 63x75 4 m", "857.25", "m", "5486.4"),
        ("03091-36", "Single wall carton 400x300x250", "100", "ea", "3290.0"),
        ("05125-57", "Flexible cable H05VV-F 3G1.5 mm2", "889.25", "m", "1511.7"),
    ]
    labels = [(43, "Part number"), (113, "Description"), (422, "Qty shipped"), (483, "Unit")]
    page = [*EN_SENDER, *header(200, [*labels, (529, "Wt kg")], size=9)]
    columns: list[float | RightAt] = [43, 113, RightAt(474), 483, RightAt(553)]
    page += table_rows(items, columns, 216, step=14, size=9)
    got = [(li.sku, li.description, li.quantity, li.unit) for li in read_pages(page).lines]
    assert got == [(c, d, q, u) for c, d, q, u, _w in items]


LIST_LABELS = [(43, "Ligne"), (78, "Référence"), (135, "Désignation"), (344, "N° de lot")]
LIST_LABELS += [(402, "Qté expédiée"), (474, "UV"), (499, "Poids (kg)")]


def test_a_french_delivery_list_labelled_qte_expediee_and_uv_is_read() -> None:
    """'Qté expédiée', 'N° de lot' and 'UV' (unité de vente) name their columns: the two
    rows are found, with their code, description, quantity shipped and unit."""
    page = [
        *FR_SENDER[:2],
        Text(400, 50, "BON DE LIVRAISON", 12, bold=True),
        Text(400, 70, "BL n° BL-2025-0091"),
        Text(400, 84, "Date : 14/03/2025"),
        *header(200, LIST_LABELS, size=9),
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
    columns: list[float | RightAt] = [RightAt(60), 78, 135, 344, RightAt(466), 474, RightAt(553)]
    page += table_rows(items, columns, 216, step=16, size=9)
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
    labels = [(43, "Réf."), (100, "Désignation"), (300, "Qté"), (330, "Unité")]
    page = [*FR_SENDER, *header(200, [*labels, (410, "P.U. HT"), (490, "Montant HT")], size=9)]
    columns: list[float | RightAt] = [43, 100, RightAt(315), 330, RightAt(440), RightAt(540)]
    page += table_rows(items, columns, 216, step=14, size=9)
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
    labels = [(43, "Désignation"), (210, "Imputation"), (276, "Réf."), (318, "Qté")]
    page = [*FR_SENDER, *header(200, [*labels, (400, "P.U. HT"), (480, "Montant HT")], size=9)]
    columns: list[float | RightAt] = [43, 210, 266, RightAt(332), RightAt(430), RightAt(527)]
    page += table_rows(items, columns, 216, step=14, size=9)
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
        *header(
            200,
            [
                (44, "Product code"),
                (118, "Description"),
                (422, "Delivered"),
                (479, "Unit"),
                (525, "Wt kg"),
            ],
            9,
        ),
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
    labels = [(43, "Référence"), (130, "Désignation"), (330, "Qté"), (390, "Prix unitaire")]
    page = [*FR_SENDER, *header(200, [*labels, (480, "Montant HT")])]
    page += table_rows(items, [43, 130, RightAt(350), RightAt(450), RightAt(540)], 216, step=14)
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
        *table_rows(
            [
                ["Total HT", "1 000,00 €"],
                ["TVA 5,5 %", "22,00 €"],
                ["TVA 20 %", "120,00 €"],
                ["Total TTC", "1 142,00 €"],
            ],
            [330, RightAt(540)],
            520,
        ),
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
        *header(
            200,
            [
                (43, "N°"),
                (59, "Qté"),
                (82, "Imputation"),
                (176, "Désignation"),
                (290, "Réf."),
                (335, "Unité"),
                (365, "Prix unitaire HT"),
                (442, "Total HT"),
                (482, "TVA"),
                (514, "Montant TTC"),
            ],
            8,
        ),
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
        *table_rows(
            [["Total HT", "1 000,00 €"], ["TVA", "200,00 €"], ["Total TTC", "1 200,00 €"]],
            [330, RightAt(540)],
            520,
        ),
    ]
    result = read_pages(_invoice(totals))
    assert [(li.line_total, li.tax_rate) for li in result.lines] == [
        ("400.00", "20"),
        ("600.00", "20"),
    ]
