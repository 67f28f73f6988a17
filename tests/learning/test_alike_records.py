"""Lines two readers read alike (issue 24) are the same lines whichever reader was kept:
the sender's record of such documents counts them all (``profiles._mode_record``), and a
learned table with less of a record of its own (a variant seen once) is judged by the sender's
record of its lines too (``profiles.line_cell``), so a sender whose lines were right on
every document is not held back because its learned cells took over from the page
reader. A sender whose lines had a recent miss is not lifted by either."""

from __future__ import annotations

from extraction.profiles import MODE, Learned, ProfileCalibration, SenderProfile, tables
from tests.learning.test_row_fit import _doc, _extract, _right, _taught
from tests.learning.test_two_readings import ACCEPT


def _cells(profile: SenderProfile, cal: ProfileCalibration | None = None) -> dict[str, str]:
    pages, lines, _approved = _doc(3)
    read = _extract(pages, Learned(profiles=[profile], calibration=cal or ProfileCalibration()))
    assert _right(read, lines) == len(lines) == len(read.lines)
    return read.profile_cells


def test_documents_read_alike_by_the_page_reader_count_for_the_cells() -> None:
    profile = _taught()
    assert _cells(profile)[f"{MODE}line:0"] == "mode|0|held|text|cells|two"
    profile.line_modes = {"page|two": (2.0, 0.0)}
    assert _cells(profile)[f"{MODE}line:0"] == "mode|2|held|text|cells|two"
    profile.line_modes = {"page|one": (2.0, 0.0)}  # read differently: another record
    assert _cells(profile)[f"{MODE}line:0"] == "mode|0|held|text|cells|two"


def test_a_table_of_a_short_record_is_judged_by_the_senders_lines() -> None:
    profile = _taught()
    for table in tables(profile):
        table.hits, table.misses = 1.0, 0.0  # a variant right on one document
    assert _cells(profile)["line:0"] == "lines|1|held|text|cells|two"
    profile.lines_right = 3.0
    proven = "lines|3|held|text|cells|two"
    assert _cells(profile)["line:0"] == proven
    pages, _lines, _approved = _doc(3)
    cal = ProfileCalibration(cells={proven: (200, 200)})
    lifted = _extract(pages, Learned(profiles=[profile], calibration=cal))
    assert all(li.confidence >= ACCEPT for li in lifted.lines)
    profile.lines_wrong = 1.0  # a recent document with a line wrong
    assert _cells(profile)["line:0"].split("|")[1] == "-1"
    held = _extract(pages, Learned(profiles=[profile], calibration=cal))
    assert all(li.confidence < ACCEPT for li in held.lines)
