"""A table with no code column whose description cells print the article code (before the
text, after it in brackets, after a reference marker, on a line of its own) gives each line
its code and the text without it, when the rows agree on where the code stands; a lone
code-shaped word in one row of a table without codes stays text. Units after a slash, and
quantities with a glued times sign, are read as the quantity and unit."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import (
    DUPONT_HEAD,
    RightAt,
    header,
    printed,
    read,
    table_rows,
)

COLUMNS = [40, RightAt(380), RightAt(450), RightAt(530)]
# (quantity, unit price, amount) of three rows, and the net they add up to
NUMBERS = [("2", "12,50", "25,00"), ("10", "3,20", "32,00"), ("1", "43,00", "43,00")]


def _invoice(
    descriptions: list[str], heads: tuple[str, ...] = ("Désignation",)
) -> ExtractionResult:
    rows = [[d, *n] for d, n in zip(descriptions, NUMBERS, strict=True)]
    return read(
        *printed(DUPONT_HEAD),
        *header(200, [(40, heads[0]), (350, "Qté"), (410, "P.U. HT"), (490, "Montant HT")]),
        *table_rows(rows, COLUMNS, 220),
        *printed("""
            380 330 10 Total HT
            480 330 10 100,00 €
            380 346 10 TVA 20 %
            480 346 10 20,00 €
            380 362 10 Total TTC
            480 362 10 120,00 €
        """),
    )


def _codes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(li.sku, li.description) for li in result.lines]


def test_codes_printed_before_the_text_are_the_lines_codes() -> None:
    result = _invoice(
        [
            "VIS-2201 Vis inox A2 tête fraisée",
            "CHV-4410 Chevron sapin traité",
            "FLT-0093 Filtre à huile",
        ]
    )
    assert _codes(result) == [
        ("VIS-2201", "Vis inox A2 tête fraisée"),
        ("CHV-4410", "Chevron sapin traité"),
        ("FLT-0093", "Filtre à huile"),
    ]


def test_codes_in_brackets_after_the_text_lose_their_brackets() -> None:
    result = _invoice(
        ["Vis inox A2 (4711203)", "Chevron sapin traité (4711388)", "Filtre à huile (4710045)"]
    )
    assert _codes(result) == [
        ("4711203", "Vis inox A2"),
        ("4711388", "Chevron sapin traité"),
        ("4710045", "Filtre à huile"),
    ]
    # a reading of the table's structure, not of a column: a clerk looks
    assert all(li.confidence <= 0.85 for li in result.lines)


def test_a_code_after_a_reference_marker_goes_with_its_marker() -> None:
    result = _invoice(
        [
            "Réf. 59.12.01 – Vis inox A2",
            "Réf. 59.14.22 – Chevron sapin traité",
            "Réf. 60.01.10 – Filtre à huile",
        ]
    )
    assert _codes(result) == [
        ("59.12.01", "Vis inox A2"),
        ("59.14.22", "Chevron sapin traité"),
        ("60.01.10", "Filtre à huile"),
    ]


def test_codes_with_spaces_after_the_text_are_split_as_a_whole() -> None:
    result = _invoice(
        ["Vis inox A2 AB 123 45", "Chevron sapin traité CD 220 17", "Filtre à huile EF 981 02"]
    )
    assert _codes(result) == [
        ("AB 123 45", "Vis inox A2"),
        ("CD 220 17", "Chevron sapin traité"),
        ("EF 981 02", "Filtre à huile"),
    ]


def test_a_model_name_in_one_row_of_a_table_without_codes_stays_text() -> None:
    result = _invoice(
        ["Lampe LED T8 18 W", "Perceuse visseuse XR-2040", "Intervention technicien sur site"]
    )
    assert [li.sku for li in result.lines] == [None, None, None]
    assert result.lines[1].description == "Perceuse visseuse XR-2040"


def test_dates_before_the_text_are_no_codes() -> None:
    result = _invoice(
        ["14.03.25 Intervention sur site", "17.03.25 Intervention sur site", "21.03.25 Déplacement"]
    )
    assert [li.sku for li in result.lines] == [None, None, None]


def test_a_unit_after_a_slash_is_the_lines_unit() -> None:
    result = _invoice(["Sable de Loire 0/4 lavé / t", "Câble souple / m", "Filtre à huile / pce"])
    assert [(li.description, li.unit) for li in result.lines] == [
        ("Sable de Loire 0/4 lavé", "t"),
        ("Câble souple", "m"),
        ("Filtre à huile", "pce"),
    ]


def test_a_quantity_with_a_glued_times_sign_is_a_quantity_without_unit() -> None:
    rows = [
        [d, f"{n[0]}x", n[1], n[2]]
        for d, n in zip(["Vis", "Chevron", "Filtre"], NUMBERS, strict=True)
    ]
    result = read(
        *printed(DUPONT_HEAD),
        *header(200, [(40, "Désignation"), (350, "Qté"), (410, "P.U. HT"), (490, "Montant HT")]),
        *table_rows(rows, COLUMNS, 220),
    )
    assert [(li.quantity, li.unit) for li in result.lines] == [
        ("2", None),
        ("10", None),
        ("1", None),
    ]
