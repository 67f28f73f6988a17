"""Line rows whose cells the page sets in ways the readers missed: a quantity glued to the
code after it on every row but one (a shipping charge with no code), and an amount whose
thousands are set a wide space apart ("-11 005,05"). Each page is drawn whole and read
through ``extract_bytes``."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extraction.pages_for_tests import (
    RightAt,
    Text,
    heads,
    item_rows,
    letterhead,
    read_pages,
    right,
    table_rows,
)

SENDER = letterhead(
    "Wolf Logistik GmbH",
    "Lindenweg 90, 01067 Dresden",
    "RECHNUNG",
    "Nr. 2025/28818",
    "Datum: 13.06.2025",
    "Metallbau Bodensee AG, Bahnhofstraße 168, 50667 Köln",
)


def test_a_quantity_glued_to_its_code_is_cut_off_though_one_row_has_no_code() -> None:
    """The quantity ends 3 pt before the code that follows it, so each is one segment
    with it ("100 07680-15"); the last row, a shipping charge, prints its quantity and no
    code. The quantity is cut off every code all the same, and each row checks out."""
    items = [
        ("100", "07680-15", "PE-Xa Rohr 16 mm Ring 100 m", "139,23", "13.923,00"),
        ("6", "04244-61", "Thermoetiketten 100x150 mm", "18,18", "109,08"),
        ("48", "07581-72", "Senkkopfschraube Edelstahl A2", "11,33", "543,84"),
        ("18,91", "00317-60", "Mantelleitung H05VV-F 3G1,5", "2,57", "48,60"),
        ("12", "09819-49", "Kopierpapier A4 80 g/m²", "8,34", "100,08"),
        ("1", "", "Versandkosten", "44,68", "44,68"),
    ]
    page = [
        *SENDER,
        *heads(
            200,
            [43, 150, RightAt(440), RightAt(552)],
            ["Menge Art.-Nr.", "Bezeichnung", "E-Preis", "Gesamt"],
        ),
        *table_rows(items, [RightAt(80), 83, 150, RightAt(440), RightAt(552)], 216, step=14),
    ]
    assert 83 - 80 < 0.45 * 10
    got = item_rows(page)
    assert got == [
        (
            code or None,
            desc,
            qty.replace(",", "."),
            price.replace(",", "."),
            total.replace(".", "").replace(",", "."),
        )
        for qty, code, desc, price, total in items
    ]


def test_an_amount_whose_thousands_are_set_a_wide_space_apart_is_one_amount() -> None:
    """ "-11 005,05" and "-17 568,00" printed with a space as wide as the type is high between
    the thousands and the rest: the page cuts them into two segments, yet each is one
    amount (a group led by a zero is never a number of its own; one that is not, only
    when the row's quantity times its price says so)."""
    items = [
        ("ABO-7280", "Abonnement maintenance logiciel", "15", "733,67", "-11", "005,05"),
        ("CLE-8435", "Clé dynamométrique 1/2 pouce", "100", "175,68", "-17", "568,00"),
        ("CAF-2309", "Café grains bio Honduras 1 kg", "4", "14,25", "", "-57,00"),
    ]
    columns = [43, 120, RightAt(380), RightAt(460), RightAt(552)]
    page = [
        *SENDER,
        *heads(200, columns, ["Référence", "Désignation", "Quantité", "PU HT", "Montant HT"]),
        *table_rows([(*item[:4], item[5]) for item in items], columns, 216, step=14),
        *[  # the thousands, a type's height before the rest
            right(552 - stringWidth(tail, "Helvetica", 10) - 11, 216 + 14 * i, head)
            for i, (*_, head, tail) in enumerate(items)
            if head
        ],
    ]
    assert [r[4] for r in item_rows(page)] == ["11005.05", "17568.00", "57.00"]


def test_a_discount_column_labelled_with_its_sign_is_no_second_vat_rate() -> None:
    """ "Rabatt %" beside "USt. %": both columns hold percentages; the discount one is
    named by its word, the sign only says it holds rates, so each line keeps its VAT
    rate and its amount checks out with the discount taken off."""
    items = [
        ("PAP8754E", "Kopierpapier A4 80 g/m²", "48", "6,28", "10 %", "271,30"),
        ("ABO7125B", "Softwarewartung Jahresabo", "100", "1761,87", "", "176187,00"),
        ("VIS5411E", "Senkkopfschraube Edelstahl A2", "250", "24,93", "5 %", "5920,88"),
        ("FLT2895E", "Ölfilter für Schraubenkompressor", "20", "44,28", "15 %", "752,76"),
    ]
    columns = [43, 110, *map(RightAt, (340, 390, 446, 491, 552))]
    labels = ["Art.-Nr.", "Beschreibung", "Menge", "Preis", "Rabatt %", "USt. %", "Gesamt"]
    page = [
        *SENDER,
        *heads(200, columns, labels),
        *table_rows([(*item[:5], "20 %", item[5]) for item in items], columns, 216, step=14),
    ]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.tax_rate, li.line_total) for li in lines] == [
        (code, qty, "20", total.replace(",", ".")) for code, _d, qty, _p, _r, total in items
    ]


