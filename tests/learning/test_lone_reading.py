"""A known sender's lines that only one reader read (issue 24): the generic reader finds
its table while its learned cells read none (a table they were never taught), or the other
way round. Nothing speaks against such lines, unlike two readings that differ, which hold
nearly every wrong line of a proven sender: the two are kept in cells of their own
(``profiles.LONE_READING``), so the fit can tell them apart."""

from __future__ import annotations

from extraction.profiles import (
    LONE_READING,
    ONE_READING,
    TWO_READINGS,
    Learned,
    ProfileCalibration,
    readings,
)
from extraction.result import LineItem
from tests.learning.test_row_fit import _doc, _extract, _right, _taught
from tests.learning.test_two_readings import _other, _sure_with


def test_lines_only_the_generic_reader_read_have_a_cell_of_their_own() -> None:
    profile = _taught()
    profile.table_hint, profile.table_variants = None, []  # no learned cells read the table
    profile.lines_right, profile.lines_wrong = 3.0, 0.0
    pages, lines, _approved = _doc(3)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(result, lines) == len(lines) == len(result.lines)
    key = result.profile_cells["line:0"]
    assert key.endswith(f"|page|{LONE_READING}")
    assert all(_sure_with(pages, profile, key))
    # lines two readers read differently were always right: these are not lifted by that
    assert not any(_sure_with(pages, profile, _other(key, ONE_READING)))


def test_readings_say_lone_when_the_other_reader_read_no_line() -> None:
    a = LineItem(sku="A1", description="Tube", quantity="2", unit_price="3", line_total="6")
    assert readings([a], []) == LONE_READING
    assert readings([a], [a]) == TWO_READINGS
    # two readings that differ and both close their arithmetic (profile_disputes)
    assert readings([a], [a.model_copy(update={"quantity": "3", "unit_price": "2"})]) == ONE_READING
    assert readings([], []) == ONE_READING
