"""Parsers read what French and English documents print."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from extraction.labels import match_label, resolve_docnum
from extraction.layout import build_layout
from extraction.lines import header_columns
from extraction.parse.amounts import currency_in, money_str, parse_amount
from extraction.parse.dates import parse_date
from extraction.parse.identifiers import check_iban, check_vat, find_ibans, siren_valid
from extraction.result import LineItem, Word
from tests.extraction.pages_for_tests import row_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2026", date(2026, 3, 12)),
        ("12.03.26", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("12 mars 2026", date(2026, 3, 12)),
        ("1er février 2026", date(2026, 2, 1)),
        ("Lyon, le 3 août 2026", date(2026, 8, 3)),
        ("March 12, 2026", date(2026, 3, 12)),
        ("12 March 2026", date(2026, 3, 12)),
        ("Dec. 5 2026", date(2026, 12, 5)),
        ("03/25/2026", date(2026, 3, 25)),  # month first only when the day cannot be first
    ],
)
def test_dates_fr_en(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_impossible_date_is_not_a_date() -> None:
    assert parse_date("31/02/2026") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1 234,56 €", "fr", "1234.56"),
        ("1.234,56 EUR", "fr", "1234.56"),
        ("€1,234.56", "en", "1234.56"),
        ("1,234.56 GBP", "en", "1234.56"),
        ("$12.50", "en", "12.50"),
        ("12,5", "fr", "12.5"),
        ("1.500", "fr", "1500"),
        ("1,500", "en", "1500"),
        ("154 510,02", "fr", "154510.02"),
        ("-12,00 €", "fr", "-12.00"),
    ],
)
def test_amounts_fr_en(text: str, language: str, expected: str) -> None:
    assert parse_amount(text, language) == Decimal(expected)


def test_amount_rejects_words_and_rates() -> None:
    assert parse_amount("20 %", "fr") is None
    assert parse_amount("page 2 of 3", "en") is None
    assert money_str(Decimal("54")) == "54.00"


def test_currency_signs() -> None:
    assert currency_in("1 234,56 €") == "EUR"
    assert currency_in("£10.00") == "GBP"
    assert currency_in("12.00 USD") == "USD"


def test_iban_checked_and_ocr_misread_repaired_with_less_trust() -> None:
    good = "FR7630006000011234567890189"
    assert check_iban("FR76 3000 6000 0112 3456 7890 189") == (good, 1.0)
    misread = good[:10] + "O" + good[11:]  # OCR read a zero as the letter O
    value, trust = check_iban(misread)  # type: ignore[misc]
    assert value == good and trust < 1.0
    # a wrong digit no look-alike of the printed one: not valid, low trust (a look-alike,
    # "8" for "9", is the one variant the check digits accept: test_fax_confusions)
    wrong = good[:-1] + "2"
    assert check_iban(wrong)[1] < 0.5  # type: ignore[index]
    assert find_ibans("IBAN : FR76 3000 6000 0112 3456 7890 189 BIC XXX")[0][0] == good


def test_vat_and_siren_check_digits() -> None:
    assert check_vat("FR 40 303 265 045") == ("FR40303265045", 1.0)
    assert check_vat("FR41303265045")[1] < 0.5  # type: ignore[index]
    assert siren_valid("303 265 045")
    assert not siren_valid("303 265 046")
    assert check_vat("GB 980 7806 84")[1] == 1.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("label", "doc_type", "field"),
    [
        ("facture n° f-1", "invoice", "document_number"),
        ("invoice # 12", "invoice", "document_number"),
        ("n° de commande : po-1", "purchase_order", "document_number"),
        ("n° de commande : po-1", "invoice", "order_number"),
        ("your order: po-1", "invoice", "order_number"),
        ("date de livraison : 12/03/2026", "invoice", "delivery_date"),
        ("due date: 12/03/2026", "invoice", "due_date"),
        ("total ht", "invoice", "total_net"),
        ("net a payer", "invoice", "total_gross"),
        ("tva 5,5 %", "invoice", "total_tax"),
        ("n° fournisseur", "purchase_order", "ignore"),
        ("tva intracommunautaire : fr46339054652", "invoice", "ignore"),
        ("n° tva intracom. fr46339054652", "invoice", "ignore"),
        ("vat reg. no. gb519847842", "invoice", "ignore"),
        ("vat 20 %", "invoice", "total_tax"),
    ],
)
def test_labels_resolve_by_doc_type(label: str, doc_type: str, field: str) -> None:
    hit = match_label(label)
    assert hit is not None
    assert resolve_docnum(hit.field, doc_type) == field


def _row(*cells: tuple[str, float]) -> list[Word]:
    words = []
    for text, x in cells:
        for i, part in enumerate(text.split()):
            x0 = x + i * 30
            words.append(Word(text=part, bbox=(x0, 100, x0 + 5 * len(part), 109)))
    return words


@pytest.mark.parametrize(
    ("cells", "roles"),
    [
        (
            [
                ("Réf.", 40),
                ("Désignation", 100),
                ("Qté", 300),
                ("P.U. HT", 350),
                ("Montant HT", 450),
            ],
            ["sku", "description", "quantity", "unit_price", "line_total"],
        ),
        (
            [
                ("Description", 40),
                ("Qty", 300),
                ("Unit", 340),
                ("Unit Price", 380),
                ("VAT", 460),
                ("Amount", 500),
            ],
            ["description", "quantity", "unit", "unit_price", "tax_rate", "line_total"],
        ),
        (
            [
                ("Quantité", 40),
                ("Code article", 100),
                ("Libellé", 200),
                ("Prix unitaire", 380),
                ("Montant", 480),
            ],
            ["quantity", "sku", "description", "unit_price", "line_total"],
        ),
    ],
)
def test_column_roles_from_header_in_any_order(
    cells: list[tuple[str, float]], roles: list[str]
) -> None:
    layout = build_layout(_row(*cells), 1, 595, 842)
    cols = header_columns(layout.rows[0])
    assert cols is not None
    assert [c.role for c in sorted(cols, key=lambda c: c.x0)] == roles


@pytest.mark.parametrize("misread", ["até", "0té", "aty", "Oty"])
def test_a_scanned_qte_label_with_its_q_misread_still_names_the_quantities(misread: str) -> None:
    header = [("Unité", 40), (misread, 400), ("Réf", 430), ("Désignation", 140), ("Montant", 500)]
    ocr = [Word(text=w.text, bbox=w.bbox, confidence=0.93, source="ocr") for w in _row(*header)]
    cols = header_columns(build_layout(ocr, 1, 595, 842).rows[0])
    assert cols is not None and "quantity" in [c.role for c in cols]
    # a text layer is read as printed: "até" is no label there
    cols = header_columns(build_layout(_row(*header), 1, 595, 842).rows[0])
    assert cols is None or "quantity" not in [c.role for c in cols]


def test_a_misread_word_of_a_price_label_still_ends_the_price_column() -> None:
    """ "Prix unit. HT" with "unit." misread: the prices end under "HT", not under "Prix",
    and must not be taken for the amounts of the next column."""
    header = [
        ("Code", 40),
        ("Quantité", 90),
        ("Description", 160),
        ("Prix", 380),
        ("wit.", 407),
        ("HT", 439),
        ("Total", 480),
        ("HT", 512),
    ]
    rows = [[("A-1", 40), ("3", 130), ("Peinture", 160), ("104,86", 419), ("314,58", 488)]]
    result = _lines_of([header, *rows], conf=0.9)
    assert [(li.quantity, li.unit_price, li.line_total) for li in result.lines] == [
        ("3", "104.86", "314.58")
    ]


def test_a_scanned_quantity_lost_or_misread_comes_from_price_and_amount() -> None:
    """ "$" for "5", or nothing read at all: the row is still an order line, its quantity
    the quotient of amount and price when that gives the amount to the cent, for a clerk
    to confirm; a quotient that does not (7,13 into 100,00) leaves the row out as before."""
    result = _lines_of(
        [
            HEADER,
            [("A-1", 40), ("Vis", 110), ("$", 340), ("69,53", 400), ("347,65", 480)],
            [("A-2", 40), ("Écrou", 110), ("17,40", 400), ("87,00", 480)],
            [("A-3", 40), ("Rondelle", 110), ("2", 340), ("2,50", 400), ("5,00", 480)],
            [("A-4", 40), ("Clou", 110), ("7,13", 400), ("100,00", 480)],
            [("A-5", 40), ("Tube", 110), ("78,99", 400), ("3278,09", 480)],  # 3 278,085
        ],
        conf=0.9,
    )
    got = [(li.sku, li.quantity, li.confidence <= 0.6) for li in result.lines]
    assert got == [
        ("A-1", "5", True),
        ("A-2", "5", True),
        ("A-3", "2", False),
        ("A-5", "41.5", True),
    ]


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (("100", "90,30", "030,00"), ("100", "90.30", "9030.00")),  # "9 030,00": "9 " lost
        (("41,5", "78,99", "278,09"), ("41.5", "78.99", "3278.09")),  # 3 278,085 printed ,09
        (("3", "26,39", "61,17"), ("3", "20.39", "61.17")),  # one digit misread
        (("109", "145,65", "14565,00"), ("100", "145.65", "14565.00")),
        # 20,39 for the price or 2 639,00 for the amount: each one digit off, left as read
        (("100", "26,39", "2039,00"), ("100", "26.39", "2039.00")),
    ],
)
def test_a_scanned_line_that_does_not_multiply_out_is_repaired_by_one_misread(
    read: tuple[str, str, str], fixed: tuple[str, str, str]
) -> None:
    qty, price, total = read
    result = _lines_of(
        [HEADER, [("A-1", 40), ("Vis", 110), (qty, 340), (price, 400), (total, 480)]], conf=0.9
    )
    (line,) = result.lines
    assert (line.quantity, line.unit_price, line.line_total) == fixed
    assert line.confidence <= 0.6  # repaired: a clerk confirms


def test_a_sentence_is_not_a_table_header() -> None:
    layout = build_layout(_row(("Merci pour votre commande", 40)), 1, 595, 842)
    assert header_columns(layout.rows[0]) is None


def test_organisation_names_by_legal_form_and_spacy() -> None:
    from extraction.nlp import organisations

    lines = ["12 rue des Lilas", "Ateliers Durand SARL", "Harbour Foods plc", "69007 Lyon"]
    assert organisations(lines) == ["Ateliers Durand SARL", "Harbour Foods plc"]


def _words(rows: list[list[tuple[str, float]]], conf: float = 1.0, top: float = 100) -> list[Word]:
    """Words at (text, x0) per row, 6 pt per character, rows 14 pt apart."""
    return row_words(rows, conf, top, char=6)


def _lines_of(rows: list[list[tuple[str, float]]], conf: float = 1.0, language: str = "fr"):
    from extraction.crosscheck import apply, ocr_policy
    from extraction.lines import extract_lines
    from extraction.result import ExtractionResult, PageResult

    words = _words(rows, conf)
    source = "text" if conf == 1.0 else "ocr"
    page = PageResult(number=1, text="", source=source, width=595, height=842, words=words)
    result = ExtractionResult(doc_type="invoice", language=language, pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)])
    ocr_policy(result, apply(result))
    return result


HEADER = [("Réf.", 40), ("Désignation", 110), ("Qté", 330), ("P.U.", 400), ("Montant", 480)]


def test_subtotal_discount_and_total_rows_are_not_lines() -> None:
    result = _lines_of(
        [
            HEADER,
            [("A-1", 40), ("Vis", 110), ("2", 340), ("5,00", 400), ("10,00", 480)],
            [("A-2", 40), ("Écrou", 110), ("4", 340), ("2,50", 400), ("10,00", 480)],
            [("Sous-total", 330), ("20,00", 480)],
            [("Remise", 330), ("2,00", 480)],
            [("Total HT", 330), ("18,00", 480)],
        ]
    )
    assert [(li.sku, li.line_total) for li in result.lines] == [("A-1", "10.00"), ("A-2", "10.00")]


def test_line_that_does_not_multiply_out_is_not_auto_accepted() -> None:
    result = _lines_of(
        [
            HEADER,
            [("A-1", 40), ("Vis", 110), ("2", 340), ("5,00", 400), ("10,00", 480)],
            [("A-2", 40), ("Écrou", 110), ("4", 340), ("2,50", 400), ("19,00", 480)],
        ]
    )
    assert result.lines[0].confidence >= 0.9
    assert result.lines[1].confidence < 0.9


def test_word_glued_across_a_column_boundary_is_split() -> None:
    """A unit printed into the next column reaches it without a space ("rouleauTube")."""
    header = [("Qté", 40), ("Unité", 90), ("Désignation", 136), ("Montant", 480)]
    result = _lines_of([header, [("3", 40), ("rouleauTube", 90), ("cuivre", 160), ("12,00", 480)]])
    (line,) = result.lines
    assert (line.unit, line.description) == ("rouleau", "Tube cuivre")


def test_two_column_delivery_list() -> None:
    result = _lines_of(
        [
            [("Désignation", 40), ("Qté", 400)],
            [("Vis", 40), ("inox", 70), ("12", 406)],
            [("Écrou", 40), ("M6", 80), ("30", 406)],
        ]
    )
    assert [(li.description, li.quantity) for li in result.lines] == [
        ("Vis inox", "12"),
        ("Écrou M6", "30"),
    ]


def test_ocr_header_one_letter_off_and_repairs_of_cells() -> None:
    """OCR'd table: "Quantitv" still names the quantity column; a lost decimal point, one
    read as a colon and a speck between words are undone."""
    result = _lines_of(
        [
            [("Item", 40), ("Quantitv", 300), ("Price", 400), ("Total)", 480)],
            [
                ("Air", 40),
                ("filter.cartridge", 70),
                ("2", 320),
                ("5.00", 400),
                ("10", 480),
                ("00", 496),
            ],
            [("LED", 40), ("bulb", 70), ("2", 320), ("9:75", 400), ("19.50", 480)],
        ],
        conf=0.9,
        language="en",
    )
    air, led = result.lines
    assert (air.description, air.quantity, air.line_total) == (
        "Air filter cartridge",
        "2",
        "10.00",
    )
    assert (led.unit_price, led.line_total) == ("9.75", "19.50")
    assert air.source == "ocr" and air.confidence < 0.9  # OCR'd text always gets a look


@pytest.mark.parametrize(
    ("row", "field", "value"),
    [
        ([("ORDER ACKNOWLEDGEMENT # SO2607411", 40)], "document_number", "SO2607411"),
        ([("Invoice", 40), ("F2026-08856", 90)], "document_number", "F2026-08856"),
        ([("VAT", 330), ("20%", 360), ("£16,716.40", 480)], "total_tax", "16716.40"),
        ([("Total excl, VAT", 330), ("83,581.98", 480)], "total_net", "83581.98"),
    ],
)
def test_header_labels_read_as_ocr_leaves_them(
    row: list[tuple[str, float]], field: str, value: str
) -> None:
    from extraction.candidates.collect import from_labels
    from extraction.candidates.model import best_first
    from extraction.fields import label_hits

    words = []
    for text, x in row:
        for i, part in enumerate(text.split()):
            x0 = x + sum(6 * len(p) + 4 for p in text.split()[:i])
            words.append(Word(text=part, bbox=(x0, 100, x0 + 6 * len(part), 109)))
    doc_type = "order_confirmation" if "ORDER" in row[0][0] else "invoice"
    hits = label_hits([build_layout(words, 1, 595, 842)], doc_type, "en")
    assert best_first(from_labels(hits, {1: "text"})[field])[0].value == value


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [
        ("Air filter cartridge for.compressor", "Air filter cartridge for compressor"),
        ("Câble électrique 2,5 mm? rouge", "Câble électrique 2,5 mm² rouge"),
        # printed punctuation after a word stays
        ("Serial no. SN507512", "Serial no. SN507512"),
        ("Colour: black, batch 32531", "Colour: black, batch 32531"),
        ("Peinture blanche 10L_:", "Peinture blanche 10 L"),
        ("Electrical cable H07V-U 2.5 mm2 red", "Electrical cable H07V-U 2.5 mm2 red"),
    ],
)
def test_ocr_cell_clean_up(ocr: str, clean: str) -> None:
    from extraction.lines import clean_ocr_text

    assert clean_ocr_text(ocr) == clean


def test_ocr_quantity_column_without_its_label() -> None:
    """OCR dropped the short "Qty" label; plain numbers lined up under the gap between two
    labelled columns are the quantities."""
    result = _lines_of(
        [
            [("SKU", 40), ("Price", 120), ("Description", 220), ("Amount", 480)],
            [("A-1", 40), ("5.00", 120), ("12", 190), ("Screws", 220), ("60.00", 480)],
            [("A-2", 40), ("2.50", 120), ("4", 196), ("Nuts", 220), ("10.00", 480)],
            [("A-3", 40), ("1.00", 120), ("30", 190), ("Washers", 220), ("30.00", 480)],
        ],
        conf=0.9,
        language="en",
    )
    assert [(li.sku, li.quantity, li.description) for li in result.lines] == [
        ("A-1", "12", "Screws"),
        ("A-2", "4", "Nuts"),
        ("A-3", "30", "Washers"),
    ]


def test_ocr_unit_column_without_its_label_right_of_the_descriptions() -> None:
    """OCR dropped "Unité": one-word cells in line at the right, apart from the
    descriptions, are the units; they no longer end up in the description."""
    result = _lines_of(
        [
            [("Qté", 40), ("Désignation", 90)],
            [("28", 44), ("Câble", 90), ("rouge", 130), ("m", 480)],
            [
                ("4", 50),
                ("Gants", 90),
                ("nitrile", 130),
                ("taille", 180),
                ("L", 220),
                ("boîte", 480),
            ],
            [("12", 44), ("Peinture", 90), ("mate", 150), ("pot", 480)],
        ],
        conf=0.9,
    )
    assert [(li.quantity, li.unit, li.description) for li in result.lines] == [
        ("28", "m", "Câble rouge"),
        ("4", "boîte", "Gants nitrile taille L"),
        ("12", "pot", "Peinture mate"),
    ]


def test_ocr_quantity_column_without_its_label_left_of_the_table() -> None:
    """OCR lost "Qty" over the first column: numbers in line at the left are the
    quantities; position numbers 1, 2, 3 there are not."""
    header = [("Unit", 110), ("Price", 136), ("Description", 205), ("Amount", 480)]
    result = _lines_of(
        [
            header,
            [("50", 67), ("2.54", 110), ("Carton", 205), ("127.00", 480)],
            [("5", 73), ("38.45", 110), ("Filter", 205), ("192.25", 480)],
            [("100", 61), ("1.00", 110), ("Labels", 205), ("100.00", 480)],
        ],
        conf=0.9,
        language="en",
    )
    assert [li.quantity for li in result.lines] == ["50", "5", "100"]
    result = _lines_of(
        [
            header,
            [("1", 67), ("2.54", 110), ("Carton", 205), ("127.00", 480)],
            [("2", 67), ("38.45", 110), ("Filter", 205), ("192.25", 480)],
            [("3", 67), ("1.00", 110), ("Labels", 205), ("100.00", 480)],
        ],
        conf=0.9,
        language="en",
    )
    assert [li.quantity for li in result.lines] == [None, None, None]


def test_ocr_words_that_do_not_line_up_are_not_a_unit_column() -> None:
    """Short words at the end of descriptions of different lengths stay descriptions."""
    result = _lines_of(
        [
            [("Qté", 40), ("Désignation", 90), ("Montant", 480)],
            [("2", 44), ("Vis", 90), ("inox", 116), ("5,00", 480)],
            [("4", 44), ("Écrou", 90), ("M6", 130), ("laiton", 250), ("2,00", 480)],
            [
                ("1", 44),
                ("Tube", 90),
                ("cuivre", 120),
                ("recuit", 170),
                ("rouge", 330),
                ("9,00", 480),
            ],
        ],
        conf=0.9,
    )
    assert [li.unit for li in result.lines] == [None, None, None]
    assert result.lines[2].description == "Tube cuivre recuit rouge"


def test_ocr_vat_rate_column_without_its_label() -> None:
    """OCR lost the "TVA" label: numbers that are all VAT rates, lined up between the
    quantities and the descriptions, are the rates, not the start of the description."""
    result = _lines_of(
        [
            [("Qté", 40), ("Désignation", 117), ("P.U.", 400), ("Montant", 480)],
            [
                ("10", 44),
                ("20", 91),
                ("%", 104),
                ("Étiquettes", 117),
                ("3,99", 400),
                ("39,90", 480),
            ],
            [("50", 44), ("5,5", 87), ("Peinture", 117), ("1,20", 400), ("60,00", 480)],
            [("2", 50), ("20", 91), ("Ramette", 117), ("5,63", 400), ("11,26", 480)],
        ],
        conf=0.9,
    )
    assert [(li.quantity, li.tax_rate, li.description) for li in result.lines] == [
        ("10", "20", "Étiquettes"),
        ("50", "5.5", "Peinture"),
        ("2", "20", "Ramette"),
    ]


def test_ocr_percent_sign_split_from_its_rate_stays_with_the_rate() -> None:
    """OCR reads "20 %" as two words and the "%" can land past the column boundary: it
    goes with the number it follows, not to the start of the description."""
    result = _lines_of(
        [
            [("TVA", 49), ("Désignation", 86), ("Qté", 330), ("Montant", 480)],
            [("20", 66), ("%", 80), ("Filtre", 86), ("air", 140), ("2", 340), ("56,55", 480)],
            [("5,5", 60), ("%", 80), ("Farine", 86), ("24", 336), ("364,80", 480)],
            [("10", 56), ("%", 80), ("Vis", 86), ("3", 340), ("30,00", 480)],  # a wide space
        ],
        conf=0.9,
    )
    assert [(li.tax_rate, li.description) for li in result.lines] == [
        ("20", "Filtre air"),
        ("5.5", "Farine"),
        ("10", "Vis"),
    ]


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [("SRV- 986", "SRV-986"), ("ETQ~417A", "ETQ-417A"), ("TUB-131¢", "TUB-131C"), ("A-1", "A-1")],
)
def test_ocr_article_codes_are_cleaned(ocr: str, clean: str) -> None:
    from extraction.lines import clean_ocr_sku

    assert clean_ocr_sku(ocr) == clean


def test_ocr_article_code_that_lost_its_dash_gets_it_back_like_the_others() -> None:
    rows = [
        [("Réf.", 40), ("Désignation", 110), ("Qté", 330), ("Montant", 480)],
        [("FIL", 40), ("594B", 62), ("Filtre", 110), ("2", 340), ("10,00", 480)],
        [("PNT-274A", 40), ("Peinture", 110), ("4", 340), ("10,00", 480)],
        [("CAB-134", 40), ("Câble", 110), ("3", 340), ("10,00", 480)],
        [("PAP-595", 40), ("Ramette", 110), ("5", 340), ("10,00", 480)],
    ]
    result = _lines_of(rows, conf=0.95)
    assert [li.sku for li in result.lines] == ["FIL-594B", "PNT-274A", "CAB-134", "PAP-595"]
    assert result.lines[0].confidence <= 0.7 < result.lines[1].confidence
    # codes that are mostly written with a space are left as they are
    spaced = [rows[0], rows[1], [("PNT", 40), ("274A", 62), ("Peinture", 110), ("4", 340)]]
    spaced[2].append(("10,00", 480))
    assert [li.sku for li in _lines_of(spaced, conf=0.95).lines] == ["FIL 594B", "PNT 274A"]


def test_a_vat_number_in_a_page_footer_does_not_end_the_table() -> None:
    """The first page's footer ("SIRET … TVA intracommunautaire FR…") is not the VAT
    total: the table goes on after it (on the next page)."""
    rows = [
        [("Réf.", 40), ("Désignation", 110), ("Qté", 330), ("Montant", 480)],
        [("A-1", 40), ("Vis", 110), ("2", 340), ("10,00", 480)],
        [("SIRET", 110), ("TVA", 250), ("intracommunautaire", 274), ("FR4633905465", 400)],
        [("A-2", 40), ("Écrou", 110), ("4", 340), ("8,00", 480)],
    ]
    assert [li.sku for li in _lines_of(rows).lines] == ["A-1", "A-2"]


def test_ocr_article_code_column_without_its_label() -> None:
    """OCR lost the "SKU" label at the right of the table: codes lined up there are the
    article codes, not the end of each description."""
    result = _lines_of(
        [
            [("Quantity", 49), ("UoM", 89), ("Description", 124)],
            [("10", 73), ("h", 88), ("On-site", 124), ("service", 170), ("SRV-559C", 495)],
            [("2", 77), ("ea", 88), ("Trolley", 124), ("CHA-596", 495)],
            [("100", 69), ("bag", 88), ("Wheat", 124), ("flour", 170), ("FAR-825B", 495)],
        ],
        conf=0.9,
        language="en",
    )
    assert [(li.sku, li.description) for li in result.lines] == [
        ("SRV-559C", "On-site service"),
        ("CHA-596", "Trolley"),
        ("FAR-825B", "Wheat flour"),
    ]


def test_ocr_label_box_running_over_the_next_labels_ends_where_they_start() -> None:
    """OCR drew "Quantity" from 49 to 140 pt, over "UoM" and "Description": the units and
    descriptions still go to their own columns."""
    from extraction.lines import Column, _table

    table = _table(
        [Column("quantity", 49, 140), Column("unit", 89, 105), Column("description", 124, 180)],
        595,
    )
    assert [round(right) for _left, right in table.bounds[:2]] == [88, 121]


def test_ocr_numbers_that_are_not_vat_rates_are_not_a_rate_column() -> None:
    result = _lines_of(
        [
            [("Qté", 40), ("Désignation", 117), ("Montant", 480)],
            [("10", 44), ("37", 91), ("Étiquettes", 117), ("39,90", 480)],
            [("50", 44), ("44", 91), ("Peinture", 117), ("60,00", 480)],
        ],
        conf=0.9,
    )
    assert [li.tax_rate for li in result.lines] == [None, None]


def test_ocr_line_total_missing_its_leading_digit_is_recomputed_but_flagged() -> None:
    result = _lines_of(
        [
            [("Description", 40), ("Qty", 300), ("Price", 400), ("Amount", 480)],
            [("Trolley", 40), ("24", 310), ("224.60", 400), ("390.40", 480)],
        ],
        conf=0.95,
        language="en",
    )
    (line,) = result.lines
    assert line.line_total == "5390.40"
    assert line.confidence < 0.9


@pytest.mark.parametrize(
    ("ocr", "role"),
    [("quantitv", "quantity"), ("line tatal", "line_total"), ("prix unitaite", "unit_price")],
)
def test_ocr_column_labels_one_letter_off(ocr: str, role: str) -> None:
    from extraction.lines import _role_of

    assert _role_of(ocr, fuzzy=True) == role
    assert _role_of(ocr) is None  # text layers are read exactly


def test_iban_with_check_digits_read_as_letters_is_repaired_when_valid() -> None:
    (found,) = find_ibans("IBAN: GBO9 SLBC 6702 1752 6228 88")  # O for 0 in "09"
    assert found[:2] == ("GB09SLBC67021752622888", 0.75)
    assert find_ibans("DOLLARS AND FIFTY CENTS ONLY PLEASE") == []  # words stay words


def _totals(net: str, tax: str, gross: str):
    from extraction.result import ExtractionResult, FieldValue

    result = ExtractionResult(doc_type="invoice")
    for name, value in (("total_net", net), ("total_tax", tax), ("total_gross", gross)):
        result.fields[name] = FieldValue(value=value, confidence=0.93, source="ocr")
    return result


def test_a_total_that_lost_its_leading_digits_gets_them_back_for_a_look() -> None:
    from extraction.crosscheck import restore_lost_digits

    result = _totals("48041.45", "629.26", "55670.71")  # "7 629,26": the "7 " was dropped
    restore_lost_digits(result)
    assert result.fields["total_tax"].value == "7629.26"
    assert result.fields["total_tax"].confidence <= 0.6


def test_totals_that_disagree_otherwise_are_left_as_read() -> None:
    from extraction.crosscheck import restore_lost_digits

    result = _totals("48041.45", "628.26", "55670.71")  # not a lost digit: no guess
    restore_lost_digits(result)
    assert result.fields["total_tax"].value == "628.26"


def _rated(lines: list[tuple[str, str]], tax: str, source: str = "ocr"):
    from extraction.result import LineItem

    net = sum((Decimal(total) for _rate, total in lines), Decimal(0))
    result = _totals(str(net), tax, str(net + Decimal(tax)))
    result.lines = [
        LineItem(tax_rate=rate, line_total=total, confidence=0.93, source=source)  # type: ignore[arg-type]
        for rate, total in lines
    ]
    return result


@pytest.mark.parametrize(
    ("ocr", "value"),
    [("36, 448.26 USD", "36448.26"), ("2,905. 20", "2905.20"), ("121. 05", "121.05")],
)
def test_amount_with_a_gap_after_a_separator_is_read(ocr: str, value: str) -> None:
    assert parse_amount(ocr, "en") == Decimal(value)


Band = tuple[float, float]
Box = tuple[float, float, float, float]


def _lines_with_second_look(
    rows: list[list[tuple[str, float]]],
    reread: Callable[[int, list[Box], list[bool], list[Band]], list[Word]],
) -> list[LineItem]:
    """The lines of an OCR'd invoice page of ``rows``, with ``reread`` as its second look."""
    from extraction.lines import extract_lines
    from extraction.result import ExtractionResult, PageResult

    words = _words(rows, conf=0.9)
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    result = ExtractionResult(doc_type="invoice", language="fr", pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)], reread)
    return result.lines


