"""Line tables of structures the column grids do not have: a VAT category letter per row mapped by a
legend, each position's description printed over its code and numbers, a price column
for 100 units (issue 20, rows)."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    RightAt,
    Text,
    heads,
    line_tuples,
    printed,
    read_pages,
    table_page,
    table_rows,
)

HEAD = printed(DUPONT_HEAD)
COLS: list[float | RightAt] = [40, 110, RightAt(330), RightAt(400), RightAt(470), RightAt(540)]


def _coded(
    legend: str | None,
    codes: tuple[str, str, str],
    units: tuple[str, str, str] = ("", "", ""),
    head: str = "Code",
) -> ExtractionResult:
    rows = [
        ["A-100", "Vis inox 5x50", f"10 {units[0]}".strip(), "2,00", "20,00", codes[0]],
        ["B-200", "Sable lavé 0/4", f"4 {units[1]}".strip(), "10,00", "40,00", codes[1]],
        ["C-300", "Gants nitrile", f"5 {units[2]}".strip(), "3,00", "15,00", codes[2]],
    ]
    labels = ["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT", head]
    legends = [] if legend is None else [Text(40, 275, legend, 8)]
    return read_pages(table_page(HEAD, COLS, labels, rows, legends))


def test_a_vat_code_on_each_row_takes_the_rate_its_legend_gives() -> None:
    got = line_tuples(_coded("Catégories TVA : A = 20 %, B = 5,5 %", ("A", "B", "A")))
    assert [g[6] for g in got] == ["20", "5.5", "20"]
    assert all(g[3] is None for g in got)  # the code is no unit
    assert [g[5] for g in got] == ["20.00", "40.00", "15.00"]


def test_a_column_its_label_names_a_tax_code_is_no_unit() -> None:
    got = line_tuples(_coded(None, ("A", "B", "A"), ("pce", "t", "paire"), head="Cat. TVA"))
    assert [g[3] for g in got] == ["pce", "t", "paire"]


def test_without_a_legend_a_column_of_letters_gives_no_rate() -> None:
    got = line_tuples(_coded(None, ("A", "B", "A")))
    assert [g[6] for g in got] == [None, None, None]


def test_a_legend_that_names_no_tax_maps_no_code() -> None:
    got = line_tuples(_coded("Délais : A = 20 %, B = 5,5 %", ("A", "B", "A")))
    assert [g[6] for g in got] == [None, None, None]


def _two_lines(first_gap: float, second_gap: float) -> ExtractionResult:
    """Each position on two printed lines: the description, then ``first_gap`` pt lower
    the code and numbers, the next position ``second_gap`` pt under those."""
    cols: list[float | RightAt] = [40, RightAt(330), RightAt(400), RightAt(470)]
    page = [*HEAD, *heads(200, cols, ["Réf.", "Qté", "P.U. HT", "Montant HT"])]
    page.append(Text(40, 188, "Désignation", 10, bold=True))
    y = 222.0
    for code, desc, q, p, t in [
        ("A-100", "Vis inox tête fraisée 5x50", "10", "2,00", "20,00"),
        ("B-200", "Sable de Loire lavé 0/4", "4", "10,00", "40,00"),
        ("C-300", "Gants nitrile taille M", "5", "3,00", "15,00"),
    ]:
        page.append(Text(40, y, desc))
        page += table_rows([[code, q, p, t]], cols, y + first_gap)
        y += first_gap + second_gap
    return read_pages(page)


def test_a_description_set_close_over_its_code_and_numbers_is_that_position_s() -> None:
    got = line_tuples(_two_lines(12, 20))
    assert [(g[0], g[1], g[5]) for g in got] == [
        ("A-100", "Vis inox tête fraisée 5x50", "20.00"),
        ("B-200", "Sable de Loire lavé 0/4", "40.00"),
        ("C-300", "Gants nitrile taille M", "15.00"),
    ]


def test_a_code_set_close_over_the_text_under_it_keeps_that_text() -> None:
    # the same lines, now the text under each code row sits closer to it: each
    # position's description is the text under its code (an ERP's code-first print)
    got = line_tuples(_two_lines(20, 12))
    assert [g[5] for g in got] == ["20.00", "40.00", "15.00"]
    assert [g[1] for g in got[:2]] == ["Sable de Loire lavé 0/4", "Gants nitrile taille M"]


def _per_100(units: tuple[str, str, str] = ("", "", "")) -> list[tuple[str | None, ...]]:
    cols: list[float | RightAt] = [40, RightAt(200), 220, RightAt(470), RightAt(540)]
    rows = [
        ["12,50", "A-100", "Vis inox 5x50", f"2,50 {units[0]}".strip(), "500"],
        ["8,00", "B-200", "Rondelles M6", f"0,80 {units[1]}".strip(), "1000"],
        ["3,60", "C-300", "Chevilles 8 mm", f"1,80 {units[2]}".strip(), "200"],
    ]
    labels = ["Montant HT", "Réf.", "Désignation", "Prix / 100", "Qté"]
    return line_tuples(read_pages(table_page(HEAD, cols, labels, rows)))


def test_a_price_for_100_units_is_no_unit_price_and_checks_the_amount() -> None:
    assert [(g[0], g[2], g[4], g[5]) for g in _per_100()] == [
        ("A-100", "500", None, "12.50"),
        ("B-200", "1000", None, "8.00"),
        ("C-300", "200", None, "3.60"),
    ]


def test_a_unit_printed_after_the_price_is_the_line_s_unit() -> None:
    got = _per_100(("pce", "pce", "boîte"))
    assert [(g[3], g[5]) for g in got] == [("pce", "12.50"), ("pce", "8.00"), ("boîte", "3.60")]
