"""A hint's value the page's own reading cuts otherwise (issue 24): "N° BC 2026/21062"
read whole by a sender's hint as "BC 2026/21062" while the page's reader reads
"2026/21062". The two readers found the same print and disagree on where the value
starts; the hint's cell, however its placement was fitted, does not settle that, so the
value stays under auto-accept (``profiles.cut_otherwise``). A value the page reads
otherwise altogether is judged by the cell as before, and so is a cut the sender's
documents approved twice with no miss (``CUT_PROVEN``): that cut is the sender's."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration
from extraction.result import PageResult, Word
from tests.learning.stream import extract, page_of, teach_fields, words_at

ACCEPT = 0.9


def _order(number: str, day: int) -> list[PageResult]:
    rows = [
        ("Transports du Littoral SARL", 40, 40),
        ("141 rue de la République, 35000 Rennes", 40, 52),
        ("Commande d'achat", 40, 140),
        (f"N° BC {number}", 40, 156),
        (f"Date de la commande {day:02d}/01/26", 40, 172),
    ]
    words: list[Word] = []
    for text, x, y in rows:
        words += words_at(text, x, y)
    return [page_of(words, "\n".join(t for t, _, _ in rows))]


def _third(number: str) -> tuple[str, float, dict[str, str]]:
    return _after(number, [(first, first) for first in ("CMD24-20483", "CA202404-309")])


def _after(number: str, taught: list[tuple[str, str]]) -> tuple[str, float, dict[str, str]]:
    """The next document's number once the sender's ``taught`` (printed, approved) numbers
    were approved in turn."""
    profile = None
    for i, (printed, approved) in enumerate(taught):
        profile = teach_fields(profile, _order(printed, 3 + i), {"document_number": approved})
    assert profile is not None
    # every cell of the sender's hints fitted right: the cell alone would lift the value
    read = extract(_order(number, 7), Learned(profiles=[profile], calibration=ProfileCalibration()))
    cells = {k: (400, 400) for k in read.profile_cells.values()}
    read = extract(
        _order(number, 7), Learned(profiles=[profile], calibration=ProfileCalibration(cells=cells))
    )
    fv = read.fields["document_number"]
    return fv.value, fv.confidence, read.profile_cells


def test_a_value_the_page_cuts_otherwise_stays_under_auto_accept() -> None:
    value, confidence, cells = _third("2026/21062")
    assert cells["document_number"].split("|")[2] == "alone"
    assert value == "BC 2026/21062" and confidence < ACCEPT


def test_a_value_both_readers_cut_alike_is_lifted_by_its_cell() -> None:
    value, confidence, cells = _third("CX2026-21062")
    assert cells["document_number"].split("|")[2] == "agree"
    assert value == "CX2026-21062" and confidence >= ACCEPT


def test_a_cut_the_sender_approved_on_its_documents_is_the_senders_cut() -> None:
    printed = ("2026/20483", "2026/20490", "2026/20511")
    value, confidence, cells = _after("2026/21062", [(n, f"BC {n}") for n in printed])
    _place, proven, agrees = cells["document_number"].split("|")[:3]
    assert agrees == "alone" and int(proven) >= 2
    assert value == "BC 2026/21062" and confidence >= ACCEPT
