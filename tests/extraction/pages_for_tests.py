"""Small documents drawn with reportlab for whole-document extraction tests: each line is
placed where a real sender would print it, then the PDF goes through ``extract_bytes``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extraction.pipeline import extract_bytes
from extraction.result import ExtractionResult, Word
from models.settings.extraction import ExtractionSettings


@dataclass(frozen=True)
class Text:
    x: float  # points from the left
    y: float  # points from the top
    text: str
    size: float = 10
    bold: bool = False


Page = list[Text]


@dataclass(frozen=True)
class RightAt:
    """A table column whose cells end at ``x``, as numbers are printed."""

    x: float


def right(x1: float, y: float, text: str, size: float = 10) -> Text:
    """Text ending at ``x1``, as numbers are printed in a column."""
    return Text(x1 - stringWidth(text, "Helvetica", size), y, text, size)


def printed(table: str) -> Page:
    """The texts of a page written as a table, one text a line: ``x y size text`` (x and y
    in points from the top-left corner; ``b`` after the size for bold, ``r`` after x for a
    text that ends at x, as numbers in a column). ``40 40 16b Marchand SARL`` is
    ``Text(40, 40, "Marchand SARL", 16, bold=True)``, ``552r 260 9 1 211,90`` is
    ``right(552, 260, "1 211,90", 9)``; blank lines are skipped."""
    out: Page = []
    for line in table.splitlines():
        if not line.strip():
            continue
        x, y, size, text = line.split(maxsplit=3)
        bold = size.endswith("b")
        points = float(size.removesuffix("b"))
        if x.endswith("r"):
            assert not bold, line
            out.append(right(float(x.removesuffix("r")), float(y), text, points))
        else:
            out.append(Text(float(x), float(y), text, points, bold))
    return out


def letterhead(
    sender: str,
    address: str | None,
    title: str,
    number: str,
    date: str | None = None,
    to: str | None = None,
    *,
    x: float = 400,
) -> Page:
    """A document's head as an ERP prints it: the sender's name (bold) over its address
    line at the left; the title (bold), the number and the date at ``x``; the addressee on
    one line under them."""
    return [
        Text(43, 50, sender, 12, bold=True),
        *([Text(43, 66, address)] if address else []),
        Text(x, 50, title, 12, bold=True),
        Text(x, 70, number),
        *([Text(x, 84, date)] if date else []),
        *([Text(43, 120, to)] if to else []),
    ]


# a French supplier's invoice head: its name and address, the title, number and date
DUPONT_HEAD = """
    40  40  14b Atelier Dupont SARL
    40  62  10  12 rue des Lilas
    40  75  10  69003 Lyon
    380 40  16b FACTURE
    380 80  10  Facture n° : FA-2025-0418
    380 96  10  Date : 14/03/2025
"""

# the totals of a French invoice of 1 000,00 € net at 20 % VAT, low on the page
FRENCH_TOTALS = printed("""
    330 520 10 Total HT
    480 520 10 1 000,00 €
    330 536 10 TVA 20 %
    480 536 10 200,00 €
    330 552 10 Total TTC
    480 552 10 1 200,00 €
""")


def header(y: float, labels: Sequence[tuple[float, str]], size: float = 10) -> Page:
    """A table's header: bold labels, each starting at its x."""
    return [Text(x, y, label, size, bold=True) for x, label in labels]


def heads(y: float, columns: Sequence[float | RightAt], labels: Sequence[str]) -> Page:
    """A table's header row at ``y``, as most senders set it: a label that starts at its
    column's x in bold, one that ends there (``RightAt``, over a column of numbers) plain."""
    return [
        right(column.x, y, label)
        if isinstance(column, RightAt)
        else Text(column, y, label, bold=True)
        for column, label in zip(columns, labels, strict=True)
    ]


def table_rows(
    rows: Sequence[Sequence[str]],
    columns: Sequence[float | RightAt],
    top: float,
    step: float = 16,
    size: float = 10,
) -> Page:
    """Rows of cells ``step`` apart from ``top``: a cell starts at its column's x, or ends
    there for a ``RightAt`` column; an empty cell prints nothing."""
    out: Page = []
    for i, cells in enumerate(rows):
        printed = [(column, text) for column, text in zip(columns, cells, strict=True) if text]
        out += cells_at(top + step * i, [c for c, _ in printed], [t for _, t in printed], size)
    return out


# four priced items of a French invoice's table: description, quantity, unit price and
# amount as printed; the line-table tests set them in the columns they study
INVOICE_ITEMS: list[tuple[str, str, str, str]] = [
    ("Filtre à huile pour compresseur", "12", "4,50", "54,00"),
    ("Gants nitrile taille M", "3", "10,00", "30,00"),
    ("Vis inox A2 5x50", "2", "7,25", "14,50"),
    ("Câble souple H05VV-F", "10", "2,19", "21,90"),
]


