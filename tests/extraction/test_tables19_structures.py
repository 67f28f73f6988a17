"""Line tables read by their structure where the header words alone mislead (issue 20,
point 6): a column of dates is no code column, a lone price with nothing to multiply is
the line's amount, a count printed over its row, an amount's thousands read apart, a
column of VAT rates under a discount's label too, two text columns named like the
description."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    RightAt,
    Text,
    heads,
    line_tuples,
    printed,
    read_pages,
    right,
    table_page,
    table_rows,
)

HEAD = printed(DUPONT_HEAD)
US_HEAD = printed("""
    40  40  14b Harbor Tools Inc.
    40  62  10  200 Pier Road, Boston, MA 02110
    380 40  16b PURCHASE ORDER
    380 80  10  PO number: 55120
    380 96  10  Date: 03/02/2026
""")


def _table(
    head: list[Text],
    cols: list[float | RightAt],
    labels: list[str],
    rows: list[list[str]],
    extra: list[Text] | None = None,
) -> list[tuple[str | None, ...]]:
    """The lines read of a page: ``head``, a header of ``labels`` and the rows."""
    return line_tuples(read_pages(table_page(head, cols, labels, rows, extra or [])))


def test_a_column_of_dates_is_neither_the_code_nor_the_description() -> None:
    cols: list[float | RightAt] = [40, 260, RightAt(390), RightAt(460), RightAt(540)]
    rows = [
        ["Hex bolt M10 x 60 zinc", "03/16/2026", "40", "0.35", "14.00"],
        ["Spring washer M10", "03/16/2026", "40", "0.05", "2.00"],
        ["Wall plug 10 mm nylon", "03/18/2026", "100", "0.12", "12.00"],
    ]
    got = _table(US_HEAD, cols, ["Description", "Needed by", "Qty", "Unit Price", "Amount"], rows)
    assert [g[0] for g in got] == [None, None, None]
    assert [g[1] for g in got] == [r[0] for r in rows]
    assert [g[5] for g in got] == ["14.00", "2.00", "12.00"]


def _priced(label: str) -> list[tuple[str | None, ...]]:
    cols: list[float | RightAt] = [40, RightAt(540)]
    rows = [
        ["Ground survey, two visits", "£420.00"],
        ["Drainage plan drawings", "£1,150.00"],
        ["Planning application fee", "£96.50"],
    ]
    page = [
        *US_HEAD,
        *heads(200, cols, ["Item", label]),
        *table_rows(rows, cols, 220, step=24),
    ]
    return line_tuples(read_pages(page))


def test_a_lone_price_with_nothing_to_multiply_is_the_line_amount() -> None:
    got = _priced("Price")
    assert [(g[4], g[5]) for g in got] == [
        (None, "420.00"),
        (None, "1150.00"),
        (None, "96.50"),
    ]


def test_a_lone_price_labelled_per_unit_stays_a_unit_price() -> None:
    got = _priced("Unit price")
    assert [(g[4], g[5]) for g in got] == [("420.00", None), ("1150.00", None), ("96.50", None)]


def _stacked(prices: list[tuple[str, str, str, str]]) -> list[tuple[str | None, ...]]:
    """A French invoice whose quantity column prints the count over the row and the unit
    under it, centred on the row's line."""
    page = [*HEAD, *heads(200, [40, RightAt(330), RightAt(440), RightAt(540)], [
        "Désignation", "Qté", "Prix", "Total"])]  # fmt: skip
    y = 230.0
    for desc, qty, price, total in prices:
        page += [
            right(330, y - 6, qty),
            Text(40, y, desc),
            right(440, y, price),
            right(540, y, total),
            right(330, y + 6, "pce"),
        ]
        y += 34
    return line_tuples(read_pages(page))


def test_a_count_printed_over_its_row_is_its_quantity() -> None:
    got = _stacked(
        [
            ("Équerre acier 60 mm", "12", "1,40 €", "16,80 €"),
            ("Charnière laiton 40 mm", "8", "2,15 €", "17,20 €"),
            ("Poignée de porte inox", "3", "9,90 €", "29,70 €"),
        ]
    )
    assert [(g[2], g[3]) for g in got] == [("12", "pce"), ("8", "pce"), ("3", "pce")]


