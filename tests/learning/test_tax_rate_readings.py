"""A sender whose learned cells were taught on documents without a VAT column (a delivery
note printed without prices) and that prints one on a later document: the generic page
reader reads each line's tax rate, the cells do not. The two readings are not the same
lines (``profiles.readings``), and the tax rate is taken from the generic reading where
the amounts are the same (``profile_columns._fill_blanks``): before, two readers "agreed"
on lines missing their tax rate and lifted them past auto-accept, wrong (issue 24)."""

from __future__ import annotations

from extraction.profile_columns import _fill_blanks
from extraction.profiles import ONE_READING, TWO_READINGS, readings
from extraction.result import LineItem


def _line(tax: str | None, total: str = "5.95") -> LineItem:
    return LineItem(
        sku="4009498255731",
        description="Single wall carton",
        quantity="4",
        unit="ea",
        unit_price="1.4866",
        line_total=total,
        tax_rate=tax,
    )


def test_a_tax_rate_read_by_one_reader_only_makes_two_readings() -> None:
    assert readings([_line(None)], [_line("20")]) == ONE_READING
    assert readings([_line("20")], [_line("20.0")]) == TWO_READINGS
    assert readings([_line("20")], [_line("5.5")]) == ONE_READING
    assert readings([_line(None)], [_line(None)]) == TWO_READINGS


def test_the_cells_blank_tax_rate_is_taken_from_the_same_line_of_the_page_reader() -> None:
    mine, theirs = [_line(None)], [_line("20")]
    assert _fill_blanks(mine, theirs) == 1 and mine[0].tax_rate == "20"
    # another line (other amounts): nothing taken
    other = [_line(None, total="6.00")]
    assert _fill_blanks(other, theirs) == 0 and other[0].tax_rate is None
    # a rate the cells read is kept
    own = [_line("5.5")]
    assert _fill_blanks(own, theirs) == 0 and own[0].tax_rate == "5.5"