def invoice_head(sender: str = "Marchand SARL") -> Page:
    """The head of the French invoice FA-2025-0418 the line-table tests print under: the
    tables, not the head, are what they vary."""
    return letterhead(sender, "12 rue des Lilas, Lyon", "FACTURE", "FA-2025-0418")


def invoice_table(
    rows: Sequence[Sequence[str]],
    columns: Sequence[float | RightAt],
    labels: Sequence[str],
    *,
    step: float = 16,
    sender: str = "Marchand SARL",
) -> Page:
    """That invoice with a table: ``labels`` over ``columns`` at 200, ``rows`` from 220."""
    return invoice_head(sender) + heads(200, columns, labels) + table_rows(rows, columns, 220, step)


def grid(
    y: float, headings: Sequence[str], values: Sequence[str], xs: Sequence[float] = (40, 160, 280)
) -> Page:
    """A header grid: the headings at ``y``, each one's value on the row under it (14 pt
    lower), a column each from ``xs``."""
    return table_rows([headings, values], xs[: len(headings)], y, step=14)


def cells_at(
    y: float, columns: Sequence[float | RightAt], cells: Sequence[str], size: float = 10
) -> Page:
    """One row of a table at ``y``: each cell starts at its column's x, or ends there for a
    ``RightAt`` column (an empty cell is drawn, empty)."""
    return [
        right(column.x, y, text, size)
        if isinstance(column, RightAt)
        else Text(column, y, text, size)
        for column, text in zip(columns, cells, strict=True)
    ]


def one_item(top: float, captions: Sequence[str], item: Sequence[str], total: str) -> Page:
    """A line table of one item: its bold captions at ``top`` (columns at x 40, 300, 360
    and 460), the item under them, and the net total's row (``total`` under the quantity,
    the item's amount under the amounts) 40 pt under the captions."""
    columns = (40, 300, 360, 460)
    return [
        *(Text(x, top, caption, bold=True) for x, caption in zip(columns, captions, strict=True)),
        *cells_at(top + 16, columns, item),
        Text(300, top + 40, total),
        Text(460, top + 40, item[-1]),
    ]


def pdf_pages(*pages: Page) -> bytes:
    """A PDF of one A4 page per list of texts."""
    out = io.BytesIO()
    doc = canvas.Canvas(out, pagesize=A4)
    for items in pages:
        for item in items:
            doc.setFont("Helvetica-Bold" if item.bold else "Helvetica", item.size)
            doc.drawString(item.x, A4[1] - item.y - item.size, item.text)
        doc.showPage()
    doc.save()
    return out.getvalue()


def pdf(*items: Text) -> bytes:
    return pdf_pages(list(items))


def read_pages(*pages: Page) -> ExtractionResult:
    """What ``extract_bytes`` reads of a document drawn page by page (no embedded XML)."""
    return extract_bytes(pdf_pages(*pages), settings=ExtractionSettings(), use_embedded_xml=False)


def read(*items: Text) -> ExtractionResult:
    return read_pages(list(items))


def rows(x: float, y: float, lines: list[str], step: float = 13) -> list[Text]:
    """Consecutive printed lines (an address block)."""
    return [Text(x, y + i * step, line) for i, line in enumerate(lines)]


def line_tuples(result: ExtractionResult) -> list[tuple[str | None, ...]]:
    """Each line read: (sku, description, quantity, unit, unit price, amount, VAT rate)."""
    return [
        (li.sku, li.description, li.quantity, li.unit, li.unit_price, li.line_total, li.tax_rate)
        for li in result.lines
    ]


def table_page(
    head: Page,
    columns: Sequence[float | RightAt],
    labels: Sequence[str],
    cells: Sequence[Sequence[str]],
    extra: Sequence[Text] = (),
) -> Page:
    """A page of one line table: ``head``, the header row of ``labels`` at y 200 (``heads``),
    the rows from 20 pt under it (``table_rows``), then ``extra`` (a legend, a stray label)."""
    return [*head, *heads(200, columns, labels), *table_rows(cells, columns, 220), *extra]


def sender_head(sender: str, address: str, title: str, number: str, date: str) -> Page:
    """The head of the table tests' pages: the sender's name (bold) over its address line
    at the left, the title (bold) over the document's number and date at the right."""
    return [
        Text(43, 50, sender, 12, bold=True),
        Text(43, 66, address),
        Text(400, 50, title, 12, bold=True),
        Text(400, 70, number),
        Text(400, 84, date),
    ]


# a French builders' merchant's invoice head
MARCHAND_INVOICE = sender_head(
    "Marchand Matériaux SARL",
    "12 rue des Lilas, 44000 Nantes",
    "FACTURE",
    "Facture n° FA-2025-0418",
    "Date : 14/03/2025",
)


