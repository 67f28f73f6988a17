"""The replay says per document from the 3rd on why it was not touchless (issue 24)."""

from __future__ import annotations

from learning.replay import why_not_touchless


def _held(doc: str, target: str, right: bool, rule: str = "calibration") -> dict[str, object]:
    return {
        "document": doc,
        "position": 3,
        "target": target,
        "confidence": 0.8,
        "right": right,
        "rule": rule,
        "chain": [],
    }


def test_documents_are_told_apart_by_wrong_and_unsure_values() -> None:
    why = why_not_touchless(
        [
            _held("a", "field:document_date", False),
            _held("a", "line:0", True),
            _held("b", "line:0", True, "steady lines steady|page|text"),
            _held("b", "line:1", True, "steady lines steady|page|text"),
            _held("c", "line:0", True),
            _held("c", "field:currency", True),
        ]
    )
    assert why["documents_held"] == 3
    assert why["with_a_wrong_value"] == 1
    assert why["wrong_by_value"] == {"document_date": 1}
    assert why["all_right_but_unsure"] == 2
    rows = {r["value"]: r for r in why["unsure_by_value"]}
    assert (rows["line"]["documents"], rows["line"]["alone"]) == (2, 1)
    assert rows["line"]["rules"] == {"steady lines steady": 2, "calibration": 1}
    assert (rows["currency"]["documents"], rows["currency"]["alone"]) == (1, 0)
