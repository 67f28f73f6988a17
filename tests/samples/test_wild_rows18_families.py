"""The loose-table development families (samples/wild/rows18_pages.py): drawn only when
named, no held-out wording (a count, never which), the truth printed on the page, and a
note under an item in no description."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import ROWS18_FAMILIES
from samples.wild.rows18_pages import HEADS, NOTES, ROWS18_RENDERERS, ROWS18_WORDS
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

NAMES = ["rows18_dispatch", "rows18_loose"]


@pytest.fixture
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert sorted(ROWS18_FAMILIES) == NAMES
    assert_drawn_only_when_named(NAMES, ROWS18_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    assert held_out_wordings(ROWS18_WORDS) == 0
    assert held_out_printed(NAMES, 1818, 6) == 0


def test_every_head_and_note_is_drawn_and_no_description_holds_a_note() -> None:
    heads, notes = set(), set()
    for i in range(60):
        page, _kind, _lang = draw_page(18, i, ["rows18_loose"])
        rendered = page.render()
        truth = rendered.printed.truth()
        heads.add(page.o["rows18_head"])
        notes.add(page.o["rows18_note"])
        for row, item in zip(truth["lines"], page.d.items, strict=True):
            assert row["description"] == item.full_description
    assert heads == set(HEADS)
    assert notes == set(NOTES)


@pytest.mark.parametrize("family", NAMES)
def test_documents_print_exactly_their_truth_and_their_rows(printer: Printer, family: str) -> None:
    for i in range(3):
        truth = printed_truth(printer, 1819, i, family)
        assert truth["lines"]
