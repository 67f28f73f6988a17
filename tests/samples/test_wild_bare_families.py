"""The bare-table development families (samples/wild/bare_pages.py ``BarePage``): drawn
only when named, so no existing recipe changes; every value of the truth is printed, and
their header words are words no reader's vocabulary names a column with."""

from __future__ import annotations

import pytest

from extraction.tables.vocabulary import label_role
from samples.wild.bare_pages import BARE_RENDERERS, ODD_WORDS
from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import BARE_FAMILIES
from tests.samples.families_for_tests import assert_drawn_only_when_named, printed_truth

BARE = sorted(BARE_FAMILIES)


def test_the_bare_families_are_drawn_only_when_named() -> None:
    assert BARE == ["tbl_nohead", "tbl_oddhead", "tbl_qtylead"]
    assert_drawn_only_when_named(BARE, BARE_RENDERERS)


def test_the_odd_header_words_name_no_column() -> None:
    for words in ODD_WORDS.values():
        for role, pool in words.items():
            for word in pool:
                assert label_role(word) is None, (role, word)


@pytest.mark.parametrize("family", BARE)
def test_documents_print_exactly_their_truth(printer: Printer, family: str) -> None:
    for i in range(3):
        truth = printed_truth(printer, 73, i, family)
        assert truth["lines"]


def test_quantities_are_merged_into_the_text_on_some_pages() -> None:
    merged = 0
    for i in range(40):
        page, _kind, _lang = draw_page(6, i, ["tbl_qtylead"])
        truth = page.render().printed.truth()
        if page.o["merged"]:
            merged += 1
            for row in truth["lines"]:
                assert not row["description"][:1].isdigit() or row.get("quantity")
    assert 0 < merged < 40
