"""The look-alike readers (a unit cell, a column label, a field label, a VAT label word)
share one variant walk (``confusions.variants`` / ``swaps_in``). Before the walk was
shared, each reader's answers over thousands of words (units, labels and random strings,
with one to three look-alikes put in) were recorded in data/confusion_variants_golden.json;
the shared walk must give every one of them back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import labels
from extraction.candidates.confusions import swaps_in, variants, word_swaps
from extraction.parse import identifiers
from extraction.tables import unit_mend, vocabulary

_GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "confusion_variants_golden.json").read_text("utf-8")
)


def _label(text: str) -> list[object] | None:
    hit = labels.confused_label(text)
    if hit is None:
        return None
    return [hit.field, hit.end, hit.priority, hit.foreign, hit.composed, hit.confused]


_READERS = {
    "unit_mend.mend_unit": unit_mend.mend_unit,
    "vocabulary.confused_label_role": vocabulary.confused_label_role,
    "labels.confused_label": _label,
    "identifiers._vat_worded": identifiers._vat_worded,
}


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_every_recorded_answer_is_given_back(reader: str) -> None:
    cases = _GOLDEN[reader]
    assert len(cases) > 200
    wrong = [(text, want) for text, want in cases if _READERS[reader](text) != want]
    assert wrong == []


def test_variants_come_level_by_level_each_word_once() -> None:
    swaps = {"c": ["e"], "e": ["c", "o"], "rn": ["m"]}
    one, two = variants("pcc", swaps, max_changes=2)
    assert one == ["pec", "pce"]
    assert two == ["poc", "pee", "pco"]
    assert "pcc" not in one + two
    assert list(variants("barn", swaps, widths=(1,))) == [[]]
    assert list(variants("barn", swaps)) == [["bam"]]


def test_swaps_in_keeps_to_its_span() -> None:
    swaps = {"rn": ["m"], "r": ["t"]}
    assert list(swaps_in("barn", swaps)) == [(2, 1, "t"), (2, 2, "m")]
    # a pair that runs past the span is not read
    assert list(swaps_in("barn", swaps, span=3)) == [(2, 1, "t")]


def test_unit_swaps_keep_digits_read_for_letters() -> None:
    swaps = word_swaps(0.4)
    assert "i" in swaps["1"] and "m" in swaps["rn"]
    assert not any(read.isupper() for read in swaps)
