"""A known sender's lines read the same by its learned cells and by the generic readers
(issue 24): two readers that go wrong in different ways agreeing is evidence of its own,
kept apart in the line's evidence cell (``profiles.readings``), so the replay's fit can
say how often such lines were right and lift them without lifting the others."""

from __future__ import annotations

from extraction.profiles import (
    ONE_READING,
    TWO_READINGS,
    Learned,
    ProfileCalibration,
    SenderProfile,
    readings,
)
from extraction.result import LineItem, PageResult
from tests.learning.test_row_fit import _doc, _extract, _right, _taught

ACCEPT = 0.9


def _other(key: str, which: str) -> str:
    return "|".join([*key.split("|")[:-1], which])


def _sure_with(pages: list[PageResult], profile: SenderProfile, cell: str) -> list[bool]:
    """Which lines of ``pages`` are shown sure once the calibration cell ``cell`` was right
    every time (200 of 200)."""
    calibration = ProfileCalibration(cells={cell: (200, 200)})
    read = _extract(pages, Learned(profiles=[profile], calibration=calibration))
    return [li.confidence >= ACCEPT for li in read.lines]


def test_lines_both_readers_read_alike_are_lifted_by_their_own_cell_only() -> None:
    profile = _taught()
    pages, lines, _approved = _doc(3)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(result, lines) == len(lines) == len(result.lines)
    key = result.profile_cells["line:0"]
    assert key.startswith("lines|1|") and key.endswith(f"|cells|{TWO_READINGS}")
    # such lines right every time: lifted past auto-accept
    assert all(_sure_with(pages, profile, key))
    # such lines of senders whose table was proven more often, read by either reader: the
    # cell borrows from them while it has few observations of its own
    parts = key.split("|")
    more = "|".join(["lines", "3", parts[2], parts[3], "page", TWO_READINGS])
    assert all(_sure_with(pages, profile, more))
    # only the lines one reader read were always right: these are not lifted by that
    assert not any(_sure_with(pages, profile, _other(key, ONE_READING)))


def test_readings_compare_every_part_amounts_as_numbers() -> None:
    a = LineItem(sku="A1", description="Tube  LED", quantity="2", unit_price="3.0", line_total="6")
    b = LineItem(
        sku="A1", description="tube led", quantity="2.00", unit_price="3", line_total="6.00"
    )
    assert readings([a], [b]) == TWO_READINGS
    # two readings that both close their arithmetic: nothing tells them apart
    assert readings([a], [b.model_copy(update={"quantity": "3", "unit_price": "2"})]) == ONE_READING
    # a figure only the kept reading's arithmetic closes (the other's "2,000" read as two
    # thousand): the page settles the dispute, the words being read alike
    assert readings([a], [b.model_copy(update={"quantity": "2000"})]) == TWO_READINGS
    assert readings([a], [b.model_copy(update={"quantity": None})]) == TWO_READINGS
    # ... but not for a kept reading whose own arithmetic does not close
    assert readings([b.model_copy(update={"quantity": "2000"})], [a]) == ONE_READING
    # nor over words: a description one reader read longer
    longer = b.model_copy(update={"description": "tube led packed in 12s"})
    assert readings([a], [longer]) == ONE_READING
    assert readings([a], [b.model_copy(update={"sku": None})]) == ONE_READING
    assert readings([a], [b, b]) == ONE_READING
    assert readings([], []) == ONE_READING