def test_second_look_reads_the_unit_column_on_its_own_from_its_label() -> None:
    """A one-letter unit is read as its own block, starting under its label: with the "%"
    of the rate column before it or the quantity beside it, tesseract reads "% m" as one
    doubtful word ("$m") and drops it."""
    rows = [
        [("Désignation", 40), ("TVA", 300), ("Unité", 340), ("Qté", 400), ("Montant", 480)],
        [("Vis", 40), ("20", 300), ("%", 314), ("pce", 340), ("10", 404), ("5,00", 486)],
        [("Câble", 40), ("20", 300), ("%", 314), ("25", 404), ("12,50", 480)],  # "m" lost
    ]
    asked: list[tuple[float, bool]] = []

    def reread(page: int, boxes: list[Box], numeric: list[bool], bands: list[Band]) -> list[Word]:
        asked.extend((x0, n) for (x0, _y0, _x1, _y1), n in zip(boxes, numeric, strict=True))
        return [Word(text="m", bbox=(340, 128, 346, 137), confidence=0.6, source="ocr")]

    lines = _lines_with_second_look(rows, reread)
    assert (336.0, False) in asked  # the unit column, from 4 pt before its label
    assert [(li.unit, li.quantity) for li in lines] == [("pce", "10"), ("m", "25")]


