"""The section and card families (samples/wild/section_pages.py, card_pages.py): drawn only
when named, so no existing recipe changes; no wording is a held-out one; the truth is what
the page shows; every heading, subtotal, carry and card shape is drawn; and no section
heading, subtotal or carried amount is a row of the truth."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.card_pages import CARD_RENDERERS, CARD_SHAPES, CARD_WORDS
from samples.wild.chromium import Printer
from samples.wild.families import SECTION_FAMILIES
from samples.wild.section_pages import (
    CARRY_LABELS,
    HEADINGS,
    SECTION_RENDERERS,
    SECTION_WORDS,
    SUBTOTALS,
)
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

NAMES = sorted(SECTION_FAMILIES)


def test_the_families_are_drawn_only_when_named_and_print_no_held_out_wording() -> None:
    assert NAMES == ["card_items", "sec_banded", "sec_carried"]
    assert_drawn_only_when_named(NAMES, (*SECTION_RENDERERS, *CARD_RENDERERS))
    assert held_out_wordings(SECTION_WORDS, CARD_WORDS) == 0
    assert held_out_printed(NAMES, 19, 4) == 0


def test_documents_print_exactly_their_truth_and_are_made_again(printer: Printer) -> None:
    for family in NAMES:
        for i in range(2):
            assert printed_truth(printer, 75, i, family)["lines"]
    assert_made_again(printer, NAMES, 76)


def test_every_shape_is_drawn_and_no_section_row_is_an_item() -> None:
    headings, subtotals, carries, cards = set(), set(), set(), set()
    for i in range(80):
        page, _kind, lang = draw_page(8, i, NAMES)
        truth = page.render().printed.truth()
        if page.f.renderer == "card_items":
            cards.add(page.o["card"])
            continue
        headings.add(page.o["heading"])
        subtotals.add(page.o["subtotal"])
        carries.add(page.o["carry_label"])
        words = SECTION_WORDS[lang]
        topics = {t.casefold() for t in words["topics"]}
        for row in truth["lines"]:
            desc = row.get("description", "").casefold()
            assert desc not in topics
            assert not any(desc.startswith(w.casefold()) for w in words["carried"])
    assert headings == set(HEADINGS) and subtotals == set(SUBTOTALS)
    assert carries == set(CARRY_LABELS) and cards == set(CARD_SHAPES)
