"""``python -m extraction.calibration.unlabelled --captions`` (the party-label ablation, once
a CLI of its own): the parties' block captions are forgotten for the run and come back
after it, and without ``--fields`` the party labels go with them."""

from __future__ import annotations

from typing import Any

import pytest

from extraction import labels, parties
from extraction.calibration import unlabelled


def test_the_captions_are_forgotten_for_the_run_only() -> None:
    before = list(parties.BLOCKS)
    assert before
    with unlabelled.captions_removed():
        assert parties.BLOCKS == []
    assert before == parties.BLOCKS


def test_captions_without_fields_takes_the_party_labels_out(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, Any] = {}

    def evaluate_cases(cases: list[object], extractor: object, accept: float) -> dict[str, Any]:
        seen["blocks"] = list(parties.BLOCKS)
        seen["fields"] = {la.field for la in labels.LABELS}
        return {"groups": {}}

    monkeypatch.setattr(unlabelled, "find_cases", lambda directory: [])
    monkeypatch.setattr(unlabelled, "evaluate_cases", evaluate_cases)
    unlabelled.main(["somewhere", "--captions", "--json"])
    assert seen["blocks"] == []
    assert not seen["fields"] & set(unlabelled.PARTY_FIELDS)
    assert '"captions"' in capsys.readouterr().out
    unlabelled.main(["somewhere", "--json"])
    assert seen["blocks"] == list(parties.BLOCKS) != []
