"""Units and line VAT rates printed where a unit or rate column is not (issue 20, the unit
and the line's rate): after the price in its cell, once in the quantity's header, in a
column of short forms under a header word no reader knows, and VAT codes mapped by
legends of several wordings. Whole documents, read through ``extract_bytes``."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    RightAt,
    Text,
    printed,
    read_pages,
    table_page,
)

HEAD = printed(DUPONT_HEAD)
ROWS = [
    ("A-100", "Vis inox 5x50", "10", "2,00", "20,00"),
    ("B-200", "Sable lavé 0/4", "4", "10,00", "40,00"),
    ("C-300", "Gants nitrile", "5", "3,00", "15,00"),
]


def _page(
    labels: list[str], rows: list[list[str]], extra: list[Text] | None = None
) -> ExtractionResult:
    cols: list[float | RightAt] = [40.0, 110.0]
    cols += [RightAt(330 + 70 * k) for k in range(len(labels) - 2)]
    return read_pages(table_page(HEAD, cols, labels, rows, extra or []))


def test_a_unit_after_the_price_in_its_cell_is_the_row_s_unit() -> None:
    units = ["kg", "m²", "pce"]
    rows = [[c, d, q, f"{p} €/{u}", t] for (c, d, q, p, t), u in zip(ROWS, units, strict=True)]
    got = _page(["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT"], rows)
    assert [(li.unit, li.unit_price, li.quantity) for li in got.lines] == [
        ("kg", "2.00", "10"),
        ("m²", "10.00", "4"),
        ("pce", "3.00", "5"),
    ]
    assert [li.description for li in got.lines] == [
        "Vis inox 5x50",
        "Sable lavé 0/4",
        "Gants nitrile",
    ]


def test_a_unit_the_quantity_s_header_names_is_every_row_s_unit_below_auto_accept() -> None:
    rows = [list(r) for r in ROWS]
    got = _page(["Réf.", "Désignation", "Qté (m)", "P.U. HT", "Montant HT"], rows)
    assert [li.unit for li in got.lines] == ["m", "m", "m"]
    assert all(li.confidence <= 0.85 for li in got.lines)


def test_a_weight_header_names_no_unit_of_the_rows() -> None:
    rows = [[c, d, q, "1,5", p, t] for c, d, q, p, t in ROWS]
    got = _page(["Réf.", "Désignation", "Qté", "Poids (kg)", "P.U. HT", "Montant HT"], rows)
    assert [li.unit for li in got.lines] == [None, None, None]


def test_short_units_under_a_header_word_no_reader_knows_are_the_units() -> None:
    units = ["Stk", "rl", "pz"]
    rows = [[c, d, q, u, p, t] for (c, d, q, p, t), u in zip(ROWS, units, strict=True)]
    got = _page(["Réf.", "Désignation", "Qté", "Packing", "P.U. HT", "Montant HT"], rows)
    assert [li.unit for li in got.lines] == units
    assert [li.description for li in got.lines] == [
        "Vis inox 5x50",
        "Sable lavé 0/4",
        "Gants nitrile",
    ]


def _coded(legend: str, codes: tuple[str, str, str]) -> ExtractionResult:
    rows = [[c, d, q, p, t, k] for (c, d, q, p, t), k in zip(ROWS, codes, strict=True)]
    return _page(
        ["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT", "Code"],
        rows,
        [Text(40, 275, legend, 8)],
    )


def test_vat_codes_take_their_rates_from_legends_of_several_wordings() -> None:
    for legend, codes in [
        ("(A) TVA 20 %   (B) TVA 5,5 %", ("A", "B", "A")),
        ("T1 = 20 %   T2 = 5,5 %", ("T1", "T2", "T1")),
        ("S: VAT at 20%   R: VAT at 5.5%", ("S", "R", "S")),
    ]:
        got = _coded(legend, codes)
        assert [li.tax_rate for li in got.lines] == ["20", "5.5", "20"], legend
        assert [li.unit for li in got.lines] == [None, None, None], legend


def test_a_legend_row_with_other_words_maps_no_code() -> None:
    got = _coded("Livraison A = 20 %   B = 5,5 %", ("A", "B", "A"))
    assert [li.tax_rate for li in got.lines] == [None, None, None]
