"""A known sender's lines read by the generic page reader and shaped as its approved ones
(issue 24): the page reader read the sender's lines right on a recent approved document and
none wrong, the document's own checks leave every line held or better, each unit is no
longer than the sender's approved units, quantity x price is each amount and the amounts
sum to the net (``profiles.steady_cell``). A sender whose learned cells missed lines is no
longer held back for the lines its page reader reads: the steady cell, pooled over senders
by the fit, lifts them by its 95 % lower bound."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import (
    STEADY,
    Learned,
    ProfileCalibration,
    SenderProfile,
    steady_cell,
)
from extraction.result import LineItem
from learning.calibrate import observe
from learning.teach import score_lines
from tests.learning.test_row_fit import _doc, _extract, _right, _taught
from tests.learning.test_two_readings import ACCEPT

STEADY_KEY = "steady|page|text"
PROVEN = ProfileCalibration(cells={STEADY_KEY: (60, 60)})


def _page_read(cells_missed: bool = True) -> SenderProfile:
    """The sender's profile with no learned cells reading its table (the page reader reads
    it), its page reader right on its last document and (``cells_missed``) a recent
    document whose lines were not all right (the sender's own lines record holds them)."""
    profile = _taught(units=True)
    profile.table_hint, profile.table_variants = None, []
    profile.line_modes = {"page|lone": (1.0, 0.0)}
    if cells_missed:
        profile.line_modes["cells|one"] = (0.0, 1.0)
        profile.lines_right, profile.lines_wrong = 1.0, 1.0
    return profile


def known_sender_read() -> tuple[SenderProfile, list[LineItem], str]:
    """The sender's profile (its page reader right, no recent miss), the lines read of a
    three-line document of its, and the document's net total: what the tests of the other
    kinds of steady lines judge."""
    profile = _page_read(cells_missed=False)
    pages, lines, _approved = _doc(3, units=True)
    read = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert len(read.lines) == len(lines)
    net = f"{sum(Decimal(w['line_total']) for w in lines):.2f}"
    return profile, read.lines, net


def test_page_read_lines_shaped_as_the_approved_ones_are_lifted_by_the_steady_cell() -> None:
    profile = _page_read()
    pages, lines, _approved = _doc(3, units=True)
    plain = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert _right(plain, lines) == len(lines) == len(plain.lines)
    assert all(plain.profile_cells[f"{STEADY}line:{i}"] == STEADY_KEY for i in range(len(lines)))
    # a cell never observed lifts nothing
    assert all(li.confidence < ACCEPT for li in plain.lines)
    read = _extract(pages, Learned(profiles=[profile], calibration=PROVEN))
    assert all(li.confidence >= ACCEPT for li in read.lines)


def test_a_recent_page_read_miss_keeps_the_lines_held() -> None:
    profile = _page_read()
    pages, lines, _approved = _doc(3, units=True)
    plain = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    # the page reader missed a line on the last document
    score_lines(profile, plain.lines[1:], lines, "page|lone")
    read = _extract(pages, Learned(profiles=[profile], calibration=PROVEN))
    # judged apart (the ``mended`` kind, test_steady_kinds), never by the plain cell
    assert STEADY_KEY not in read.profile_cells.values()
    assert all(li.confidence < ACCEPT for li in read.lines)


def test_a_page_reader_never_proven_on_the_sender_lifts_nothing() -> None:
    profile = _page_read()
    profile.line_modes = {"cells|one": (2.0, 0.0)}  # only its learned cells read right
    pages, _lines, _approved = _doc(3, units=True)
    read = _extract(pages, Learned(profiles=[profile], calibration=PROVEN))
    assert not any(name.startswith(STEADY) for name in read.profile_cells)


def test_lines_unlike_the_approved_ones_are_not_steady() -> None:
    profile = _page_read()
    pages, lines, _approved = _doc(3, units=True)
    read = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    net = f"{sum(Decimal(w['line_total']) for w in lines):.2f}"
    assert steady_cell(profile, read.lines, "page", net, net_sure=True) == STEADY_KEY
    assert steady_cell(profile, read.lines, "cells", net, net_sure=True) is None
    # the sender's record and shapes alone: a net not shown sure, or none, checks nothing
    assert steady_cell(profile, read.lines, "page", net) is None
    assert steady_cell(profile, read.lines, "page", None, net_sure=True) is None
    # a line without its amount: its arithmetic unchecked
    unpaid = [li.model_copy() for li in read.lines]
    unpaid[0].line_total = None
    assert steady_cell(profile, unpaid, "page", net, net_sure=True) is None
    # a currency glued to a unit: more words than any approved unit
    glued = [li.model_copy() for li in read.lines]
    glued[0].unit = f"{glued[0].unit} EUR"
    assert steady_cell(profile, glued, "page", net, net_sure=True) is None
    # a unit left out where every approved line had one
    bare = [li.model_copy() for li in read.lines]
    bare[1].unit = None
    assert steady_cell(profile, bare, "page", net, net_sure=True) is None
    # quantity x price is not the amount
    off = [li.model_copy() for li in read.lines]
    off[0].quantity = "7"
    assert steady_cell(profile, off, "page", net, net_sure=True) is None
    # the amounts do not sum to the net total (a line missed)
    assert steady_cell(profile, read.lines[1:], "page", net, net_sure=True) is None
    # the document's own checks doubt a line
    doubted = [li.model_copy() for li in read.lines]
    doubted[2].confidence = 0.5
    assert steady_cell(profile, doubted, "page", net) is None


def test_the_approved_lines_teach_their_shape() -> None:
    profile = _taught(units=True)
    assert profile.unit_words == 1 and profile.units_always
    bare = _taught()
    assert not bare.units_always


def test_steady_cells_are_observed_once_per_document_a_missed_line_wrong() -> None:
    profile = _page_read()
    pages, lines, _approved = _doc(3, units=True)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    seen = [o for o in observe(result, {}, lines) if o.cell == STEADY_KEY]
    assert len(seen) == 1 and seen[0].right
    # all lines shown right, one approved line the reader never read: wrong
    seen = [
        o
        for o in observe(result, {}, [*lines, dict(lines[0], sku="ZZZ-1")])
        if o.cell == STEADY_KEY
    ]
    assert len(seen) == 1 and not seen[0].right
