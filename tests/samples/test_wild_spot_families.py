"""The code-placement family (samples/wild/spot_pages.py): drawn only when named, so no
existing recipe changes; no wording is a held-out one; the truth is what the page shows,
every placement is drawn, and no truth code keeps the marker, bar code or line number
printed beside it."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import SPOT_FAMILIES
from samples.wild.spot_pages import SPOT_PLACEMENTS, SPOT_RENDERERS, SPOT_WORDS
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

SPOTS = sorted(SPOT_FAMILIES)


def test_the_spot_family_is_drawn_only_when_named_and_prints_no_held_out_wording() -> None:
    assert SPOTS == ["tbl_code_spot"]
    assert_drawn_only_when_named(SPOTS, SPOT_RENDERERS)
    assert held_out_wordings(SPOT_WORDS) == 0
    assert held_out_printed(SPOTS, 17, 6) == 0


def test_documents_print_exactly_their_truth_and_are_made_again(printer: Printer) -> None:
    for i in range(3):
        assert printed_truth(printer, 73, i, "tbl_code_spot")["lines"]
    assert_made_again(printer, SPOTS, 74)


def test_every_placement_is_drawn_and_codes_are_bare() -> None:
    spots = set()
    for i in range(60):
        page, _kind, _lang = draw_page(6, i, SPOTS)
        spots.add(page.o["spot"])
        truth = page.render().printed.truth()
        for row in truth["lines"]:
            sku = row.get("sku")
            assert not sku or (" " not in sku or not sku.split()[0].endswith((".", ":")))
            assert not sku or not (sku.isdigit() and len(sku) == 13)
    assert spots == set(SPOT_PLACEMENTS)