def test_a_delivery_note_of_one_count_column_continues_on_a_page_without_header() -> None:
    """A packing list whose only number is the count delivered ("48 pce"), its table
    running on to a second page that prints no header: the rows there sit in the same
    column and are read as the first page's are."""
    first = [
        ("4006942739791", "Clé dynamométrique 1/2 pouce", "48 pce"),
        ("4001070711241", "Sable de Loire 0/4 lavé", "1153,5 t"),
        ("4000605745061", "Abonnement maintenance logiciel", "10 forfait"),
    ]
    second = [
        ("4003201825041", "Étagère métallique galvanisée", "100 pce"),
        ("4005248397081", "Tuyau PER nu 16 mm couronne 100 m", "1 couronne"),
        ("4008359811841", "Papier reprographie A4 80 g", "15 ramette"),
    ]
    head = [
        *letterhead(
            "Menuiserie de l'Ouest SA",
            "9 chemin des Vignes, 59000 Lille",
            "Bon de livraison",
            "N° de livraison 5678462",
            "Date 2025-02-27",
            x=380,
        ),
        *heads(200, [43, RightAt(552)], ["Désignation", "Livré"]),
    ]

    def body(items: list[tuple[str, str, str]], top: float) -> list[Text]:
        cells = [(f"{code} - {desc}", count) for code, desc, count in items]
        return table_rows(cells, [43, RightAt(552)], top, step=14)

    page2 = [
        Text(300, 40, "Menuiserie de l'Ouest SA · Bon de livraison 5678462"),
        *body(second, 70),
    ]
    result = read_pages([*head, *body(first, 216)], page2)
    assert [(li.page, li.sku, li.quantity, li.unit) for li in result.lines] == [
        (1, "4006942739791", "48", "pce"),
        (1, "4001070711241", "1153.5", "t"),
        (1, "4000605745061", "10", "forfait"),
        (2, "4003201825041", "100", "pce"),
        (2, "4005248397081", "1", "couronne"),
        (2, "4008359811841", "15", "ramette"),
    ]


def test_labels_set_a_word_space_apart_are_cut_where_each_names_a_column() -> None:
    """ "Qté Prix unitaire HT Montant HT TVA Total TTC" printed as one run of words: cut
    where each piece names a column, the header is found, and the account column beside
    the description ("Imputation") gives no item code."""
    items = [
        ("Tube LED T8 18 W 120 cm", "23-6099-304", "48", "6,07", "291,36", "349,63"),
        ("Tuyau PER nu 16 mm couronne", "23-6031-706", "12", "88,18", "1058,16", "1269,79"),
        ("Papier reprographie A4 80 g", "23-6125-779", "1", "6,60", "6,60", "7,92"),
        ("Sable de Loire 0/4 lavé", "011-6042-406", "100", "74,88", "7488,00", "8985,60"),
    ]
    labels = "Qté Prix unitaire HT Montant HT TVA Total TTC"
    page = [
        *SENDER,
        *heads(200, [43, 200], ["Désignation", "Imputation"]),
        Text(290, 200, labels, 10),
        *table_rows(
            [(*item[:5], "20 %", item[5]) for item in items],
            [43, 200, *map(RightAt, (310, 385, 446, 478, 552))],
            216,
            step=14,
        ),
    ]
    got = item_rows(page)
    assert got == [
        (None, desc, qty, price.replace(",", "."), net.replace(",", "."))
        for desc, _a, qty, price, net, _g in items
    ]


