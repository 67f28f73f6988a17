"""Fields read from OCR words despite what OCR does to them: a label with a glyph taken for
its look-alike, a VAT id of a member state read by its check digits, a row's quantity lost
and worked out from its price and amount (no tesseract here: the words are given as OCR
would return them, or printed to a PDF)."""

from __future__ import annotations

from extraction.assemble import build_result
from extraction.layout import build_layout
from extraction.result import ExtractionResult, PageResult, Word
from tests.extraction.pages_for_tests import (
    Text,
    offered,
    one_item_page,
    read,
    row_words,
    value,
)
from tests.extraction.scans_for_tests import placed

Rows = list[list[tuple[str, float]]]
# two senders' letterheads as OCR reads them: name and title, address, number and date
ACME = [("Acme", 40), ("Supplies", 76), ("Ltd", 130), ("INVOICE", 400)]
ACME_ADDRESS: Rows = [
    [("12", 40), ("High", 58), ("Street", 88)],
    [("Leeds", 40), ("LS1", 80), ("4DT", 104)],
]
ACME_NUMBER: Rows = [
    [("Invoice", 40), ("No:", 88), ("INV-2024-0042", 130)],
    [("Date:", 40), ("12/03/2024", 130)],
]
DURAND = [("Durand", 40), ("SARL", 90), ("FACTURE", 400)]
DURAND_NUMBER = [("Facture", 40), ("n°", 88), ("FA-2024-118", 130)]


def _ocr_page(words: list[Word]) -> ExtractionResult:
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    return build_result([page], [build_layout(words, 1, 595, 842)])


def _ocr_rows(rows: Rows) -> ExtractionResult:
    """A page of ``rows`` (text, x0) as OCR read them, 14 pt apart."""
    return _ocr_page(row_words(rows, conf=0.9))


def test_a_label_read_with_a_look_alike_glyph_still_names_its_field() -> None:
    # "IHRE BESTELLUNG" with its I read as a T: the order it answers, offered to a clerk
    your_order = [("Your", 40), ("0rder", 70), ("ref:", 106), ("PO-2024-3723", 160)]
    result = _ocr_rows([ACME, *ACME_ADDRESS, *ACME_NUMBER, your_order])
    offered(result, "order_number", "PO-2024-3723")
    assert value(result, "document_number") == "INV-2024-0042"


def test_a_label_misread_longer_than_a_shorter_label_wins() -> None:
    # "Date de llvraison": a delivery date's label, not a bare "Date" followed by words
    rows = [
        DURAND,
        [("12", 40), ("rue", 58), ("des", 82), ("Lilas", 106)],
        [("69001", 40), ("Lyon", 80)],
        DURAND_NUMBER,
        [("Date", 40), ("de", 70), ("facture", 88), (":", 130), ("02/03/2024", 150)],
        [("Date", 40), ("de", 70), ("llvraison", 88), (":", 146), ("12/03/2024", 160)],
    ]
    result = _ocr_rows(rows)
    offered(result, "delivery_date", "2024-03-12")
    assert value(result, "document_date") == "2024-03-02"


def _austrian_vat_id(*address: str, more: tuple[Text, ...] = ()) -> str | None:
    """The VAT id read of an Austrian sender's invoice, ``address`` under its street and
    city, ``more`` printed on the page too."""
    page = one_item_page(
        "Schäfer Logistik GmbH",
        ["Mariahilfer Straße 26", "1060 Wien", *address],
        "RECHNUNG",
        [Text(380, 70, "Invoice no. INV-7781"), Text(380, 86, "Date: 12/03/2024"), *more],
    )
    return value(read(*page), "vat_id")


def test_an_austrian_vat_id_is_read_by_its_check_digits() -> None:
    assert _austrian_vat_id("USt-IdNr. ATU43516272") == "ATU43516272"


def test_a_code_of_a_member_states_letters_with_wrong_check_digits_is_no_vat_id() -> None:
    assert _austrian_vat_id("Ref. ATU43516273") is None


def _ocr_table(amount: str) -> ExtractionResult:
    """Three rows under an Italian header; the second's quantity lost, ``amount`` its own."""
    rows = [
        ACME,
        *ACME_NUMBER,
        [],
        [("Articolo", 40), ("Q.ta", 300), ("Prezzo", 360), ("unit.", 400), ("Totale", 470)],
        [("Oak", 40), ("beam", 64), ("4", 306), ("212.50", 360), ("850.00", 470)],
        [("Pine", 40), ("board", 70), ("28.01", 360), (amount, 470)],
        [("Birch", 40), ("panel", 76), ("12", 306), ("10.00", 360), ("120.00", 470)],
    ]
    return _ocr_rows(rows)


def test_a_quantity_ocr_lost_is_worked_out_from_price_and_amount() -> None:
    lines = _ocr_table("140.05").lines
    assert [li.quantity for li in lines] == ["4", "5", "12"]
    assert lines[1].confidence < 0.9  # worked out, not read: a clerk confirms it


