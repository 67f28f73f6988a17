"""Why each document from a sender's 3rd on was not touchless, one row per document
(``learning.held_docs``, issue 24)."""

from __future__ import annotations

from typing import Any

from learning.held_docs import breakdown, render, verdict


def _held(doc: str, target: str, confidence: float | None, right: bool) -> dict[str, Any]:
    return {
        "document": doc,
        "position": 3,
        "target": target,
        "confidence": confidence,
        "right": right,
        "rule": "missing" if confidence is None else "some rule",
        "chain": [],
    }


def test_each_document_is_named_by_the_one_kind_that_held_it() -> None:
    assert verdict([_held("a", "line:0", 0.8, True), _held("a", "line:1", 0.7, True)]) == "lines"
    assert verdict([_held("a", "field:due_date", 0.8, True)]) == "fields"
    assert verdict([_held("a", "field:due_date", None, False)]) == "missing"
    assert verdict([_held("a", "line:0", 0.95, False)]) == "wrong"
    assert verdict([_held("a", "line:0", 0.8, True), _held("a", "field:x", 0.8, True)]) == "mixed"


def test_a_document_of_many_held_lines_counts_once() -> None:
    report = {
        "learning": {"3+": {"documents": 4, "touchless": 50.0}},
        "held_values_from_3rd": [
            *[_held("a.pdf", f"line:{i}", 0.8, True) for i in range(12)],
            _held("b.pdf", "field:document_date", None, False),
        ],
    }
    result = breakdown(report)
    assert result["held_documents"] == 2
    assert result["by_verdict"] == {"lines": 1, "missing": 1}
    a = result["documents"][0]
    assert a["document"] == "a.pdf" and a["held"] == ["12x line@0.80 [some rule]"]
    assert "held back only by: lines 1, missing 1" in render(result)
