"""Layouts of documents typed in an office suite (samples/wild office families): a
spreadsheet's bottom-aligned cells and accounting format, its printed row numbers, a
Word table with HT and TTC amounts and an extra column, and paragraphs typed under an
address."""

from __future__ import annotations

from extraction.calibration.lines import leftovers
from extraction.layout import build_layout
from extraction.lines import _no_lone_signs, header_columns
from extraction.result import LineItem, Word
from tests.extraction.pages_for_tests import (
    RightAt,
    Text,
    header,
    printed,
    read_pages,
    right,
    table_rows,
)
from tests.extraction.test_line_tables import HEAD

# a spreadsheet's item table: labels at the top of their cells, numbers right-aligned
SHEET_HEAD = header(200, [(60, "Description"), (300, "Qty"), (380, "Price"), (470, "Amount")])


def _sheet_numbers(y: float, qty: str, price: str, amount: str) -> list[Text]:
    """Quantity, price and amount of one sheet row, each right-aligned in its cell."""
    return table_rows([(qty, price, amount)], [RightAt(320), RightAt(420), RightAt(510)], y)


def _sheet_descriptions(*rows: Text, total: tuple[float, str]) -> list[str | None]:
    """The descriptions read of a sheet's item table: its head, ``rows``, and a "Total"
    row at ``total``'s height with its amount."""
    y, amount = total
    body = [*SHEET_HEAD, *rows, Text(300, y, "Total"), right(510, y, amount)]
    return [li.description for li in read_pages(HEAD + body).lines]


def test_a_wrapped_description_printed_above_its_numbers_joins_the_row_below() -> None:
    # a sheet sets cell text at the bottom: the first line of a wrapped description sits
    # above the row's numbers, closer to them than to the row above
    got = _sheet_descriptions(
        Text(60, 222, "Oil filter for screw"),
        *_sheet_numbers(222, "2", "10.00", "20.00"),
        Text(60, 240, "Rye flour T130"),
        Text(60, 251, "25 kg sack"),
        *_sheet_numbers(251, "3", "5.00", "15.00"),
        Text(60, 269, "Washed sand"),
        *_sheet_numbers(269, "1", "7.50", "7.50"),
        total=(300, "42.50"),
    )
    assert got == ["Oil filter for screw", "Rye flour T130 25 kg sack", "Washed sand"]


def test_a_wrapped_description_under_its_numbers_stays_with_its_row() -> None:
    got = _sheet_descriptions(
        Text(60, 222, "Rye flour T130"),
        *_sheet_numbers(222, "3", "5.00", "15.00"),
        Text(60, 233, "25 kg sack"),
        Text(60, 251, "Washed sand"),
        *_sheet_numbers(251, "1", "7.50", "7.50"),
        total=(280, "22.50"),
    )
    assert got == ["Rye flour T130 25 kg sack", "Washed sand"]


def test_lone_currency_signs_leave_text_cells() -> None:
    li = LineItem(description="Tube LED T8 €", unit="ea £", quantity="1", line_total="2.00")
    (out,) = _no_lone_signs([li])
    assert (out.description, out.unit) == ("Tube LED T8", "ea")


def _row(*texts: tuple[float, str], y: float = 100) -> list[Word]:
    out = []
    for x, text in texts:
        out.append(Word(text=text, bbox=(x, y, x + 6 * len(text), y + 9)))
    return out


def test_net_and_gross_amount_columns_and_a_column_of_its_own() -> None:
    words = _row(
        (40, "Désignation"),
        (96, "des"),
        (116, "fournitures"),
        (220, "Imputation"),
        (300, "Qté"),
        (330, "P.U."),
        (356, "HT"),
        (390, "Montant"),
        (436, "HT"),
        (470, "TVA"),
        (510, "Total"),
        (546, "TTC"),
    )
    row = build_layout(words, 1, 600, 800).rows[0]
    cols = header_columns(row)
    assert cols is not None
    assert [c.role for c in cols] == [
        "description",
        "other",
        "quantity",
        "unit_price",
        "line_total",
        "tax_rate",
        "gross",
    ]


def test_two_amount_columns_without_a_net_label_are_no_header() -> None:
    words = _row((40, "Description"), (300, "Qty"), (390, "Amount"), (510, "Total"))
    assert header_columns(build_layout(words, 1, 600, 800).rows[0]) is None


def test_printed_row_numbers_of_a_sheet_are_not_read() -> None:
    words: list[Word] = []
    labels = ["Acme Ltd", "", "12 Dock Road", "", "INV #", "DATE", "PO #", "", "CURRENCY"]
    for n, label in enumerate([*labels, "", "Note"], 1):
        y = 40 + 15 * n
        words.append(Word(text=str(n), bbox=(44 if n < 10 else 41, y, 50, y + 9)))
        if label:
            words += _row((60, label), y=y)
    layout = build_layout(words, 1, 600, 800)
    assert [r.text for r in layout.rows][:3] == ["Acme Ltd", "12 Dock Road", "INV #"]


def test_a_tables_own_line_numbers_stay() -> None:
    words: list[Word] = []
    for n in range(1, 12):
        y = 100 + 15 * n
        words += _row((44, str(n)), (60, f"Item {n}"), (300, "2"), (400, "4.00"), y=y)
    layout = build_layout(words, 1, 600, 800)
    assert all(r.text.startswith(str(n)) for n, r in enumerate(layout.rows, 1))


def test_a_unit_printed_twice_but_held_once_is_left_over() -> None:
    result = read_pages(
        [
            *HEAD,
            *SHEET_HEAD,
            *printed("""
                60   222 10 PEX pipe 100 m coil
                320r 222 10 4
                330  222 10 coil
                420r 222 10 5.00
                510r 222 10 20.00
                300  260 10 Total
                510r 260 10 20.00
            """),
        ]
    )
    (li,) = result.lines
    li.unit = None  # a reader that lost the unit column
    li.description = "PEX pipe 100 m coil"
    assert leftovers(result, li) == ["coil"]


def test_a_sentence_under_a_delivery_address_is_not_part_of_it() -> None:
    body = [
        *printed("""
            40 150 10b Deliver to:
            40 163 10  Harbour Supplies Ltd
            40 176 10  1580 Main Street
            40 189 10  Portland, OR 97204
            40 202 10  Please deliver by 12/31/2025.
        """),
    ]
    result = read_pages(HEAD + body)
    assert result.fields["delivery_address"].value == "1580 Main Street, Portland, OR 97204"