def item_rows(*pages: Page) -> list[tuple[str | None, ...]]:
    """Each line read of the pages: its code, description, quantity, unit price and total."""
    return [
        (li.sku, li.description, li.quantity, li.unit_price, li.line_total)
        for li in read_pages(*pages).lines
    ]


def value(result: ExtractionResult, name: str) -> str | None:
    fv = result.fields.get(name)
    return fv.value if fv is not None else None


def reads(result: ExtractionResult, **expected: str | None) -> None:
    """The fields read as ``expected`` (None: not read), checked in one assertion that
    shows every difference at once."""
    assert {name: value(result, name) for name in expected} == expected


def row_words(
    rows: list[list[tuple[str, float]]], conf: float = 1.0, top: float = 100, char: float = 6
) -> list[Word]:
    """Words at (text, x0) per row, ``char`` pt per character, rows 14 pt apart (OCR words
    when ``conf`` is below 1)."""
    out = []
    for i, row in enumerate(rows):
        y = top + 14 * i
        for text, x in row:
            out.append(
                Word(
                    text=text,
                    bbox=(x, y, x + char * len(text), y + 9),
                    confidence=conf,
                    source="ocr" if conf < 1 else "text",
                )
            )
    return out


# values shown at this confidence or above are auto-accepted (the confidence promise)
ACCEPT = 0.9


def offered(result: ExtractionResult, name: str, expected: str) -> None:
    """The value was read, and is offered to a clerk rather than shown sure."""
    assert value(result, name) == expected
    assert result.fields[name].confidence < ACCEPT


def offers(result: ExtractionResult, **expected: str) -> None:
    """Each of the values was read, and is offered to a clerk rather than shown sure."""
    for name, wanted in expected.items():
        offered(result, name, wanted)


def beside_title(*lines: str) -> list[Text]:
    """The document's own head lines (its number, date, references) under its title at the
    right, 16 pt apart: where ``one_item_page``'s tests print their ``head``."""
    return rows(380, 80, list(lines), step=16)


def sender_and_title(sender: str, address: list[str], title: str) -> list[Text]:
    """The top of most whole-page tests' documents: the sender's name (bold) over its
    address lines at the left, the document's title (bold) at the right; the document's own
    head lines go ``beside_title``."""
    return [
        Text(40, 40, sender, 14, bold=True),
        *rows(40, 62, address),
        Text(380, 40, title, 16, bold=True),
    ]


# the head of the English invoice several whole-page tests print their cases under
INVOICE_HEAD = [
    *sender_and_title("Harbor Tools Ltd", ["12 Dock Road", "Leeds LS1 4AB"], "INVOICE"),
    *beside_title("Invoice No: INV-5521", "Date: 12/06/2024"),
]


def business_letter(subject: str, body: list[str], lang: str) -> list[Text]:
    """A one-page business letter: letterhead, recipient's window block, place and date,
    the subject (if any), the salutation and the body (``lang`` "fr" or another)."""
    items = [
        Text(40, 40, "Ferronnerie Moreau SARL", 14, bold=True),
        *rows(40, 62, ["8 rue du Port", "44000 Nantes"]),
        *rows(330, 130, ["Transports Lemoine", "2 avenue Foch", "75008 Paris"]),
        Text(330, 190, "Nantes, le 12/03/2025" if lang == "fr" else "London, 12 March 2025"),
    ]
    if subject:
        items.append(Text(40, 230, subject))
    items.append(Text(40, 260, "Madame, Monsieur," if lang == "fr" else "Dear Sir or Madam,"))
    return items + rows(40, 285, body)


OAK_BEAMS = ("Oak beam 120 x 240 mm", "4", "212.50", "850.00")


def oak_beam_item(y: float = 300) -> Page:
    """A plain table header at ``y`` and one item under it (4 oak beams, 850.00): the one
    line of the documents whose tests are about their header or their parties."""
    lines = [("Description", "Qty", "Unit price", "Amount"), OAK_BEAMS]
    return table_rows(lines, [40, 300, 360, 460], y)


def one_item_page(sender: str, address: list[str], title: str, head: list[Text]) -> list[Text]:
    """A sender's letterhead, the document's title, the test's own head lines, and one
    item under a plain table header: the frame the unlabelled-field tests print into."""
    return [*sender_and_title(sender, address, title), *head, *oak_beam_item()]


def with_foot(
    sender: str,
    address: list[str],
    title: str,
    head: list[str],
    foot: Sequence[str],
    size: float = 10,
) -> list[Text]:
    """A ``one_item_page`` whose head lines are ``head`` (``beside_title``) and whose lines
    under the item are ``foot``, 16 pt apart from y 420 (closing text, a foot line)."""
    page = one_item_page(sender, address, title, beside_title(*head))
    return page + [Text(40, 420 + 16 * i, line, size) for i, line in enumerate(foot)]