def test_a_quantity_set_left_of_its_column_is_not_read_into_the_description() -> None:
    # "25 bidon" right-aligned under "Qté": its "25" starts left of the column's title
    words = row_words([DURAND, DURAND_NUMBER, [("Date:", 40), ("02/03/2024", 130)]], conf=0.9)
    words += placed("""
        300 Code@43-64 Article@99-125 Qté@380-394 Prix@412-427 unitaire@430-460 TVA@474-490
        300 %@493-500 Montant@521-553
        316 LED-1439@44-81 Tube@99-117 LED@120-136 T8@138-148 25@369-378 pce@381-394
        316 11,96@440-460 20@481-490 %@493-500 299,00@528-553
        332 HUI-1236@44-79 Huile@99-118 de@120-129 coupe@132-155 soluble@158-184 bidon@187-207
        332 20@210-219 L@222-227 25@362-371 bidon@373-394 118,23@435-460 20@481-500 %@494-501
        332 2@521-525 955,75@528-553
        348 CRT-1072@43-81 Caisse@99-124 carton@127-150 24@369-378 pce@381-394 1,8791@435-459
        348 20@481-490 %@493-500 45,10@532-553
    """)
    lines = _ocr_page(words).lines
    assert [(li.description, li.quantity) for li in lines] == [
        ("Tube LED T8", "25"),
        ("Huile de coupe soluble bidon 20 L", "25"),
        ("Caisse carton", "24"),
    ]


def test_german_letters_ocr_read_as_look_alikes_are_put_back_in_an_address() -> None:
    rows = [
        ACME,
        *ACME_ADDRESS,
        *ACME_NUMBER,
        [],
        [("Bill", 40), ("to:", 66)],
        [("Werkzeuge", 40), ("Rhein", 104), ("GmbH", 140)],
        [("HauptstraBe", 40), ("105", 112)],
        [("80331", 40), ("Miinchen", 80)],
    ]
    result = _ocr_rows(rows)
    assert value(result, "billing_address") == "Hauptstraße 105, 80331 München"


def test_a_fraction_priced_out_is_no_lost_quantity() -> None:
    # 133.05 / 28.01 is 4.75: as likely 5 less a discount as a quantity OCR lost
    lines = _ocr_table("133.05").lines
    assert [li.quantity for li in lines] == ["4", None, "12"]


def test_a_title_under_a_letterhead_is_no_rest_of_its_sentence() -> None:
    # OCR boxes the title no taller than the letterhead's lines above it: "Factura
    # rectificativa" must not be read as the end of the telephone line's sentence
    rows = [
        [("Embalajes", 40), ("Levante", 100), ("S.L.", 150)],
        [
            ("Sede", 40),
            ("central", 70),
            (":", 114),
            ("Polígono", 122),
            ("Industrial,", 176),
            ("57,", 242),
            ("46002", 264),
            ("Valencia", 300),
        ],
        [
            ("Teléfono", 40),
            ("+34", 92),
            ("939", 116),
            ("229", 140),
            ("909", 164),
            ("-", 188),
            ("sales@embalajes.es", 196),
        ],
        [("NIF:", 40), ("ES", 68), ("B12477642", 86)],
        [("Factura", 40), ("rectificativa", 88)],
        [("Abono", 45), ("n.º", 81), ("Fecha", 189), ("de", 223), ("emisión", 239)],
        [("AB-2025-7713", 44), ("02-01-2025", 191)],
        [
            ("Rectifica", 45),
            ("la", 103),
            ("factura", 117),
            ("n.º", 163),
            ("Atendido", 300),
            ("por", 352),
        ],
        [("FV.24.5351", 44), ("J.", 300), ("Smith", 316)],
    ]
    assert _ocr_rows(rows).doc_type == "credit_note"


def test_number_labels_read_with_a_mark_or_a_capital_misread_still_name_the_number() -> None:
    # a fax: "PO #" read "PQ #" over its value, a grid of labels read as badly
    rows = [
        [("Engineering", 40), ("Direct", 110), ("plc", 150)],
        [("Purchase", 40), ("Order", 96)],
        [("PQ", 40), ("#", 58), ("ISSUE", 150), ("DAIF", 186), ("ACCOUNT", 300), ("MANAGER", 350)],
        [
            ("PO202410-350", 40),
            ("21", 150),
            ("October", 166),
            ("2024", 214),
            ("Mme", 300),
            ("Laurent", 326),
        ],
    ]
    offered(_ocr_rows(rows), "document_number", "PO202410-350")


def test_a_labelled_date_whose_separators_ocr_lost_is_read() -> None:
    rows = [
        DURAND,
        DURAND_NUMBER,
        [("Date", 40), ("du", 70), ("document", 86), ("08", 300), ("03", 316), ("2026", 332)],
        [("Tél", 40), ("01", 64), ("23", 80), ("4567", 96)],  # no year of business: no date
    ]
    result = _ocr_rows(rows)
    assert value(result, "document_date") == "2026-03-08"


def test_the_vat_id_said_to_be_the_readers_own_in_german_is_not_the_issuers() -> None:
    assert _austrian_vat_id(more=(Text(40, 200, "Ihre USt-IdNr. ATU06866603"),)) is None


def test_beside_a_misread_label_in_a_row_of_labels_the_value_is_looked_for_under_it() -> None:
    # "Bestellreferenz" read "Bostellreferenz", "Kunden-Nr." read "Kunden-N2" beside it
    rows = [
        [("Werkzeuge", 40), ("Bodensee", 110), ("GmbH", 170), ("Auftragsbestätigung", 380)],
        [
            ("Auftragsnummer", 40),
            ("Datum", 150),
            ("Bostellreferenz", 230),
            ("Kunden-N2", 340),
            ("Lieferdatum", 430),
        ],
        [
            ("AU.24.0650", 40),
            ("08.02.2024", 150),
            ("CMD-38954", 230),
            ("KOC453", 340),
            ("15.02.2024", 430),
        ],
    ]
    offered(_ocr_rows(rows), "order_number", "CMD-38954")
