"""Issue 20, rows: the code and the unit a table prints inside other cells are read out by
the structure of the whole column (the rows agree on one place and one shape), never from
one row alone, and each such reading is held at a capped confidence (0.85)."""

from __future__ import annotations

from extraction.result import LineItem
from extraction.tables.content import split_cells
from extraction.tables.unit_words import is_unit
from tests.extraction.pages_for_tests import (
    Page,
    RightAt,
    invoice_table,
    read_pages,
    table_rows,
)


def _lines(descriptions: list[str], **cells: str) -> list[LineItem]:
    return [LineItem(description=d, confidence=0.95, **cells) for d in descriptions]


def test_lower_case_codes_the_rows_agree_on_are_split_at_a_capped_confidence() -> None:
    got = split_cells(_lines(["hm-79641: Ruban adhésif", "tz-31076: Tuyau PER", "Frais de port"]))
    assert [li.sku for li in got] == ["hm-79641", "tz-31076", None]
    assert got[0].description == "Ruban adhésif"
    assert all(li.confidence <= 0.85 for li in got[:2]) and got[2].confidence == 0.95


def test_one_lower_case_word_with_digits_is_no_column() -> None:
    # "5x50", "mm2": words of a text, no separator inside them
    got = split_cells(_lines(["Vis 5x50 inox", "Câble 3G1,5 mm2", "Gaine 2x20 rouge"]))
    assert [li.sku for li in got] == [None, None, None]


def test_a_code_set_off_by_a_dash_or_slash_is_split_before_a_detail_line_too() -> None:
    dashed = split_cells(
        _lines(
            [
                "Filtre à huile – 3390-313-11 Couleur : bleu, lot n° 92630",
                "Farine de seigle 25 kg – 1873-513-84",
                "Frais de port",
            ]
        )
    )
    assert [li.sku for li in dashed] == ["3390-313-11", "1873-513-84", None]
    assert dashed[0].description == "Filtre à huile Couleur : bleu, lot n° 92630"
    slashed = split_cells(_lines(["Vis inox 5x50 / M201/3Z", "Filtre à huile / T434/8B"]))
    assert [(li.sku, li.description) for li in slashed] == [
        ("M201/3Z", "Vis inox 5x50"),
        ("T434/8B", "Filtre à huile"),
    ]


def test_a_dash_before_words_or_a_lone_row_is_no_code() -> None:
    words = split_cells(_lines(["Peinture – blanc", "Gaine – rouge", "Tube – 2025"]))
    assert [li.sku for li in words] == [None, None, None]
    # one row of four prints a code-shaped word after a dash: no column of codes
    alone = split_cells(_lines(["Filtre – AB-1234", "Gants", "Vis inox", "Câble"]))
    assert [li.sku for li in alone] == [None, None, None, None]


def test_units_after_a_dash_or_in_brackets_are_split_when_the_rows_agree() -> None:
    got = split_cells(_lines(["Peinture 2,5 L – pot", "Café 1 kg – kg Couleur : rouge", "Port"]))
    assert [(li.description, li.unit) for li in got] == [
        ("Peinture 2,5 L", "pot"),
        ("Café 1 kg Couleur : rouge", "kg"),
        ("Port", None),
    ]
    assert got[0].confidence <= 0.85
    bracketed = split_cells(_lines(["Paper (ream of 500) (REAM)", "Oil filter (EA)"]))
    assert [li.unit for li in bracketed] == ["REAM", "EA"]


def test_words_after_a_dash_that_are_no_units_stay_text() -> None:
    colours = split_cells(_lines(["Peinture – blanc", "Gaine – rouge", "Tube – vert"]))
    assert [li.unit for li in colours] == [None, None, None]
    # "- lot 43535": a lot's number, though "lot" can be a unit
    lots = split_cells(_lines(["Widget Livraison partielle - lot 43535", "Filtre - lot 4"]))
    assert [li.unit for li in lots] == [None, None]


def test_a_quantity_at_the_end_of_the_text_is_the_one_that_prices_out() -> None:
    got = split_cells(
        _lines(["Ruban 48 mm x 66 m - 4 ROULEAU"], unit_price="2.64", line_total="10.56")
        + _lines(["Café 1 kg – 184 kg"], unit_price="2.00", line_total="368.00")
        + _lines(["Frais de port - 1"], unit_price="5.00", line_total="5.00")
    )
    assert [(li.quantity, li.unit, li.description) for li in got] == [
        ("4", "ROULEAU", "Ruban 48 mm x 66 m"),
        ("184", "kg", "Café 1 kg"),
        ("1", None, "Frais de port"),
    ]
    assert all(li.confidence <= 0.85 for li in got)


