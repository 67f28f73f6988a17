"""A known sender's line whose goods its clerks approved only with another unit is judged,
never lifted, by the sender's records (issue 24): on a B stream (seed 2213) a carriage
line that has no unit was read with the next column's "Units" and lifted to 0.98 by the
line cell; once clerks approved such a line, its reading with another unit is held."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from tests.learning.stream import extract, taught
from tests.learning.test_row_fit import _doc
from tests.learning.test_two_readings import ACCEPT


def _sender(carriage_unit: str | None) -> SenderProfile:
    """The sender after a clerk approved its documents 1 and 2, each with a carriage row
    (no code, no unit printed); ``carriage_unit``: the unit the clerk approved it with."""
    docs = []
    for i in (1, 2):
        pages, lines, approved = _doc(i, shipping=True)
        if carriage_unit:
            lines = [li | {"unit": carriage_unit} if not li.get("sku") else li for li in lines]
        docs.append((pages, lines, approved))
    profile = taught(docs)
    profile.lines_right, profile.rows_right = 2.0, 8.0
    return profile


def _read(profile: SenderProfile) -> list[float]:
    """How sure the lines of the sender's 3rd document are shown, every cell they are
    judged by proven right 200 times of 200."""
    pages, _lines, _approved = _doc(3, shipping=True)
    plain = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    proven = ProfileCalibration(cells={k: (200, 200) for k in plain.profile_cells.values()})
    read = extract(pages, Learned(profiles=[profile], calibration=proven))
    assert [li.description for li in read.lines][-1] == "Frais de port"
    return [li.confidence for li in read.lines]


def test_a_carriage_line_read_as_approved_is_lifted() -> None:
    assert all(c >= ACCEPT for c in _read(_sender(None)))


def test_a_carriage_line_read_without_the_unit_it_was_always_approved_with_is_held() -> None:
    *goods, carriage = _read(_sender("forfait"))
    assert carriage < ACCEPT
    assert all(c >= ACCEPT for c in goods)