def test_second_look_at_a_scanned_table_also_rereads_the_amount_column() -> None:
    """A lone digit ahead of a thousands group ("1 518,12") is as easily lost by the page
    pass as a lone quantity: the second look covers the amount column too."""
    rows = [
        [("Qté", 40), ("Désignation", 110), ("Montant", 480)],
        [("2", 50), ("Vis", 110), ("10,00", 486)],
        [("Écrou", 110), ("518,12", 486)],  # quantity "1" and the "1 " of "1 518,12" lost
    ]
    asked: list[Box] = []

    def reread(page: int, boxes: list[Box], numeric: list[bool], bands: list[Band]) -> list[Word]:
        assert all(numeric)  # quantities and amounts
        asked.extend(boxes)
        found = [Word(text="1", bbox=(50, 128, 56, 137), confidence=0.9, source="ocr")]
        if any(x0 <= 474 < x1 for x0, _y0, x1, _y1 in boxes):
            found.append(Word(text="1", bbox=(474, 128, 480, 137), confidence=0.9, source="ocr"))
        return found

    lines = _lines_with_second_look(rows, reread)
    assert any(x0 <= 480 < x1 for x0, _y0, x1, _y1 in asked)
    assert [(li.quantity, li.line_total) for li in lines] == [
        ("2", "10.00"),
        ("1", "1518.12"),
    ]


