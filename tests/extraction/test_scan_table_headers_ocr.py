"""A scanned table read by structure from OCR words (no tesseract here: the words are given
as OCR returns them, their boxes hugging the glyphs, so "HT" stands lower than "Qté").

Seen on scans of an administration's purchase order (office layout, family B): labels
printed close in one run ("Qté  Prix unitaire HT  Total HT  TVA") were cut at the space
after "unitaire", measured against the low box of "HT", so no header was found and every
row's code and description were read as one cell; and a lone "4" in a narrow quantity
column was not read at all."""

from __future__ import annotations

from extraction.assemble import build_result
from extraction.layout import build_layout
from extraction.result import ExtractionResult, LineItem, PageResult, Word
from tests.extraction.pages_for_tests import ACCEPT


def _w(text: str, x0: float, x1: float, y: float, h: float = 6.5) -> Word:
    """An OCR word whose box hugs its glyphs: capitals and digits ``h`` high, from the
    row's baseline up."""
    return Word(text=text, bbox=(x0, y + 8 - h, x1, y + 8), confidence=0.93, source="ocr")


def _header(y: float) -> list[Word]:
    return [
        _w("N°", 44, 53, y, 6.2),
        _w("Réf.", 70, 87, y, 7.0),
        _w("Imputation", 106, 155, y, 7.9),
        _w("Désignation", 214, 268, y, 8.4),
        _w("Qté", 332, 348, y, 7.9),
        _w("Prix", 355, 372, y, 6.2),
        _w("unitaire", 376, 411, y, 6.7),
        _w("HT", 414.5, 426, y, 6.2),
        _w("Total", 433, 455, y, 6.5),
        _w("HT", 458.5, 470, y, 6.2),
        _w("TVA", 478, 496, y, 6.2),
        _w("Montant", 510, 548, y, 6.5),
    ]


def _right(text: str, x1: float, y: float) -> Word:
    return _w(text, x1 - 4.6 * len(text), x1, y)


def _item(y: float, code: str, desc: str, qty: str, price: str, total: str) -> list[Word]:
    """An item row: the code and its account code close together, the description, and
    the numbers right-aligned in their columns (a lost quantity left out)."""
    words = [_w(code, 61, 98, y), _w("21-6043-088", 103, 155, y)]
    x = 165.0
    for part in desc.split():
        words.append(_w(part, x, x + 4.6 * len(part), y))
        x += 4.6 * len(part) + 3
    if qty:
        words.append(_right(qty, 348, y))
    words += [_right(price, 426, y), _right(total, 469, y), _w("21%", 478, 497, y)]
    return words


def _read(rows: list[tuple[str, str, str, str, str]]) -> ExtractionResult:
    words = [
        _w("Bon", 200, 220, 100, 9),
        _w("de", 224, 236, 100, 9),
        _w("commande", 240, 300, 100, 9),
        *_header(255),
    ]
    for i, row in enumerate(rows):
        words += _item(280 + 14 * i, *row)
    page = PageResult(number=1, text="", source="ocr", width=596, height=843, words=words)
    return build_result([page], [build_layout(words, 1, 596, 843)])


ROWS = [
    ("76.90.63", "Étagère métallique galvanisée", "50", "59,27", "2963,50"),
    ("39.34.76", "Clé dynamométrique 40-200 Nm", "25", "173,68", "4342,00"),
    ("46.38.39", "Papier reprographie A4 80 g", "2", "3,60", "7,20"),
    ("28.76.70", "Peinture glycéro satinée blanche", "", "33,45", "133,80"),
    ("43.27.75", "Intervention technicien sur site", "24,14", "71,19", "1718,53"),
]


def _cells(li: LineItem) -> tuple[str | None, ...]:
    return (li.sku, li.description, li.quantity, li.unit_price, li.line_total)


