"""Issue 20, rows (table shapes that lose most rows): items printed as cards with no column
table, their numbers captioned on one line, in a small grid of captions over values, or
as "3 x 12.00 = 36.00"; a section heading set apart over the first item of its section is
no part of its description; a subtotal or a carried-forward amount that sums the rows
above is no item. Cards and descriptions stripped of a heading are guesses about the page:
at most 0.85."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tests.extraction.pages_for_tests import (
    Page,
    RightAt,
    Text,
    cells_at,
    heads,
    item_rows,
    letterhead,
    printed,
    read_pages,
)

_HEAD = letterhead("Harbour Supplies Ltd", "12 Dock Road, Bristol", "INVOICE", "INV-20931")
_ITEMS = [
    ("HX-2041", "Hex bolt M10 x 40 zinc", "25", "0.48", "12.00"),
    ("GL-0093", "Nitrile gloves size L", "4", "6.25", "25.00"),
    ("TP-7710", "Masking tape 48 mm", "12", "2.10", "25.20"),
]


def _totals(y: float, net: str) -> Page:
    return [Text(330, y, "Net total"), Text(480, y, net)]


def _card_page(card: Callable[[float, int, tuple[str, ...]], Page], step: float) -> Page:
    """The head, one card a item (``card(top, number, item)``) ``step`` apart, the net."""
    page = list(_HEAD)
    for n, item in enumerate(_ITEMS, 1):
        page += card(170 + step * (n - 1), n, item)
    return page + _totals(170 + step * len(_ITEMS) + 20, "62.20")


def test_cards_whose_numbers_are_captioned_on_one_line() -> None:
    def card(y: float, _n: int, item: tuple[str, ...]) -> Page:
        sku, desc, qty, price, total = item
        numbers = [f"Qty: {qty}", f"Unit price: {price}", f"Total: {total}"]
        return [Text(45, y, f"{sku} – {desc}"), *cells_at(y + 12, [45, 160, 300], numbers)]

    result = read_pages(_card_page(card, 40))
    assert [
        (li.sku, li.description, li.quantity, li.unit_price, li.line_total) for li in result.lines
    ] == _ITEMS
    assert all(li.confidence <= 0.85 for li in result.lines)


def test_cards_with_a_grid_of_captions_over_values_and_a_caption_no_reader_knows() -> None:
    def card(y: float, _n: int, item: tuple[str, ...]) -> Page:
        sku, desc, qty, price, total = item
        xs: list[float | RightAt] = [45, 110, 170, 250]
        return [
            Text(45, y, f"{desc} ({sku})"),
            *cells_at(y + 12, xs, ["Qty", "Pack", "Price each", "Line total"], 8),
            *cells_at(y + 22, xs, [qty, "box", price, total]),
        ]

    lines = read_pages(_card_page(card, 44)).lines
    assert [(li.sku, li.description, li.quantity, li.unit, li.line_total) for li in lines] == [
        (sku, desc, qty, "box", total) for sku, desc, qty, _p, total in _ITEMS
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_cards_that_print_their_product() -> None:
    def card(y: float, n: int, item: tuple[str, ...]) -> Page:
        sku, desc, qty, price, total = item
        return [Text(45, y, f"{n}. {sku} – {desc}"), Text(60, y + 12, f"{qty} x {price} = {total}")]

    assert item_rows(_card_page(card, 36)) == _ITEMS


def test_no_cards_in_an_ordinary_table() -> None:
    cols: list[float | RightAt] = [43, 120, RightAt(400), RightAt(470), RightAt(540)]
    page = _HEAD + heads(170, cols, ["Code", "Description", "Qty", "Price", "Amount"])
    for k, item in enumerate(_ITEMS):
        page += cells_at(190 + 16 * k, cols, item)
    lines = read_pages(page).lines
    assert [(li.sku, li.line_total) for li in lines] == [(i[0], i[4]) for i in _ITEMS]
    assert all(li.confidence > 0.85 for li in lines)  # the table reading, not the cards'


_SECTIONED = printed("""
    43  170 10b Code
    120 170 10b Description
    400r 170 10 Qty
    470r 170 10 Price
    540r 170 10 Amount
    120 190 10 Painting
    43  208 10 PT-118
    120 208 10 Satin white paint 2.5 L
    400r 208 10 3
    470r 208 10 21.00
    540r 208 10 63.00
    43  224 10 PT-207
    120 224 10 Roller 180 mm
    400r 224 10 2
    470r 224 10 4.50
    540r 224 10 9.00
    120 240 10 Painting
    540r 240 10 72.00
    120 262 10 Electrical
    43  280 10 EL-551
    120 280 10 LED tube T8 18 W
    400r 280 10 10
    470r 280 10 8.00
    540r 280 10 80.00
    43  296 10 EL-090
    120 296 10 Cable H05VV-F 3G1.5
    400r 296 10 25
    470r 296 10 1.20
    540r 296 10 30.00
    120 312 10 Electrical
    540r 312 10 110.00
    330 340 10 Net total
    540r 340 10 182.00
""")


def test_section_headings_and_their_sums_are_no_part_of_the_items() -> None:
    assert item_rows(_HEAD + _SECTIONED) == [
        ("PT-118", "Satin white paint 2.5 L", "3", "21.00", "63.00"),
        ("PT-207", "Roller 180 mm", "2", "4.50", "9.00"),
        ("EL-551", "LED tube T8 18 W", "10", "8.00", "80.00"),
        ("EL-090", "Cable H05VV-F 3G1.5", "25", "1.20", "30.00"),
    ]


def _carried_page(items: Sequence[Sequence[str]], before: str | None, after: str | None) -> Page:
    cols: list[float | RightAt] = [43, 120, RightAt(400), RightAt(470), RightAt(540)]
    page = heads(120, cols, ["Code", "Description", "Qty", "Price", "Amount"])
    y = 140.0
    if before is not None:
        page += [Text(120, y, "Brought forward"), *cells_at(y, [RightAt(540)], [before])]
        y += 16
    for item in items:
        page += cells_at(y, cols, item)
        y += 16
    if after is not None:
        page += [Text(120, y, "Carried forward"), *cells_at(y, [RightAt(540)], [after])]
    return page


def test_amounts_carried_from_page_to_page_are_no_items() -> None:
    more = [
        ("BR-330", "Brush 50 mm", "6", "3.00", "18.00"),
        ("SP-412", "Sandpaper P120", "10", "0.80", "8.00"),
    ]
    first = _HEAD + _carried_page(_ITEMS, None, "62.20")
    second = _carried_page(more, "62.20", None) + _totals(200, "88.20")
    assert item_rows(first, second) == [*_ITEMS, *more]
