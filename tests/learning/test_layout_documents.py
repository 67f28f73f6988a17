"""A field a sender prints on some of its documents only (a delivery address, issue 24):
once two of the sender's documents were approved, its record cell vouches for it from its
first document right on, as it does for any field right twice; a sender seen once does
not, however clean the field's record."""

from __future__ import annotations

from extraction.profiles import (
    ProfileCalibration,
    SenderProfile,
    record_cell,
    settle_record,
)
from extraction.resolve import Uncapped
from extraction.result import FieldValue

ADDRESS = "12 rue des Tanneurs, 69002 Lyon"


def _settled(documents: int, right: float, wrong: float = 0.0) -> float:
    profile = SenderProfile(key="FR40303265045", documents=documents)
    profile.fields_right = {"delivery_address": right}
    profile.fields_wrong = {"delivery_address": wrong} if wrong else {}
    value = FieldValue(value=ADDRESS, confidence=0.89)
    key = record_cell(profile, "delivery_address", value, 0.89)
    assert key is not None
    calibration = ProfileCalibration(cells={key: (200, 200)})
    values = {"delivery_address": value}
    settle_record(profile, values, {"delivery_address": Uncapped(0.89, 1.0)}, calibration)
    return values["delivery_address"].confidence


def test_a_field_right_once_on_a_layout_approved_twice_is_vouched_for() -> None:
    assert _settled(documents=2, right=1.0) >= 0.9


def test_a_sender_seen_once_vouches_for_nothing() -> None:
    assert _settled(documents=1, right=1.0) < 0.9


def test_a_field_wrong_on_a_recent_document_is_not_vouched_for() -> None:
    assert _settled(documents=3, right=1.0, wrong=1.0) < 0.9
