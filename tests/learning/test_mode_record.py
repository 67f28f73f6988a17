"""A known sender's lines judged by the record of the way they are read (issue 24): its
documents read the same way (the reader kept, and what the other reader read) whose lines
were all right, less three for each with a line wrong or missed (``profiles.mode_cell``).
A sender one of whose documents had a line wrong, read another way, is no longer held back
for all of its lines: the mode's own record, pooled over senders by the fit, lifts them."""

from __future__ import annotations

from extraction.profiles import MODE, Learned, ProfileCalibration, SenderProfile, line_mode
from learning.calibrate import observe
from learning.teach import score_lines
from tests.learning.test_row_fit import _doc, _extract, _right, _taught
from tests.learning.test_two_readings import ACCEPT


def _recent_miss() -> SenderProfile:
    profile = _taught()
    # a recent document had a line wrong: the sender's own lines record holds them all
    profile.lines_right, profile.lines_wrong = 1.0, 1.0
    profile.rows_right, profile.rows_wrong = 8.0, 1.0
    return profile


def test_lines_of_a_mode_with_a_record_are_lifted_by_its_cell() -> None:
    profile = _recent_miss()
    pages, lines, _approved = _doc(3)
    plain = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(plain, lines) == len(lines) == len(plain.lines)
    mode = line_mode(plain.profile_cells)
    assert mode is not None
    key = plain.profile_cells[f"{MODE}line:0"]
    assert key.split("|")[1] == "0"  # no document of the mode yet
    proven = key.replace("|0|", "|3|", 1)
    cal = ProfileCalibration(cells={proven: (200, 200)})
    # without a record of its own in the mode, the cell says nothing of its lines
    held = _extract(pages, Learned(profiles=[profile], calibration=cal))
    assert all(li.confidence < ACCEPT for li in held.lines)
    for _ in range(4):  # four documents read that way, all right
        score_lines(profile, plain.lines, lines, mode)
    read = _extract(pages, Learned(profiles=[profile], calibration=cal))
    assert read.profile_cells[f"{MODE}line:0"] == proven
    assert all(li.confidence >= ACCEPT for li in read.lines)
    # a document of the mode with a line missed takes its record below one
    score_lines(profile, plain.lines[1:], lines, mode)
    again = _extract(pages, Learned(profiles=[profile], calibration=cal))
    assert again.profile_cells[f"{MODE}line:0"].split("|")[1] == "-1"
    assert all(li.confidence < ACCEPT for li in again.lines)


def test_mode_cells_are_observed_once_per_document() -> None:
    profile = _recent_miss()
    pages, lines, _approved = _doc(3)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    key = result.profile_cells[f"{MODE}line:0"]
    seen = [o for o in observe(result, {}, lines) if o.cell == key]
    assert len(seen) == 1 and seen[0].right
    seen = [o for o in observe(result, {}, lines[1:]) if o.cell == key]
    assert len(seen) == 1 and not seen[0].right