def _bands_asked(rows: list[list[tuple[str, float]]]) -> list[Band]:
    asked: list[Band] = []

    def reread(page: int, boxes: list[Box], numeric: list[bool], bands: list[Band]) -> list[Word]:
        asked.extend(bands)
        return []

    _lines_with_second_look(rows, reread)
    return asked


def test_second_look_reads_only_the_rows_that_do_not_add_up() -> None:
    """Rows with their quantity, unit, price and amount read and adding up are blanked
    out of the second look; a lost quantity or the "1 " of "1 518,12" are not."""
    rows = [
        [("Qté", 40), ("Unité", 80), ("Désignation", 130), ("Prix", 400), ("Montant", 480)],
        [("2", 50), ("pce", 80), ("Vis", 130), ("5,00", 400), ("10,00", 486)],  # y 114
        [("pce", 80), ("Écrou", 130), ("3,00", 400), ("3,00", 486)],  # y 128: no quantity
        [("1", 50), ("pce", 80), ("Pompe", 130), ("1 518,12", 400), ("518,12", 486)],  # 142
        [("4", 50), ("pce", 80), ("Joint", 130), ("1,50", 400), ("6,00", 486)],  # y 156
    ]
    bands = _bands_asked(rows)
    assert len(bands) == 2
    (a0, a1), (b0, b1) = bands
    assert a0 < 128 < 137 < a1 <= 142 and 137 <= b0 < 142 < 151 < b1 <= 156


