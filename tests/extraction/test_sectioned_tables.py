"""Tables in sections, as builders' quotations and works invoices print them: outline
positions "1.1", "1.2", "2.1" in the first column are positions, neither the article code
nor words of the description; codes of the same shape that do not count up stay codes;
and positions numbered 10, 20, 30 glued to the code are cut off the code."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text
from tests.extraction.test_line_tables import read_pages, right

HEAD = [
    Text(40, 40, "Carter Building Ltd", 14, bold=True),
    Text(40, 60, "3 Station Approach, Leeds LS1 4DY"),
    Text(400, 40, "QUOTATION", 16, bold=True),
    Text(400, 70, "Quote no: Q25-114"),
    Text(400, 84, "Date: 12/03/2025"),
    Text(40, 200, "No.", bold=True),
    Text(80, 200, "Description", bold=True),
    Text(340, 200, "Qty", bold=True),
    Text(380, 200, "Unit", bold=True),
    Text(440, 200, "Rate", bold=True),
    Text(510, 200, "Amount", bold=True),
]


def row(y: float, pos: str, desc: str, qty: str, unit: str, rate: str, amount: str) -> list[Text]:
    return [
        Text(40, y, pos),
        Text(80, y, desc),
        right(360, y, qty),
        Text(380, y, unit),
        right(470, y, rate),
        right(550, y, amount),
    ]


def test_outline_positions_of_a_quotation_in_sections_are_cut_off() -> None:
    # the rows of two sections, 1.1 and 1.2 then 2.1 and 2.2, and the totals under them
    body = [
        *row(220, "1.1", "Supply and fit wall-hung WC", "2", "ea", "420.00", "840.00"),
        *row(234, "1.2", "New copper supply from manifold", "12.5", "m", "18.00", "225.00"),
        *row(248, "2.1", "Two coats of matt emulsion", "48.25", "m²", "12.00", "579.00"),
        *row(262, "2.2", "Labour - skilled tradesman", "16", "hr", "45.00", "720.00"),
        Text(380, 290, "Net total"),
        right(550, 290, "2,364.00"),
        Text(380, 304, "VAT 20%"),
        right(550, 304, "472.80"),
        Text(380, 318, "Total"),
        right(550, 318, "2,836.80"),
    ]
    result = read_pages(HEAD + body)
    got = [(li.sku, li.description, li.quantity, li.line_total) for li in result.lines]
    assert got == [
        (None, "Supply and fit wall-hung WC", "2", "840.00"),
        (None, "New copper supply from manifold", "12.5", "225.00"),
        (None, "Two coats of matt emulsion", "48.25", "579.00"),
        (None, "Labour - skilled tradesman", "16", "720.00"),
    ]


def test_codes_shaped_like_positions_that_do_not_count_up_stay_codes() -> None:
    body = [
        *row(220, "12.40", "Hinge, stainless", "4", "pc", "3.50", "14.00"),
        *row(234, "17.05", "Door handle set", "2", "pc", "21.00", "42.00"),
        *row(248, "12.41", "Screw pack", "1", "pc", "6.00", "6.00"),
        Text(380, 280, "Net total"),
        right(550, 280, "62.00"),
        Text(380, 294, "VAT 20%"),
        right(550, 294, "12.40"),
        Text(380, 308, "Total"),
        right(550, 308, "74.40"),
    ]
    result = read_pages(HEAD + body)
    kept = [f"{li.sku or ''} {li.description}".strip() for li in result.lines]
    assert [k.split()[0] for k in kept] == ["12.40", "17.05", "12.41"]


def test_positions_numbered_by_ten_glued_to_the_code_are_cut_off() -> None:
    # a warehouse print numbers its positions 10, 20, 30 in the code's cell
    codes = ["4006131683101", "4002286473311", "4004190191821"]
    body = [
        Text(40, 200, "Product code", bold=True),
        Text(160, 200, "Description", bold=True),
        right(470, 200, "Ordered"),
        right(550, 200, "Shipped"),
    ]
    for i, (code, desc) in enumerate(
        zip(codes, ["Cutting oil", "Screw 5x50", "Carton"], strict=True)
    ):
        y = 216 + 14 * i
        body += [
            Text(40, y, f"{10 * (i + 1)}  {code}"),
            Text(160, y, desc),
            right(470, y, "6"),
            right(550, y, "6"),
        ]
    result = read_pages(HEAD[:5] + body)
    assert [(li.sku, li.description) for li in result.lines] == [
        ("4006131683101", "Cutting oil"),
        ("4002286473311", "Screw 5x50"),
        ("4004190191821", "Carton"),
    ]
