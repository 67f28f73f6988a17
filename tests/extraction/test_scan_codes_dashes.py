"""A dash OCR reads on a scan is kept although it is no taller than its stroke: it parts a
code from its description ("76.12.88 - Câble souple"), which the table reader splits on."""

from __future__ import annotations

from extraction.ocr.tesseract import OcrWord
from extraction.pages import _real_word
from extraction.result import LineItem
from extraction.tables.content import split_cells


def _word(text: str, width: int, height: int, confidence: float) -> OcrWord:
    return OcrWord(text, 100, 200, width, height, confidence, 1, 1)


def test_a_flat_sure_dash_is_a_word() -> None:
    assert _real_word(_word("-", 10, 3, 0.93))
    assert _real_word(_word("–", 14, 3, 0.89))


def test_an_unsure_or_tiny_or_square_dash_is_a_speck() -> None:
    assert not _real_word(_word("-", 10, 3, 0.5))
    assert not _real_word(_word("-", 4, 2, 0.95))
    assert not _real_word(_word("-", 5, 4, 0.95))


def test_other_flat_marks_stay_specks() -> None:
    assert not _real_word(_word("_", 10, 3, 0.95))
    assert not _real_word(_word(".", 3, 3, 0.95))


def test_the_kept_dash_parts_a_dotted_code_from_its_description() -> None:
    line = LineItem(description="76.12.88 - Câble souple H05VV-F 3G1,5 mm²", source="ocr")
    [split] = split_cells([line])
    assert split.sku == "76.12.88"
    assert split.description == "Câble souple H05VV-F 3G1,5 mm²"


def _lines(descriptions: list[str], source: str = "ocr") -> list[LineItem]:
    return [LineItem(description=d, source=source) for d in descriptions]  # type: ignore[arg-type]


def test_a_column_of_grouped_digit_codes_glued_on_a_scan_is_the_code() -> None:
    lines = _lines(
        [
            "76.12.88 Câble souple H05VV-F",
            "86.43.58 Chevron sapin traité",
            "33.60.45 Filtre à huile",
            "Intervention technicien sur site",
        ]
    )
    got = split_cells(lines)
    assert [li.sku for li in got] == ["76.12.88", "86.43.58", "33.60.45", None]
    assert got[0].description == "Câble souple H05VV-F"
    assert got[3].description == "Intervention technicien sur site"


def test_born_digital_grouped_codes_on_every_row_are_codes_at_a_capped_confidence() -> None:
    # issue 20: a table without a code column prints its codes before the text; on a
    # born-digital page too, when every row does (desc_codes.py), but as a guess
    lines = _lines(["76.12.88 Câble", "86.43.58 Chevron", "33.60.45 Filtre"], source="text")
    got = split_cells(lines)
    assert [li.sku for li in got] == ["76.12.88", "86.43.58", "33.60.45"]
    assert all(li.confidence <= 0.85 for li in got)
    numbers = _lines(["12 Câble", "100 Chevron", "2025 Filtre"], source="text")
    assert [li.sku for li in split_cells(numbers)] == [None, None, None]


def test_dates_sizes_and_mixed_shapes_are_no_code_column() -> None:
    dates = _lines(["12.03.24 Pose", "13.03.24 Dépose", "14.03.24 Réglage"])
    assert [li.sku for li in split_cells(dates)] == [None, None, None]
    sizes = _lines(["2.5 m câble", "1.5 m gaine", "4.0 m tube"])
    assert [li.sku for li in split_cells(sizes)] == [None, None, None]
    mixed = _lines(["76.12.88 Câble", "4711-203-1 Chevron", "33.60.45 Filtre"])
    assert [li.sku for li in split_cells(mixed)] == [None, None, None]


def test_two_rows_are_too_few_to_be_a_column() -> None:
    lines = _lines(["76.12.88 Câble", "86.43.58 Chevron", "Filtre", "Gants"])
    assert [li.sku for li in split_cells(lines)] == [None, None, None, None]


def test_a_sign_with_the_punctuation_after_it_is_a_word() -> None:
    assert _real_word(_word("%,", 14, 12, 0.9))
    assert _real_word(_word("€.", 14, 12, 0.9))
    assert not _real_word(_word(",,", 14, 12, 0.9))
    assert not _real_word(_word("%,", 14, 12, 0.2))


def test_two_groups_of_six_digits_or_more_are_a_code_column_too() -> None:
    lines = _lines(["03101-84 Etagère", "06745-63 Abonnement", "04062-56 Ruban adhésif"])
    assert [li.sku for li in split_cells(lines)] == ["03101-84", "06745-63", "04062-56"]
    ranges = _lines(["40-200 Nm clé", "10-50 Nm clé", "20-100 Nm clé"])
    assert [li.sku for li in split_cells(ranges)] == [None, None, None]
    counts = _lines(["100.000 vis", "250.000 vis", "300.000 vis"])
    assert [li.sku for li in split_cells(counts)] == [None, None, None]