def test_thousands_read_apart_are_joined_back_where_they_stand_in_no_column() -> None:
    # read apart, "1 250,00" and "2 500,00" multiply (2 x 250,00 = 500,00): the columns
    # say they are two amounts
    got = _stacked(
        [
            ("Porte coupe-feu EI30", "2", "1 250,00 €", "2 500,00 €"),
            ("Ferme-porte hydraulique", "4", "86,00 €", "344,00 €"),
            ("Barre anti-panique", "2", "212,50 €", "425,00 €"),
        ]
    )
    assert [(g[2], g[4], g[5]) for g in got] == [
        ("2", "1250.00", "2500.00"),
        ("4", "86.00", "344.00"),
        ("2", "212.50", "425.00"),
    ]


def test_vat_rates_under_a_vat_and_a_discount_label_are_the_vat_rate() -> None:
    cols: list[float | RightAt] = [40, RightAt(300), RightAt(380), RightAt(430), RightAt(540)]
    rows = [
        ["Tuyau PER 16 mm", "10", "3,20", "20 %", "32,00"],
        ["Raccord laiton 16", "5", "4,10", "20 %", "20,50"],
        ["Collier de fixation", "20", "0,45", "20 %", "9,00"],
    ]
    labels = ["Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"]
    got = _table(HEAD, cols, labels, rows, [right(470, 200, "Rem. %")])
    assert [g[6] for g in got] == ["20", "20", "20"]
    assert [g[5] for g in got] == ["32.00", "20.50", "9.00"]


def _two_text_columns(seconds: tuple[str, str, str]) -> list[tuple[str | None, ...]]:
    """Three paint items under "Article" and "Description", each with ``seconds`` printed
    in the second text column."""
    cols: list[float | RightAt] = [40, 190, RightAt(380), RightAt(460), RightAt(540)]
    rows = [
        ["Lasure bois chêne", seconds[0], "4", "31,00", "124,00"],
        ["Pinceau plat 50 mm", seconds[1], "6", "5,50", "33,00"],
        ["Rouleau laqueur 110", seconds[2], "3", "7,20", "21,60"],
    ]
    return _table(HEAD, cols, ["Article", "Description", "Qté", "Prix", "Total"], rows)


def test_two_text_columns_named_like_the_description_are_both_its_text() -> None:
    got = _two_text_columns(("Pot de 2,5 L, satinée", "Soies naturelles", ""))
    assert [g[1] for g in got] == [
        "Lasure bois chêne Pot de 2,5 L, satinée",
        "Pinceau plat 50 mm Soies naturelles",
        "Rouleau laqueur 110",
    ]


def test_a_count_with_its_unit_is_no_detail_of_the_description() -> None:
    # the second column named like the description holds what is left to deliver, a count
    # and its unit ("– pot", "2 pce"): not the description's text
    got = _two_text_columns(("– pot", "2 pce", "– pce"))
    assert [g[1] for g in got] == ["Lasure bois chêne", "Pinceau plat 50 mm", "Rouleau laqueur 110"]
    assert [g[5] for g in got] == ["124.00", "33.00", "21.60"]


def test_details_over_the_row_in_their_own_column_follow_the_name() -> None:
    # "Item" and "Description" centred over their columns; the details printed on a line
    # of its own over the item row, in the description's column
    page = [
        *US_HEAD,
        Text(120, 200, "Item", bold=True),
        Text(300, 200, "Description", bold=True),
        *heads(200, [RightAt(430), RightAt(480), RightAt(540)], ["Qty", "Price", "Total"]),
        Text(40, 222, "Ratchet strap 5 m blue"),
        right(430, 222, "6"),
        right(480, 222, "$8.40"),
        right(540, 222, "$50.40"),
        Text(270, 249, "Grey, with eyelets"),
        Text(40, 256, "Tarpaulin 4 x 6 m heavy"),
        right(430, 256, "2"),
        right(480, 256, "$31.00"),
        right(540, 256, "$62.00"),
        Text(40, 290, "Bungee cord 80 cm"),
        right(430, 290, "10"),
        right(480, 290, "$1.20"),
        right(540, 290, "$12.00"),
    ]
    got = line_tuples(read_pages(page))
    assert [g[1] for g in got] == [
        "Ratchet strap 5 m blue",
        "Tarpaulin 4 x 6 m heavy Grey, with eyelets",
        "Bungee cord 80 cm",
    ]
    assert [g[5] for g in got] == ["50.40", "62.00", "12.00"]