def test_line_numbers_glued_to_the_descriptions_are_no_part_of_them() -> None:
    """A position number set a space before each description ("1 Vis inox ..."): the
    header-word reading keeps it in the text, the reading by structure cuts it off as a
    column counting up; both check out on every row, and the one whose descriptions do
    not start with the rows' positions is kept."""
    items = [
        ("Vis inox A2 tête fraisée 5x50", "48", "11,91", "571,68"),
        ("Ruban adhésif PP brun 48 mm", "3", "2,26", "6,78"),
        ("Gants nitrile non poudrés taille M", "48", "7,93", "380,64"),
        ("Huile de coupe soluble bidon 20 L", "6", "104,58", "627,48"),
        ("Intervention technicien sur site", "32,14", "74,04", "2379,65"),
    ]
    numbers = [RightAt(x) for x in (317, 401, 458, 554)]
    page = [
        *SENDER,
        *heads(
            200,
            [60, 99, *numbers],
            ["Ligne", "Désignation", "Quantité", "PU HT", "Taux TVA", "Total HT"],
        ),
        *table_rows(
            [
                (str(n), desc, qty, price, "20 %", total)
                for n, (desc, qty, price, total) in enumerate(items, 1)
            ],
            [RightAt(92), 95, *numbers],
            216,
            step=14,
        ),
    ]
    got = [(li.description, li.quantity) for li in read_pages(page).lines]
    assert got == [(desc, qty.replace(",", ".")) for desc, qty, _p, _t in items]


DELIVERY_HEAD = letterhead(
    "Établissements Petit SAS",
    "66 bis rue Pasteur, 21000 Dijon",
    "BON D'EXPÉDITION",
    "N° de BL 9267005",
    "Date 20/09/2025",
    "Livrer à : Cartonnages Garnier SAS, 121 quai de la Fosse, 44000 Nantes",
    x=380,
)


def test_a_count_under_a_label_no_list_holds_is_read_by_its_column() -> None:
    """ "Produit/Service  Description  Qté expédiée": the only labels named are the item's
    text; the one column of numbers, under a label the vocabulary lacks, is each line's
    count (there is no price, no amount, no count in the text)."""
    items = [
        ("4003000478441", "Tube LED T8 18 W 120 cm 4000 K", "10"),
        ("4003078818111", "Tuyau PER nu 16 mm couronne 100 m", "4"),
        ("4005372650381", "Peinture glycéro satinée blanche 2,5 L", "250"),
        ("4004773353031", "Sable de Loire 0/4 lavé", "32,43"),
    ]
    page = [
        *DELIVERY_HEAD,
        *heads(200, [43, 150, RightAt(552)], ["Produit/Service", "Description", "Qté expédiée"]),
        *table_rows(items, [43, 150, RightAt(540)], 216, step=14),
    ]
    got = [(li.sku, li.description, li.quantity) for li in read_pages(page).lines]
    assert got == [(code, desc, count.replace(",", ".")) for code, desc, count in items]


def test_counts_in_the_text_leave_the_number_column_a_weight_and_wraps_join_their_item() -> None:
    """ "Ref.  Details  Wt.": each line's count is printed in its text ("48 x PEX pipe"),
    the column of numbers is a weight, and a line of text under an item ("Packed in 6s")
    continues that item's description, no line of its own."""
    page = [
        *DELIVERY_HEAD,
        *heads(200, [43, 174, RightAt(552)], ["Ref.", "Details", "Wt."]),
        Text(43, 216, "4000752358001"),
        Text(174, 216, "100 x A4 copier paper 80 gsm"),
        right(552, 216, "3670"),
        Text(174, 230, "Packed in 6s"),
        Text(43, 244, "4009782293691"),
        Text(174, 244, "48 x PEX pipe 16 mm 100 m coil"),
        right(552, 244, "758.4"),
        Text(43, 258, "4001475736241"),
        Text(174, 258, "2 x Brown PP packing tape 48 mm"),
        right(552, 258, "31.6"),
    ]
    got = [(li.sku, li.description, li.quantity) for li in read_pages(page).lines]
    assert got == [
        ("4000752358001", "A4 copier paper 80 gsm Packed in 6s", "100"),
        ("4009782293691", "PEX pipe 16 mm 100 m coil", "48"),
        ("4001475736241", "Brown PP packing tape 48 mm", "2"),
    ]
