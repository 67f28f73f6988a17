"""Tables in sections, as builders' quotations and works invoices print them: outline
positions "1.1", "1.2", "2.1" in the first column are positions, neither the article code
nor words of the description; codes of the same shape that do not count up stay codes;
and positions numbered 10, 20, 30 glued to the code are cut off the code."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed
from tests.extraction.test_line_tables import read_pages

HEAD = [
    *printed("""
        40  40  14b Carter Building Ltd
        40  60  10  3 Station Approach, Leeds LS1 4DY
        400 40  16b QUOTATION
        400 70  10  Quote no: Q25-114
        400 84  10  Date: 12/03/2025
        40  200 10b No.
        80  200 10b Description
        340 200 10b Qty
        380 200 10b Unit
        440 200 10b Rate
        510 200 10b Amount
    """),
]


def row(y: float, *cells: str) -> list[Text]:  # position, description, qty, unit, rate, amount
    return cells_at(y, [40, 80, RightAt(360), 380, RightAt(470), RightAt(550)], cells)


def test_outline_positions_of_a_quotation_in_sections_are_cut_off() -> None:
    # the rows of two sections, 1.1 and 1.2 then 2.1 and 2.2, and the totals under them
    body = [
        *row(220, "1.1", "Supply and fit wall-hung WC", "2", "ea", "420.00", "840.00"),
        *row(234, "1.2", "New copper supply from manifold", "12.5", "m", "18.00", "225.00"),
        *row(248, "2.1", "Two coats of matt emulsion", "48.25", "m²", "12.00", "579.00"),
        *row(262, "2.2", "Labour - skilled tradesman", "16", "hr", "45.00", "720.00"),
        *printed("""
            380  290 10 Net total
            550r 290 10 2,364.00
            380  304 10 VAT 20%
            550r 304 10 472.80
            380  318 10 Total
            550r 318 10 2,836.80
        """),
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
        *printed("""
            380  280 10 Net total
            550r 280 10 62.00
            380  294 10 VAT 20%
            550r 294 10 12.40
            380  308 10 Total
            550r 308 10 74.40
        """),
    ]
    result = read_pages(HEAD + body)
    kept = [f"{li.sku or ''} {li.description}".strip() for li in result.lines]
    assert [k.split()[0] for k in kept] == ["12.40", "17.05", "12.41"]


def test_positions_numbered_by_ten_glued_to_the_code_are_cut_off() -> None:
    # a warehouse print numbers its positions 10, 20, 30 in the code's cell
    codes = ["4006131683101", "4002286473311", "4004190191821"]
    body = [
        *printed("""
            40   200 10b Product code
            160  200 10b Description
            470r 200 10  Ordered
            550r 200 10  Shipped
        """),
    ]
    for i, (code, desc) in enumerate(
        zip(codes, ["Cutting oil", "Screw 5x50", "Carton"], strict=True)
    ):
        y = 216 + 14 * i
        body += cells_at(
            y, [40, 160, RightAt(470), RightAt(550)], [f"{10 * (i + 1)}  {code}", desc, "6", "6"]
        )
    result = read_pages(HEAD[:5] + body)
    assert [(li.sku, li.description) for li in result.lines] == [
        ("4006131683101", "Cutting oil"),
        ("4002286473311", "Screw 5x50"),
        ("4004190191821", "Carton"),
    ]