def test_a_quantity_after_a_round_discount_and_a_times_sign() -> None:
    # 100 x 48.09 less 2.5 % = 4688.78; "16 mm" would be 37.5 % off, but the place the
    # rows agree on is the number before the times sign
    got = split_cells(
        _lines(["Peinture 2,5 L 100 x POT"], unit_price="48.09", line_total="4688.78")
        + _lines(["Tuyau PER 16 mm 10 x COURONNE"], unit_price="65.00", line_total="650.00")
    )
    assert [(li.quantity, li.unit) for li in got] == [("100", "POT"), ("10", "COURONNE")]
    assert got[1].description == "Tuyau PER 16 mm"


def test_numbers_that_do_not_price_out_stay_in_the_text() -> None:
    lines = _lines(["Tube LED 120 cm", "Câble – 25 m"], unit_price="3.00", line_total="10.00")
    assert [li.quantity for li in split_cells(lines)] == [None, None]
    # one row that prices out is no column
    one = _lines(["Widget – 5 pcs"], unit_price="2.00", line_total="10.00") + _lines(
        ["Gants"], unit_price="2.00", line_total="4.00"
    )
    assert [li.quantity for li in split_cells(one)] == [None, None]


def test_the_unit_vocabulary_ignores_case_and_accents_but_not_shape() -> None:
    assert is_unit("BOÎTE") and is_unit("boite") and is_unit("m²") and is_unit("Pce.")
    assert not is_unit("blanc") and not is_unit("12pcs") and not is_unit("x")


_COLS: list[float | RightAt] = [40, 110, RightAt(380), 390, RightAt(480), RightAt(550)]


def _invoice(rows: list[list[str]], unit_head: str, extra: list[list[str]] | None = None) -> Page:
    labels = ["Réf.", "Désignation", "Qté", unit_head, "PU HT", "Total HT"]
    page = invoice_table(rows, _COLS, labels, step=26)
    return page + table_rows(extra or [], _COLS, 233, step=26)


def test_a_unit_printed_under_its_quantity_is_the_rows_unit() -> None:
    rows = [
        ["AB-1001", "Filtre à huile", "12", "", "4,50", "54,00"],
        ["AB-1002", "Gants nitrile", "3", "", "10,00", "30,00"],
    ]
    under = [["", "", "pce", "", "", ""], ["", "", "boîte", "", "", ""]]
    lines = read_pages(_invoice(rows, "", under)).lines
    assert [(li.sku, li.quantity, li.unit) for li in lines] == [
        ("AB-1001", "12", "pce"),
        ("AB-1002", "3", "boîte"),
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_count_with_a_spaced_times_sign_and_units_under_an_unknown_header() -> None:
    rows = [
        ["AB-1001", "Filtre à huile", "12 x", "PCE", "4,50", "54,00"],
        ["AB-1002", "Gants nitrile", "3 x", "BOÎTE", "10,00", "30,00"],
        ["", "Frais de port", "1 x", "", "8,00", "8,00"],
    ]
    lines = read_pages(_invoice(rows, "Cond.")).lines
    assert [(li.quantity, li.unit, li.description) for li in lines] == [
        ("12", "PCE", "Filtre à huile"),
        ("3", "BOÎTE", "Gants nitrile"),
        ("1", None, "Frais de port"),
    ]


def test_a_code_parted_by_a_lone_colon_and_a_short_code_of_the_columns_classes() -> None:
    got = split_cells(
        _lines(["98.50.22 : Étagère", "79.24 : Farine", "81.26.89 : Peinture", "Frais de port"])
    )
    assert [li.sku for li in got] == ["98.50.22", "79.24", "81.26.89", None]
    assert got[1].description == "Farine"
    # "24.73" alone reads as a price; among codes of digits and dots it is one of them
    mixed = split_cells(
        _lines(["98.50.22 Étagère", "24.73 Farine", "81.26.89 Peinture", "11.22.33 Gants"])
    )
    assert [li.sku for li in mixed] == ["98.50.22", "24.73", "81.26.89", "11.22.33"]
    prices = split_cells(_lines(["12.50 Étagère", "79.24 Farine", "Peinture"]))
    assert [li.sku for li in prices] == [None, None, None]


def test_two_shaped_codes_carry_short_ones_of_their_classes_but_one_does_not() -> None:
    half = split_cells(
        _lines(["98.50.22 Étagère", "24.73 Farine", "81.26.89 Peinture", "11.22 Oil"])
    )
    assert [li.sku for li in half] == ["98.50.22", "24.73", "81.26.89", "11.22"]
    one = split_cells(_lines(["76.12.88 Câble", "12.50 Gaine", "Tube", "Gants"]))
    assert [li.sku for li in one] == [None, None, None, None]
