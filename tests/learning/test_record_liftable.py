"""A known sender's record cell counts only the values it may lift past auto-accept
(``profiles.LIFTABLE``), and a derived total the two other sure totals pin passes its
cap by the record (``profiles.settle_record``, ``profile_totals``)."""

from __future__ import annotations

from extraction.profiles import FieldHint, ProfileCalibration, SenderProfile, settle_record
from extraction.resolve import Uncapped
from extraction.result import FieldValue
from learning.teach import score_fields


def _sender(field: str, value: str, documents: int = 4) -> SenderProfile:
    profile = SenderProfile(key="fp:x")
    for _ in range(documents):
        profile.documents += 1
        score_fields(profile, {field: value}, {field: value})
    return profile


def test_a_value_held_by_another_cap_is_not_counted_in_its_record_cell() -> None:
    profile = _sender("document_date", "2024-04-02")
    ambiguous = {"document_date": FieldValue(value="2024-04-02", confidence=0.85)}
    cells = settle_record(profile, ambiguous, {"document_date": Uncapped(0.85, 0.85)})
    assert cells == {}
    assert ambiguous["document_date"].confidence <= 0.85
    plain = {"document_date": FieldValue(value="2024-04-02", confidence=0.89)}
    cells = settle_record(profile, plain, {"document_date": Uncapped(0.89, 1.0)})
    assert cells == {"record:document_date": "record|document_date|3|held|text"}


def _totals(tax_confidence: float, gross: str) -> dict[str, FieldValue]:
    return {
        "total_net": FieldValue(value="696.12", confidence=0.99),
        "total_tax": FieldValue(value="61.78", confidence=tax_confidence),
        "total_gross": FieldValue(value=gross, confidence=0.99),
    }


def test_a_derived_total_the_sure_totals_pin_passes_its_cap_by_the_record() -> None:
    profile = _sender("total_tax", "61.78")
    fitted = ProfileCalibration(cells={"record|total_tax|3|held|text": (200, 200)})
    uncapped = {"total_tax": Uncapped(0.85, 0.85)}
    closed = _totals(0.85, "757.90")
    settle_record(profile, closed, uncapped, fitted)
    assert closed["total_tax"].confidence >= 0.9
    # the sum does not close: the cap of a total found by arithmetic stays
    open_sum = _totals(0.85, "758.90")
    settle_record(profile, open_sum, uncapped, fitted)
    assert open_sum["total_tax"].confidence == 0.85


def test_a_derived_total_whose_senders_own_label_went_unread_keeps_its_cap() -> None:
    # the sender printed its net under "Sous-total HT" on every document, its hint read it
    # each time; this page prints no such label, and the amount the other totals pin is
    # another row (a shop's merchandise over a postage of 0.00)
    profile = _sender("total_net", "696.12")
    profile.hints["total_net"] = [
        FieldHint(field="total_net", placement="right", label="sous-total ht", hits=3.0)
    ]
    fitted = ProfileCalibration(cells={"record|total_net|3|held|text": (200, 200)})
    uncapped = {"total_net": Uncapped(0.85, 0.85)}
    derived = _totals(0.99, "757.90")
    derived["total_net"].confidence = 0.85
    settle_record(profile, derived, uncapped, fitted)
    assert derived["total_net"].confidence == 0.85
    # the hint read it on this page: the arithmetic and the record speak for it
    read = _totals(0.99, "757.90")
    read["total_net"].confidence = 0.85
    settle_record(profile, read, uncapped, fitted, {"total_net": "right|3|agree|text"})
    assert read["total_net"].confidence >= 0.9
    # a sender whose labels vary (its hint missed): judged by the arithmetic, as before
    profile.hints["total_net"][0].misses = 1.0
    varied = _totals(0.99, "757.90")
    varied["total_net"].confidence = 0.85
    settle_record(profile, varied, uncapped, fitted)
    assert varied["total_net"].confidence >= 0.9
