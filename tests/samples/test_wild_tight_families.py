"""The tight-columns development family (samples/wild/tight_pages.py): drawn only when
named, so no existing recipe changes; no wording is a held-out one; the truth is what the
page shows (the description is the item's whole text, without the code or the unit printed
in the columns set tight against it); every side a narrow column stands on is drawn; a
document is made again byte for byte and prints exactly its truth and its rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import TIGHT_FAMILIES
from samples.wild.tight_pages import SIDES, TIGHT_RENDERERS, TIGHT_WORDS
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

_NAMES = ["tbl_tight"]


@pytest.fixture
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_family_is_drawn_only_when_named_and_prints_no_held_out_wording() -> None:
    assert sorted(TIGHT_FAMILIES) == _NAMES
    assert_drawn_only_when_named(_NAMES, TIGHT_RENDERERS)
    assert held_out_wordings(TIGHT_WORDS) == 0
    assert held_out_printed(_NAMES, 19, 6) == 0


def test_every_side_is_drawn_and_the_description_is_the_items_whole_text() -> None:
    sides = set()
    for i in range(40):
        page, _kind, _lang = draw_page(8, i, _NAMES)
        truth = page.render().printed.truth()
        sides.add(page.o["side"])
        for row, item in zip(truth["lines"], page.d.items, strict=True):
            assert row["description"] == item.full_description
            if item.sku and page.o["side"] in ("code_left", "code_right", "both"):
                assert row["sku"] == item.sku
            assert item.discount == 0
    assert sides == set(SIDES)


def test_a_document_is_made_again_and_prints_exactly_its_truth(printer: Printer) -> None:
    assert_made_again(printer, _NAMES, 23)
    for i in range(3):
        truth = printed_truth(printer, 24, i, "tbl_tight")
        assert truth["lines"]
