"""A known sender's values lifted by how often values of senders with the same record of
the field were right (``profiles.record_cell``, fitted by the replay like every profile
cell), and the learned lines' cells counted per document (issue 24)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from extraction.calibration import model
from extraction.profiles import ProfileCalibration
from extraction.result import ExtractionResult, PageResult
from learning.calibrate import fit, observe
from tests.learning.stream import document, replayed

ACCEPT = 0.9
HELD = 0.89
FIELDS = ["document_number", "document_date", "supplier_name", "vat_id", "total_net"]
FIELDS += ["total_tax", "total_gross", "currency", "customer_name", "billing_address"]


@pytest.fixture(autouse=True)
def held_by_the_table() -> Iterator[None]:
    """A calibration whose table leaves every value just under auto-accept (a band whose
    share right did not keep the promise on other layouts), with no family cap."""
    with model.override(model.Calibration(table=((0.0, HELD),))):
        yield


def _cells(given: int, right: int) -> ProfileCalibration:
    """Record cells as a replay would have fitted them: every field's values at each record
    given ``given`` times, ``right`` of them right."""
    return ProfileCalibration(
        cells={
            f"record|{n}|{k}|held|text": (given, right) for n in FIELDS for k in (-1, 0, 1, 2, 3)
        }
    )


def _stream(
    n: int, calibration: ProfileCalibration, corrected: dict[int, dict[str, str]] | None = None
) -> list[ExtractionResult]:
    """Documents 1..n of the sender, each extracted with what the earlier ones taught, then
    approved as its truth says (or with what a clerk ``corrected`` on document i)."""

    def approved(i: int) -> tuple[list[PageResult], dict[str, str]]:
        pages, values = document(i)
        return pages, values | (corrected or {}).get(i, {})

    return replayed((approved(i) for i in range(1, n + 1)), calibration)


def _sure(result: ExtractionResult) -> dict[str, str]:
    return {k: fv.value for k, fv in result.fields.items() if fv.confidence >= ACCEPT}


def test_values_of_a_field_right_before_pass_where_such_values_were_right() -> None:
    results = _stream(3, _cells(200, 200))
    assert not _sure(results[0])  # a stranger: nothing known of it
    sure = _sure(results[2])
    assert {"supplier_name", "vat_id", "total_net", "total_gross"} <= set(sure)
    approved = document(3)[1]
    assert all(approved.get(k) == v for k, v in sure.items())  # nothing wrong is lifted
    # the number the machine missed on the 1st document has no record to pass on
    assert "document_number" not in sure


def test_the_record_alone_or_a_cell_often_wrong_lifts_nothing() -> None:
    for calibration in (ProfileCalibration(), _cells(200, 170)):
        results = _stream(4, calibration)
        assert all(not _sure(r) for r in results)


def test_a_field_a_clerk_corrected_is_not_lifted_on_the_next_document() -> None:
    results = _stream(5, _cells(200, 200), corrected={4: {"total_gross": "999.99"}})
    gross = results[4].fields["total_gross"]
    assert gross.value == document(5)[1]["total_gross"] and gross.confidence < ACCEPT
    assert "vat_id" in _sure(results[4])  # the other fields keep theirs
    cells = results[4].profile_cells
    assert cells["record:total_gross"] == "record|total_gross|-1|held|text"


def test_the_replay_fits_the_record_cells_from_what_was_approved() -> None:
    results = _stream(3, ProfileCalibration())
    approved = document(3)[1]
    cells = fit(observe(results[2], approved)).cells
    assert cells["record|vat_id|2|held|text"] == (1, 1)
    wrong = fit(observe(results[2], approved | {"vat_id": "FR00000000000"})).cells
    assert wrong["record|vat_id|2|held|text"] == (1, 0)


def test_a_value_only_a_hint_read_is_not_lifted_by_the_record() -> None:
    """A clerk approves as the supplier the name printed beside "Client" on every document:
    the sender's hint reads it there while the page's own reading names another party, and
    the field's clean record of the machine's values says nothing of this disagreement."""
    corrected = {i: {"supplier_name": "Brasserie du Port"} for i in range(1, 7)}
    results = _stream(6, _cells(200, 200), corrected=corrected)
    last = results[5]
    assert last.fields["supplier_name"].value == "Brasserie du Port"
    assert last.profile_cells["supplier_name"].split("|")[2] == "alone"
    assert "supplier_name" not in _sure(last) and "record:supplier_name" not in last.profile_cells
    assert "vat_id" in _sure(last)


def test_one_document_of_record_lifts_nothing_on_the_second() -> None:
    """The 2nd document: each field right once. However often such values were right, one
    document of a sender says too little; the 3rd document's, right twice, are lifted."""
    results = _stream(3, _cells(200, 200))
    assert results[1].profile_cells["record:vat_id"] == "record|vat_id|1|held|text"
    assert not _sure(results[1])
    assert {"supplier_name", "vat_id", "total_net", "total_gross"} <= set(_sure(results[2]))
