"""Line rows whose cells the page sets in ways the readers missed: a quantity glued to the
code after it on every row but one (a shipping charge with no code), and an amount whose
thousands are set a wide space apart ("-11 005,05"). Each page is drawn whole and read
through ``extract_bytes``."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.extraction.pages_for_tests import Text, read_pages, right

SENDER = [
    Text(43, 50, "Wolf Logistik GmbH", 12, bold=True),
    Text(43, 66, "Lindenweg 90, 01067 Dresden"),
    Text(400, 50, "RECHNUNG", 12, bold=True),
    Text(400, 70, "Nr. 2025/28818"),
    Text(400, 84, "Datum: 13.06.2025"),
    Text(43, 120, "Metallbau Bodensee AG, Bahnhofstraße 168, 50667 Köln"),
]


def _rows(page: list[Text]) -> list[tuple[str | None, ...]]:
    return [
        (li.sku, li.description, li.quantity, li.unit_price, li.line_total)
        for li in read_pages(page).lines
    ]


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
        Text(43, 200, "Menge Art.-Nr.", 10, bold=True),
        Text(150, 200, "Bezeichnung", 10, bold=True),
        right(440, 200, "E-Preis", 10),
        right(552, 200, "Gesamt", 10),
    ]
    for i, (qty, code, desc, price, total) in enumerate(items):
        y = 216 + 14 * i
        page.append(right(80, y, qty, 10))
        if code:
            page.append(Text(83, y, code, 10))
        page += [Text(150, y, desc, 10), right(440, y, price, 10), right(552, y, total, 10)]
    assert 83 - 80 < 0.45 * 10
    got = _rows(page)
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
    page = [
        *SENDER,
        Text(43, 200, "Référence", 10, bold=True),
        Text(120, 200, "Désignation", 10, bold=True),
        right(380, 200, "Quantité", 10),
        right(460, 200, "PU HT", 10),
        right(552, 200, "Montant HT", 10),
    ]
    for i, (code, desc, qty, price, head, tail) in enumerate(items):
        y = 216 + 14 * i
        page += [Text(43, y, code), Text(120, y, desc), right(380, y, qty), right(460, y, price)]
        if head:
            tail_x = 552 - stringWidth(tail, "Helvetica", 10)
            page += [right(tail_x - 11, y, head), right(552, y, tail)]
        else:
            page.append(right(552, y, tail))
    assert [r[4] for r in _rows(page)] == ["11005.05", "17568.00", "57.00"]
