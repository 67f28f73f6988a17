"""The twin-code development family (samples/wild/twin_pages.py): drawn only when named,
so no existing recipe changes; no wording is a held-out one; the truth is what the page
shows, the row's code is the supplier's (never the bar code nor the customer's code
printed beside it), the description holds no code; every placement is drawn."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import TWIN_FAMILIES
from samples.wild.twin_pages import TWIN_PLACES, TWIN_RENDERERS, TWIN_WORDS, ean13, is_ean13
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_clashes,
    held_out_printed,
    printed_truth,
    wordings,
)

TWINS = sorted(TWIN_FAMILIES)


def test_drawn_only_when_named_printing_its_truth_and_no_held_out_wording(
    printer: Printer,
) -> None:
    """The printer is the session's (tests/samples/conftest.py)."""
    assert TWINS == ["tbl_code_twin"] and held_out_clashes(wordings(TWIN_WORDS)) == 0
    assert_drawn_only_when_named(TWINS, TWIN_RENDERERS)
    assert held_out_printed(TWINS, 19, 6) == 0
    assert all(printed_truth(printer, 83, i, TWINS[0])["lines"] for i in range(3))
    assert_made_again(printer, TWINS, 84)


def test_every_placement_is_drawn_and_the_code_is_the_suppliers() -> None:
    places = set()
    for i in range(40):
        page, _kind, _lang = draw_page(8, i, ["tbl_code_twin"])
        truth = page.render().printed.truth()
        places.add(page.o["twin"])
        for row, item in zip(truth["lines"], page.d.items, strict=True):
            assert row.get("sku") == item.sku
            assert not row.get("sku") or not is_ean13(row["sku"])
            assert not item.sku or item.sku not in row["description"]
    assert places == set(TWIN_PLACES)


def test_bar_codes_carry_their_check_digit() -> None:
    import random

    rng = random.Random(3)
    assert all(is_ean13(ean13(rng)) for _ in range(50))
