"""No learned record lifts a known sender's lines past auto-accept on a document whose own
totals do not close (issue 24): on the sealed fresh stream a line cell lifted a line to
0.99, wrong, on a document whose tax total went unread and whose gross was held at 0.85.
Here the sender's 3rd document prints its net and a gross, no tax between them: net + tax
= gross cannot be checked, the gross is held, and the lines stay as the page's own checks
left them, however proven every cell of the sender is. The same document with its net
alone, the lines summing to it, is lifted."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import PageResult
from tests.learning.stream import extract, page_of, taught, words_at
from tests.learning.test_row_fit import _doc
from tests.learning.test_two_readings import ACCEPT


def _sender() -> SenderProfile:
    """The sender after a clerk approved its documents 1 and 2, its lines read right."""
    profile = taught(_doc(i) for i in (1, 2))
    profile.lines_right, profile.rows_right = 2.0, 6.0
    return profile


def _third(gross: bool) -> list[PageResult]:
    """The 3rd document; ``gross``: a "Total TTC" printed under the net, no tax row."""
    pages, lines, _approved = _doc(3)
    if not gross:
        return pages
    net = sum((Decimal(li["line_total"]) for li in lines), Decimal(0))
    amount = f"{net * Decimal('1.2'):.2f}".replace(".", ",")
    bottom = max(w.bbox[3] for w in pages[0].words)
    words = words_at("Total TTC", 390, bottom + 14) + words_at(amount, 545, bottom + 14, True)
    return [page_of(pages[0].words + words)]


def _proven(profile: SenderProfile, pages: list[PageResult]) -> ProfileCalibration:
    """Every cell the document is judged by, proven right 200 times of 200."""
    plain = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    return ProfileCalibration(cells={key: (200, 200) for key in plain.profile_cells.values()})


def test_lines_of_a_document_whose_totals_close_are_lifted() -> None:
    profile, pages = _sender(), _third(gross=False)
    read = extract(pages, Learned(profiles=[profile], calibration=_proven(profile, pages)))
    assert read.fields["total_net"].confidence >= ACCEPT
    assert read.lines and all(li.confidence >= ACCEPT for li in read.lines)


def test_lines_of_a_document_whose_totals_do_not_close_are_not_lifted() -> None:
    profile, pages = _sender(), _third(gross=True)
    read = extract(pages, Learned(profiles=[profile], calibration=_proven(profile, pages)))
    assert "total_tax" not in read.fields and read.fields["total_gross"].confidence < ACCEPT
    assert read.lines and all(li.confidence < ACCEPT for li in read.lines)
