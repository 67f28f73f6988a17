"""Line rows of OCR'd tables, read from word positions as a scan's OCR gives them: line
numbers OCR read only in part, codes joined to descriptions, bracketed credit amounts, and
short cells read again under headers only the structure reader knows."""

from __future__ import annotations

from extraction.layout import build_layout
from extraction.lines import RegionReader, extract_lines
from extraction.result import BBox, ExtractionResult, LineItem, PageResult, Word
from tests.extraction.pages_for_tests import row_words


def _words(rows: list[list[tuple[str, float]]], conf: float, top: float = 100) -> list[Word]:
    """Words at (text, x0) per row, 5 pt per character, rows 14 pt apart."""
    return row_words(rows, conf, top, char=5)


def _read(
    rows: list[list[tuple[str, float]]],
    conf: float = 0.9,
    language: str = "en",
    doc_type: str = "invoice",
    reread: RegionReader | None = None,
) -> list[LineItem]:
    words = _words(rows, conf)
    source = "text" if conf == 1.0 else "ocr"
    page = PageResult(number=1, text="", source=source, width=595, height=842, words=words)
    result = ExtractionResult(doc_type=doc_type, language=language, pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)], reread)
    return result.lines


HEADER = [("Description", 60), ("Qty", 330), ("Price", 400), ("Amount", 480)]
PRICED = [("2", 340), ("5.00", 400), ("10.00", 480)]


def _text(text: str, x: float) -> list[tuple[str, float]]:
    """The words of ``text`` from ``x`` on, a space (4 pt) apart."""
    out = []
    for w in text.split():
        out.append((w, x))
        x += 5 * len(w) + 4
    return out


def _row(desc: str, qty: str, price: str, total: str, number: str | None = None):
    # the numbering column sits 6 pt left of the text: OCR joins "10" to "Oil filter"
    cells = [(number, 60 - 6 - 5 * len(number))] if number else []
    return [*cells, *_text(desc, 60), (qty, 340), (price, 400), (total, 480)]


NAMES = ["Oil filter", "Wall carton", "Rye flour", "Paint tin", "Sand bag", "LED tube"]


def test_line_numbers_read_only_from_ten_on_are_cut_from_the_descriptions() -> None:
    """OCR lost the single-digit numbers 1 to 9 of the numbering column and read 10 and up
    glued to the description: those count with their rows, so they are line numbers."""
    rows = [HEADER]
    for i in range(12):
        number = str(i + 1) if i >= 9 else None
        rows.append(_row(NAMES[i % 6], "2", "5.00", "10.00", number))
    lines = _read(rows)
    assert len(lines) == 12
    assert [li.description for li in lines] == [NAMES[i % 6] for i in range(12)]


def test_descriptions_starting_with_counts_that_do_not_count_up_keep_them() -> None:
    rows = [HEADER]
    counts = ["25", None, "3", None, "12", None, "5"]
    for count in counts:
        rows.append(_row("Bolts box", "2", "5.00", "10.00", count))
    lines = _read(rows)
    assert [li.description for li in lines] == [
        f"{c} Bolts box" if c else "Bolts box" for c in counts
    ]


def test_a_digit_only_code_before_the_description_is_the_code() -> None:
    rows = [
        [("Description", 44), ("Qty", 330), ("Price", 400), ("Amount", 480)],
        [("4001977608831", 44), *_text("Stainless screws", 114), *PRICED],
        [("4008902775481", 44), *_text("White paint", 114), *PRICED],
    ]
    lines = _read(rows)
    assert [(li.sku, li.description) for li in lines] == [
        ("4001977608831", "Stainless screws"),
        ("4008902775481", "White paint"),
    ]


def test_a_code_column_joined_to_some_descriptions_is_split_off() -> None:
    """Where the code sits close to the text, OCR makes one cell of both on some rows;
    the other rows show the table has a code column."""
    rows = [[("Code", 44), ("Description", 110), ("Qty", 330), ("Price", 400), ("Amount", 480)]]
    codes = ["ETA1989F", "TUY4279F", "HUI2914E", "CLE946B"]
    for i, code in enumerate(codes):
        if i % 2:  # joined: the text starts 6 pt after the code
            rows.append([*_text(f"{code} Oil filter", 104), *PRICED])
        else:
            rows.append([(code, 44), *_text("Oil filter", 110), *PRICED])
    lines = _read(rows)
    assert [(li.sku, li.description) for li in lines] == [(c, "Oil filter") for c in codes]


def test_a_bracketed_amount_of_a_credit_note_is_read() -> None:
    rows = [
        [("Item", 60), ("Qty", 330), ("Unit", 380), ("Cost", 400), ("Net", 480), ("Amount", 500)],
        [*_text("Wall carton", 60), ("3", 340), *_text("USD 1.76", 390), *_text("(USD 5.28)", 470)],
        [
            *_text("Nitrile gloves", 60),
            ("20", 340),
            *_text("USD 15.43", 390),
            *_text("(USD 308.60)", 470),
        ],
    ]
    lines = _read(rows, conf=1.0, doc_type="credit_note")
    assert [(li.quantity, li.unit_price, li.line_total) for li in lines] == [
        ("3", "1.76", "5.28"),
        ("20", "15.43", "308.60"),
    ]


def test_short_cells_are_read_again_under_a_header_of_another_language() -> None:
    """An Italian header the header-word reader has no words for: the quantity column is
    still read again where the page pass lost a lone "1"."""
    rows = [
        [("Articolo", 60), ("Quantità", 300), ("Prezzo", 400), ("Importo", 480)],
        [("Tubo", 60), ("PEX", 90), ("20", 340), ("66,60", 400), ("1.332,00", 480)],
        [("Filtro", 60), ("olio", 95), ("59,78", 400), ("59,78", 480)],
        [("Sabbia", 60), ("lavata", 100), ("4", 340), ("49,31", 400), ("197,24", 480)],
    ]
    asked: list[list[BBox]] = []

    def reread(page: int, boxes: list[BBox], numeric: list[bool], bands: list[tuple[float, float]]):
        asked.append(boxes)
        y = 100 + 14 * 2  # the row of "Filtro olio"
        return [Word(text="1", bbox=(345, y, 350, y + 9), confidence=0.8, source="ocr")]

    lines = _read(rows, language="it", reread=reread)
    assert asked, "the quantity column was not read again"
    assert [li.quantity for li in lines] == ["20", "1", "4"]


def test_a_digit_only_code_column_joined_to_some_descriptions_is_split_off() -> None:
    """Codes of digits and dots ("60.73.23") are not code-shaped on their own (a size or a
    date may look so), but a word of the very pattern the other rows' codes have is one."""
    from extraction.tables.content import split_cells

    def line(sku: str | None, desc: str) -> LineItem:
        return LineItem(sku=sku, description=desc, quantity="1", unit_price="2", line_total="2")

    lines = split_cells(
        [
            line(None, "99.93.27 Cinta de embalar"),
            line("60.73.23", "Estantería metálica"),
            line(None, "67.36.85 Tubo LED"),
            line("23.99.10", "Esmalte satinado"),
        ]
    )
    assert [li.sku for li in lines] == ["99.93.27", "60.73.23", "67.36.85", "23.99.10"]
    assert lines[0].description == "Cinta de embalar"
    # a description that starts with a size of another pattern keeps it
    kept = split_cells([line("60.73.23", "Tube"), line(None, "1/2 inch valve"), line("1.2.3", "X")])
    assert kept[1].sku is None and kept[1].description == "1/2 inch valve"
