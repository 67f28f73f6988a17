"""The far-code family (samples/wild/far_pages.py): drawn only when named, so no existing
recipe changes; no wording is a held-out one; the truth is what the page shows, and every
placement of the code, every way of printing the line's VAT and the unit is drawn."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import FAR_FAMILIES
from samples.wild.far_pages import (
    FAR_PLACEMENTS,
    FAR_RENDERERS,
    FAR_WORDS,
    UNIT_MODES,
    VAT_MODES,
    code_shaped_truth,
)
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

FAR = sorted(FAR_FAMILIES)


def test_the_far_family_is_drawn_only_when_named_and_prints_no_held_out_wording() -> None:
    assert FAR == ["tbl_code_far"]
    assert_drawn_only_when_named(FAR, FAR_RENDERERS)
    assert held_out_wordings(FAR_WORDS) == 0
    assert held_out_printed(FAR, 17, 6) == 0


def test_documents_print_exactly_their_truth_and_are_made_again(printer: Printer) -> None:
    for i in range(3):
        assert printed_truth(printer, 83, i, "tbl_code_far")["lines"]
    assert_made_again(printer, FAR, 84)


def test_every_placement_vat_and_unit_way_is_drawn_and_codes_keep_their_groups() -> None:
    seen: dict[str, set[str]] = {"far": set(), "vat_mode": set(), "unit_mode": set()}
    grouped = 0
    for i in range(60):
        page, _kind, _lang = draw_page(8, i, FAR)
        for key, found in seen.items():
            found.add(page.o[key])
        for row in page.render().printed.truth()["lines"]:
            grouped += bool(row.get("sku")) and code_shaped_truth(row["sku"])
    assert seen == {
        "far": set(FAR_PLACEMENTS),
        "vat_mode": set(VAT_MODES),
        "unit_mode": set(UNIT_MODES),
    }
    assert grouped > 100
