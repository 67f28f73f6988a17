"""A known sender's lines on a document read without the totals its record expects are
judged, never lifted, by the sender's records (issue 24): on an A stream (seed 2211) a
sender's 10th document was read without its tax and gross totals, its lines without the
rate the sender prints once under the net; the line cell lifted the three lines to 0.98,
every one wrong."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from tests.learning.stream import extract, taught
from tests.learning.test_row_fit import _doc
from tests.learning.test_two_readings import ACCEPT


def _sender(totals: bool) -> SenderProfile:
    """The sender after a clerk approved its documents 1 and 2, its lines read right on
    both; ``totals``: its tax and gross totals were read right on both too (the 3rd
    document prints neither)."""
    profile = taught(_doc(i) for i in (1, 2))
    profile.lines_right, profile.rows_right = 2.0, 6.0
    if totals:
        profile.fields_right |= {"total_tax": 2.0, "total_gross": 2.0}
    return profile


def _proven(profile: SenderProfile) -> ProfileCalibration:
    """Every cell the sender's 3rd document is judged by, proven right 200 times of 200."""
    pages, _lines, _approved = _doc(3)
    plain = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    return ProfileCalibration(cells={key: (200, 200) for key in plain.profile_cells.values()})


def test_lines_of_a_document_with_the_totals_its_sender_prints_are_lifted() -> None:
    profile = _sender(totals=False)
    pages, _lines, _approved = _doc(3)
    read = extract(pages, Learned(profiles=[profile], calibration=_proven(profile)))
    assert read.lines and all(li.confidence >= ACCEPT for li in read.lines)


def test_lines_of_a_document_read_without_the_sender_s_usual_totals_are_not_lifted() -> None:
    profile = _sender(totals=True)
    pages, _lines, _approved = _doc(3)
    read = extract(pages, Learned(profiles=[profile], calibration=_proven(profile)))
    assert "total_tax" not in read.fields and "total_gross" not in read.fields
    assert read.lines and all(li.confidence < ACCEPT for li in read.lines)
