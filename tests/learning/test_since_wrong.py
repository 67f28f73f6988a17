"""A header field wrong on a recent document of a sender and right on the ones since is
judged by a record cell of its own (``SINCE_WRONG``, ``profiles.record_cell``): how such
values fared is fitted apart, so one miss neither keeps the field at ``-1`` for the
``RECORD_WRONG`` documents it takes to make up for it nor is forgotten without evidence
(issue 24)."""

from __future__ import annotations

from extraction.profiles import ProfileCalibration, SenderProfile, record_cell, settle_record
from extraction.resolve import Uncapped
from extraction.result import FieldValue
from learning.teach import score_fields

ADDRESS = "Entrepôt, 12 rue Pasteur, 44000 Nantes"


def _sender(record: list[bool]) -> SenderProfile:
    """A sender whose delivery address the machine read right or wrong as ``record`` says."""
    profile = SenderProfile(key="fp:x")
    for ok in record:
        profile.documents += 1
        got = ADDRESS if ok else "Entrepôt, 12 rue Pasteur"
        score_fields(profile, {"delivery_address": got}, {"delivery_address": ADDRESS})
    return profile


def _value() -> FieldValue:
    return FieldValue(value=ADDRESS, confidence=0.89)


def test_documents_right_since_a_miss_are_counted() -> None:
    cells = [
        record_cell(_sender([False, False, *[True] * n]), "delivery_address", _value(), 0.89)
        for n in range(1, 5)
    ]
    assert cells[:3] == [f"record|delivery_address|s{n}|held|text" for n in (1, 2, 3)]
    assert cells[3] == "record|delivery_address|s3|held|text"  # capped at 3
    # once the right ones make up for the misses, the plain record speaks again
    back = _sender([True, False, True, True, True])
    assert record_cell(back, "delivery_address", _value(), 0.89) == (
        "record|delivery_address|1|held|text"
    )
    # the latest document's miss: the plain -1
    missed = record_cell(_sender([True, True, False]), "delivery_address", _value(), 0.89)
    assert missed == "record|delivery_address|-1|held|text"


def test_the_since_cell_lifts_only_as_far_as_it_was_fitted() -> None:
    profile = _sender([True, False, True, True])
    uncapped = {"delivery_address": Uncapped(0.89, 1.0)}
    unseen = {"delivery_address": _value()}
    settle_record(profile, unseen, uncapped, ProfileCalibration())
    assert unseen["delivery_address"].confidence == 0.89
    fitted = ProfileCalibration(cells={"record|delivery_address|s2|held|text": (90, 90)})
    value = {"delivery_address": _value()}
    settle_record(profile, value, uncapped, fitted)
    assert value["delivery_address"].confidence >= 0.9
    wrong = ProfileCalibration(cells={"record|delivery_address|s2|held|text": (90, 60)})
    held = {"delivery_address": _value()}
    settle_record(profile, held, uncapped, wrong)
    assert held["delivery_address"].confidence < 0.9
