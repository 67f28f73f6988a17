"""Issue 20, where a description starts and ends: a code column and a unit column set so
tight against the description that the page's gap between the cells is no wider than a
word space. The table's structure parts them (the columns' starts down the rows, a gap no
word runs across, a lone code or unit word cut off); a description's own words are never
cut, whatever lines up under a header of two words."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    FRENCH_TOTALS,
    Page,
    RightAt,
    Text,
    invoice_table,
    read_pages,
)

# code 43, description 85 (a 7-digit code ends at 81.9: 3 pt apart), unit 215 (the
# longest description ends at 211.7), then the numbers
_COLS: list[float | RightAt] = [43, 85, 215, RightAt(300), RightAt(400), RightAt(500)]
_LABELS = ["Code", "Désignation article", "U.", "Qté", "PU HT", "Total HT"]


def _page(rows: list[list[str]], labels: list[str] = _LABELS) -> Page:
    return invoice_table(rows, _COLS, labels, sender="Quincaillerie Marchand") + FRENCH_TOTALS


def _lines(result: ExtractionResult) -> list[tuple[str | None, str | None, str | None]]:
    return [(li.sku, li.description, li.unit) for li in result.lines]


_ROWS = [
    ["4711203", "Vis inox A2 tête fraisée 5x50", "pce", "100", "0,12", "12,00"],
    ["5820314", "Cheville nylon 8 mm", "boîte", "4", "6,50", "26,00"],
    ["", "sachet de 50", "", "", "", ""],
    ["6931425", "Foret béton 6 x 100", "pce", "10", "2,40", "24,00"],
    ["7042536", "Colle de montage", "tube", "6", "5,00", "30,00"],
]


def test_a_code_and_a_unit_set_tight_against_the_description_are_cells_of_their_own() -> None:
    result = read_pages(_page(_ROWS))
    assert _lines(result) == [
        ("4711203", "Vis inox A2 tête fraisée 5x50", "pce"),
        ("5820314", "Cheville nylon 8 mm sachet de 50", "boîte"),
        ("6931425", "Foret béton 6 x 100", "pce"),
        ("7042536", "Colle de montage", "tube"),
    ]
    # a reading of the table's structure is never shown sure
    assert all(li.confidence <= 0.89 for li in result.lines)


def test_words_lined_up_under_a_header_of_two_words_stay_the_descriptions() -> None:
    # every description's second word starts where the header's second word does, a word
    # space after the first: one column of text, no column of its own
    rows = [
        ["4711203", "Vis tête fraisée inox", "pce", "100", "0,12", "12,00"],
        ["5820314", "Vis tête ronde zinguée", "pce", "200", "0,08", "16,00"],
        ["6931425", "Vis tête hexagonale", "pce", "50", "0,40", "20,00"],
    ]
    cols: list[float | RightAt] = [43, 85, 215, RightAt(300), RightAt(400), RightAt(500)]
    labels = ["Code", "Vis article", "U.", "Qté", "PU HT", "Total HT"]
    page = invoice_table(rows, cols, labels, sender="Quincaillerie Marchand")
    assert [li.description for li in read_pages(page).lines] == [
        "Vis tête fraisée inox",
        "Vis tête ronde zinguée",
        "Vis tête hexagonale",
    ]


def test_a_unit_word_of_the_text_that_lines_up_with_no_column_stays_in_it() -> None:
    # "m" ends the description on one row, nowhere near the unit column's start
    rows = [
        ["4711203", "Câble souple 3G1,5 100 m", "rouleau", "2", "45,00", "90,00"],
        ["5820314", "Gaine ICTA 20 mm", "couronne", "1", "30,00", "30,00"],
        ["6931425", "Boîte de dérivation", "pce", "10", "2,40", "24,00"],
    ]
    assert _lines(read_pages(_page(rows))) == [
        ("4711203", "Câble souple 3G1,5 100 m", "rouleau"),
        ("5820314", "Gaine ICTA 20 mm", "couronne"),
        ("6931425", "Boîte de dérivation", "pce"),
    ]


def test_a_unit_run_on_from_the_description_into_a_centred_unit_column_is_its_own() -> None:
    # the unit column centres its words: each starts at another x, the wider ones left of
    # where the first row's unit starts, 3 pt after its description's end
    cols: list[float | RightAt] = [43, 85, RightAt(320), RightAt(400), RightAt(500)]
    rows = [
        ["4711203", "Vis inox A2 tête fraisée 5x50", "100", "0,12", "12,00"],
        ["5820314", "Cheville nylon 8 mm", "4", "6,50", "26,00"],
        ["6931425", "Foret béton 6 x 100", "10", "2,40", "24,00"],
    ]
    centre = (
        85 + stringWidth(rows[0][1], "Helvetica", 10) + 3 + stringWidth("pce", "Helvetica", 10) / 2
    )
    labels = ["Code", "Désignation", "Qté", "PU HT", "Total HT"]
    page = invoice_table(rows, cols, labels, sender="Quincaillerie Marchand")
    for i, unit in enumerate(["pce", "boîte", "sachet"]):
        page.append(Text(centre - stringWidth(unit, "Helvetica", 10) / 2, 220 + 16 * i, unit))
    assert [(li.description, li.unit) for li in read_pages(page + FRENCH_TOTALS).lines] == [
        ("Vis inox A2 tête fraisée 5x50", "pce"),
        ("Cheville nylon 8 mm", "boîte"),
        ("Foret béton 6 x 100", "sachet"),
    ]