def test_labels_printed_close_are_told_apart_by_the_cells_tallest_word() -> None:
    lines = _read(ROWS).lines
    assert [li.description for li in lines] == [r[1] for r in ROWS]
    assert [li.sku for li in lines] == [r[0] for r in ROWS]
    assert [li.unit_price for li in lines] == ["59.27", "173.68", "3.60", "33.45", "71.19"]


def test_a_quantity_lost_from_its_column_is_the_whole_quotient_of_amount_and_price() -> None:
    lines = _read(ROWS).lines
    assert _cells(lines[3]) == ("28.76.70", ROWS[3][1], "4", "33.45", "133.80")
    # worked out, not read: a clerk sees it
    assert lines[3].confidence < ACCEPT


def _text(text: str, x: float, y: float) -> list[Word]:
    out = []
    for part in text.split():
        out.append(_w(part, x, x + 4.6 * len(part), y))
        x += 4.6 * len(part) + 3
    return out


def test_a_quantity_with_a_plainly_typed_square_metre_is_parted_from_the_price() -> None:
    """ "14,13 m2 64,50 20 %" set close as one run (a craftsman's quote): the quantity with
    its unit "m2", the price and the rate are cells of their own, as with "ml" or "U"."""
    words = [
        _w("Réf.", 45, 62, 290),
        _w("Désignation", 66, 115, 290),
        _w("Qté", 399, 414, 290),
        _w("U", 420, 426, 290),
        _w("PU", 454, 466, 290),
        _w("Taux", 472, 492, 290),
        _w("Montant", 512, 554, 290, 7),
    ]
    words += [_w("1.2", 43, 56, 310), *_text("Pose de plinthes", 69, 310)]
    words += [_w("33", 402, 412, 310), _w("ml", 415, 426, 310), _w("30,90", 445, 468, 310)]
    words += [_w("20", 471, 481, 310), _w("%", 484, 493, 310), _right("1019,70", 555, 310)]
    words += [_w("2.1", 43, 56, 326), *_text("Carrelage grès cérame", 70, 326)]
    words += [_w("14,13", 391, 414, 326), _w("m2", 417, 428, 326), _w("64,50", 445, 468, 326)]
    words += [_w("20", 471, 481, 326), _w("%", 484, 493, 326), _right("911,39", 555, 326)]
    page = PageResult(number=1, text="", source="ocr", width=596, height=843, words=words)
    lines = build_result([page], [build_layout(words, 1, 596, 843)]).lines
    got = [(li.quantity, li.unit, li.unit_price, li.line_total) for li in lines]
    assert ("14.13", "m2", "64.50", "911.39") in got


def test_a_bracketed_code_read_with_a_space_in_it_is_the_rows_code() -> None:
    """An ERP prints the code in brackets before the description ("[06317-58] Câble"); OCR
    sets a space where two of its glyphs stand apart ("[0631 7-58]"): still the code."""
    words = [
        _w("Description", 43, 95, 290),
        _w("Quantité", 350, 393, 290),
        _w("Prix", 430, 450, 290),
        _w("Montant", 515, 553, 290),
    ]
    rows = [
        ("[01670-36] Câble souple 3G1,5", "1415", "3,70", "5235,50"),
        ("[0631 7-58] Câble souple 3G1,5", "138,7", "3,93", "545,09"),
        ("[09317-33] Chevron sapin 63x75", "4", "6,28", "25,12"),
    ]
    for i, (text, qty, price, total) in enumerate(rows):
        y = 310 + 14 * i
        words += [*_text(text, 43, y), _right(qty, 393, y), _right(price, 458, y)]
        words.append(_right(total, 553, y))
    page = PageResult(number=1, text="", source="ocr", width=596, height=843, words=words)
    lines = build_result([page], [build_layout(words, 1, 596, 843)]).lines
    assert [(li.sku, li.description) for li in lines] == [
        ("01670-36", "Câble souple 3G1,5"),
        ("06317-58", "Câble souple 3G1,5"),
        ("09317-33", "Chevron sapin 63x75"),
    ]
