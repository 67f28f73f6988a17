"""Tables on scans: a ruled grid scanned askew is straightened and its rules taken out
before OCR (real tesseract), and the readings OCR allows for a row's numbers are chosen by
the row's arithmetic, never computed from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
from PIL import Image

from extraction.constraints import row_reading
from extraction.lines import _codes_like_the_others, _rates_like_the_others
from extraction.ocr import cleanup
from extraction.parse.amounts import parse_amount
from extraction.result import LineItem, Word
from extraction.tables.readings import readings
from tests.extraction.scans_for_tests import ruled_grid

ROWS = [
    ("06397-70", "Treated batten 4 m", "4.16", "11.34", "47.17"),
    ("08846-75", "Steel shelving unit", "24", "47.95", "1150.80"),
    ("07393-75", "Torque wrench", "1", "192.32", "192.32"),
    ("05940-45", "LED tube T8 18 W", "25", "8.37", "209.25"),
    ("05880-15", "Washed sharp sand", "2", "30.19", "60.38"),
    ("06963-99", "Oil filter", "20", "48.71", "974.20"),
]
HEADER = ("Item Code", "Description", "Quantity", "Unit Price", "Line Total")


def _grid_page(angle: float) -> np.ndarray:
    """A 300 dpi page with a table ruled all round (every cell boxed), turned ``angle``
    degrees as a scanner feeds a sheet askew."""
    return ruled_grid([HEADER, *ROWS], [150, 450, 1200, 1550, 1900, 2330], {2, 3, 4}, angle)


def test_a_grid_scanned_askew_is_straightened_and_unruled() -> None:
    page = _grid_page(1.6)
    done = cleanup.clean_page(page, 300)
    assert "straighten" in done.steps and "unline" in done.steps
    assert abs(done.skew + 1.6) < 0.3  # turned back by the angle it was scanned at
    # the rules are gone from the straightened page: no long horizontal run of ink left
    ink = done.image < 128
    assert ink[:, 150:2330].mean(axis=1).max() < 0.5


def test_a_straight_grid_is_not_turned() -> None:
    done = cleanup.clean_page(_grid_page(0.0), 300)
    assert "straighten" not in done.steps and done.skew == 0.0
    assert "unline" in done.steps


def test_the_rows_of_a_grid_scanned_askew_are_read(tmp_path: Path) -> None:
    """Through the whole OCR route (real tesseract): before the rules were measured on
    the straightened page, tesseract took this grid for a picture and read no row."""
    from extraction.pipeline import extract
    from models.settings.extraction import ExtractionSettings

    path = tmp_path / "grid.png"
    Image.fromarray(_grid_page(-1.4)).save(path, dpi=(300, 300))
    result = extract(path, settings=ExtractionSettings(page_cleanup=True, second_engine="none"))
    totals = {li.line_total for li in result.lines}
    right = sum(
        Decimal(r[4]).quantize(Decimal("0.01")) in {Decimal(t) for t in totals if t} for r in ROWS
    )
    assert right >= len(ROWS) - 1, [li.model_dump() for li in result.lines]


def _parse(text: str) -> Decimal | None:
    return parse_amount(text, "en")


def _holds(q: Decimal, p: Decimal, t: Decimal) -> bool:
    return abs(q * p - t) <= Decimal("0.011")


def _choose(qty: str, price: str, total: str, words: dict[str, list[Word]] | None = None):  # type: ignore[no-untyped-def]
    words = words or {}
    return row_reading(
        readings(qty, words.get("q", []), _parse, money=False),
        readings(price, words.get("p", []), _parse, money=True),
        readings(total, words.get("t", []), _parse, money=True),
        _holds,
    )


def test_a_lost_decimal_point_is_chosen_by_the_arithmetic() -> None:
    assert _choose("2586", "2.92", "75.51") == (Decimal("25.86"), Decimal("2.92"), Decimal("75.51"))


def test_a_currency_sign_read_as_a_digit_is_chosen_by_the_arithmetic() -> None:
    # "£47.17" read "247.17", and "4.16" read "416" on the same row
    chosen = _choose("416", "11.34", "247.17")
    assert chosen == (Decimal("4.16"), Decimal("11.34"), Decimal("47.17"))


def test_the_second_engines_reading_is_chosen_by_the_arithmetic() -> None:
    word = Word(
        text="3.57", bbox=(0, 0, 10, 10), confidence=0.6, source="ocr", alternatives=("3.58",)
    )
    chosen = _choose("100", "3.57", "358.00", {"p": [word]})
    assert chosen == (Decimal("100"), Decimal("3.58"), Decimal("358.00"))


def test_a_row_that_prices_out_as_read_is_left_alone() -> None:
    assert _choose("24", "47.95", "1150.80") is None


def test_no_reading_is_made_up_when_none_or_two_fit() -> None:
    # nothing OCR could have misread gives 5 x 3.00 = 17.00: no value is computed
    assert _choose("5", "3.00", "17.00") is None
    # two readings each make it hold (4 x 3 and 2 x 6 = 12): nothing says which
    two = row_reading([Decimal(2), Decimal(4)], [Decimal(3), Decimal(6)], [Decimal(12)], _holds)
    assert two is None


def _line(**kw: object) -> LineItem:
    base: dict[str, object] = {"description": "x", "confidence": 0.85, "source": "ocr"}
    return LineItem(**(base | kw))


def test_a_code_is_read_in_the_shape_the_other_codes_print() -> None:
    codes = ("05134-67", "06963-99", "01430-23 Rye", "0142164", "12-3", "05516-46", "02591-99")
    lines = [_line(sku=s) for s in codes]
    lines[2].description = "flour T130"
    out = _codes_like_the_others(lines)
    assert [li.sku for li in out][:5] == ["05134-67", "06963-99", "01430-23", "01421-64", "12-3"]
    assert out[2].description == "Rye flour T130"
    assert out[3].confidence <= 0.7 and out[0].confidence == 0.85


def test_a_rate_read_without_its_point_is_the_rate_the_other_rows_print() -> None:
    lines = [_line(tax_rate=r) for r in ("8.1", "8.1", "81", "20")]
    assert [li.tax_rate for li in _rates_like_the_others(lines)] == ["8.1", "8.1", "8.1", "20"]
    alone = [_line(tax_rate="81"), _line(tax_rate="8.1")]
    assert _rates_like_the_others(alone)[0].tax_rate == "81"  # one row is no pattern


def test_a_gap_read_before_a_codes_dash_is_closed() -> None:
    from extraction.lines import clean_ocr_sku

    assert clean_ocr_sku("09987 -50") == "09987-50"
    assert clean_ocr_sku("SRV- 986") == "SRV-986"