def test_second_look_reads_every_amount_it_cannot_check() -> None:
    """With no price column, an amount read "518,12" for "1 518,12" looks whole: every
    item row is read again."""
    rows = [
        [("Qté", 40), ("Désignation", 130), ("Montant", 480)],
        [("2", 50), ("Vis", 130), ("10,00", 486)],
        [("Écrou", 130), ("3,00", 486)],  # no quantity: a second look
        [("1", 50), ("Pompe", 130), ("518,12", 486)],
    ]
    assert len(_bands_asked(rows)) == 3


def test_a_column_label_boxed_a_little_tall_is_not_taken_for_the_title() -> None:
    """A scanned payment advice lists the invoices it settles under "Invoice No." and
    "Invoice Date"; OCR boxing "Invoice Date" at 1.3 x body height must not outweigh the
    "PAYMENT ADVICE" printed in large type above it."""
    from extraction.classify import classify

    def word(text: str, x: float, y: float, h: float) -> Word:
        return Word(text=text, bbox=(x, y, x + 5 * len(text), y + h), confidence=0.9, source="ocr")

    words = [word("PAYMENT", 43, 128, 14.6), word("ADVICE", 130, 128, 14.6)]
    for i, (text, x) in enumerate([("Castle", 430), ("Brewing", 470), ("Unit", 430)] * 4):
        words.append(word(text, x, 40 + 11 * (i // 3), 6.24))
    words += [word("Remittance", 43, 156, 6.24), word("No.", 100, 156, 6.24)]
    words += [word("Invoice", 43, 284, 6.24), word("No.", 80, 284, 6.24)]
    words += [word("Invoice", 222, 282, 8.2), word("Date", 262, 282, 8.2)]
    words += [word("Amount", 430, 284, 6.24), word("Paid", 470, 284, 6.24)]
    for i in range(6):
        words += [
            word("F2026-0751", 43, 300 + 11 * i, 6.24),
            word("19/02/2026", 222, 300 + 11 * i, 6.24),
        ]
    assert classify([build_layout(words, 1, 595, 842)]).doc_type == "payment_advice"
