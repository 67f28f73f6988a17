"""A header field the machine gave wrong on a sender's first document only, read before
anything was known of the sender, is judged by a record cell of its own (``FIRST_WRONG``,
``profiles.record_cell``): how such values fared since is fitted apart, so a stranger's miss
neither stands for the sender's later record nor is forgotten without evidence (issue 24)."""

from __future__ import annotations

from extraction.profiles import (
    ProfileCalibration,
    SenderProfile,
    record_cell,
    record_proven,
    settle_record,
)
from extraction.resolve import Uncapped
from extraction.result import FieldValue
from learning.teach import score_fields

DATE = "2024-03-01"


def _sender(first_right: bool, later: list[bool]) -> SenderProfile:
    """A sender whose document_date the machine read right or wrong on its first document,
    then as ``later`` says on the next ones (each approved with the right date)."""
    profile = SenderProfile(key="fp:x")
    for ok in [first_right, *later]:
        profile.documents += 1  # ``teach`` counts the document before it is scored
        score_fields(
            profile, {"document_date": DATE if ok else "2024-01-03"}, {"document_date": DATE}
        )
    return profile


def _value(confidence: float = 0.89) -> FieldValue:
    return FieldValue(value=DATE, confidence=confidence)


def test_a_first_document_miss_gets_a_cell_of_its_own() -> None:
    profile = _sender(False, [True, True])
    assert profile.first_wrong == ["document_date"]
    key = record_cell(profile, "document_date", _value(), 0.89)
    assert key == "record|document_date|f2|held|text"
    assert record_proven(key) == 2
    # the same record without the first miss is the plain cell
    plain = record_cell(_sender(True, [True, True]), "document_date", _value(), 0.89)
    assert plain == "record|document_date|3|held|text"


def test_a_later_miss_takes_the_field_out_of_the_first_miss_cell() -> None:
    profile = _sender(False, [True, False, True])
    assert profile.first_wrong == []
    # judged by how values right once since a later miss fared (``SINCE_WRONG``)
    key = record_cell(profile, "document_date", _value(), 0.89)
    assert key == "record|document_date|s1|held|text"
    # and by the plain record's -1 while the latest document was the miss
    missed = _sender(False, [True, False])
    key = record_cell(missed, "document_date", _value(), 0.89)
    assert key is not None and record_proven(key) == -1


def test_a_miss_right_after_the_first_document_is_no_first_miss() -> None:
    profile = _sender(True, [False, True])
    assert profile.first_wrong == []


def test_the_first_miss_cell_lifts_only_as_far_as_it_was_fitted() -> None:
    profile = _sender(False, [True, True])
    uncapped = {"document_date": Uncapped(0.89, 1.0)}
    unseen = {"document_date": _value()}
    settle_record(profile, unseen, uncapped, ProfileCalibration())
    assert unseen["document_date"].confidence == 0.89  # never fitted: nothing lifted
    # the old -1 cell, however proven its pool, no longer speaks for it
    fitted = ProfileCalibration(cells={"record|document_date|-1|held|text": (200, 200)})
    value = {"document_date": _value()}
    settle_record(profile, value, uncapped, fitted)
    assert value["document_date"].confidence == 0.89
    proven = ProfileCalibration(cells={"record|document_date|f2|held|text": (80, 80)})
    value = {"document_date": _value()}
    cells = settle_record(profile, value, uncapped, proven)
    assert cells["record:document_date"] == "record|document_date|f2|held|text"
    assert value["document_date"].confidence >= 0.9
    # a cell with wrong values in it keeps them under auto-accept
    mixed = ProfileCalibration(cells={"record|document_date|f2|held|text": (40, 36)})
    value = {"document_date": _value()}
    settle_record(profile, value, uncapped, mixed)
    assert value["document_date"].confidence < 0.9


def test_first_miss_cells_pool_over_fields_at_the_same_record() -> None:
    profile = _sender(False, [True, True])
    pooled = ProfileCalibration(
        cells={
            "record|order_number|f2|held|text": (60, 60),
            "record|due_date|f2|held|text": (30, 30),
        }
    )
    assert pooled.counts("record|document_date|f2|held|text") == (90, 90)
    value = {"document_date": _value()}
    settle_record(profile, value, {"document_date": Uncapped(0.89, 1.0)}, pooled)
    assert value["document_date"].confidence >= 0.9
