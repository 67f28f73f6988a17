"""A figure of the next column (a weight, a count of parcels) glued to a line's unit by the
page reader, on a sender whose approved units never had that many words: cut off, as the
clerks cut it on every approved line (``profiles.trim_units``, issue 24)."""

from __future__ import annotations

from extraction.profiles import SenderProfile, trim_units
from extraction.result import LineItem
from learning.teach import _teach_shape


def _sender(units: list[str]) -> SenderProfile:
    profile = SenderProfile(key="fp:x")
    _teach_shape(profile, [{"description": "x", "quantity": "1", "unit": u} for u in units])
    return profile


def _line(unit: str | None) -> LineItem:
    return LineItem(description="Caisse carton", quantity="24", unit=unit)


def test_a_number_glued_to_the_unit_is_cut_off() -> None:
    profile = _sender(["pce", "boîte"])
    lines = [_line("pce 619.2"), _line("boîte 1,5"), _line("pce")]
    assert trim_units(profile, lines) == 2
    assert [li.unit for li in lines] == ["pce", "boîte", "pce"]


def test_units_the_sender_prints_longer_or_followed_by_a_word_are_left() -> None:
    two = _sender(["sq m", "pce"])
    lines = [_line("sq m"), _line("pce 12")]
    assert trim_units(two, lines) == 0  # no more words than "sq m"
    assert lines[1].unit == "pce 12"
    one = _sender(["pce"])
    worded = [_line("pce EUR"), _line("12 pce"), _line(None)]
    assert trim_units(one, worded) == 0
    assert [li.unit for li in worded] == ["pce EUR", "12 pce", None]


def test_a_stranger_or_a_sender_without_approved_units_is_left_as_read() -> None:
    lines = [_line("pce 619.2")]
    assert trim_units(None, lines) == 0
    assert trim_units(SenderProfile(key="fp:y"), lines) == 0
    assert lines[0].unit == "pce 619.2"
