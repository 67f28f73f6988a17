"""The row-content development families (samples/wild/row_pages.py): drawn only when
named, so no existing recipe changes; no wording is a held-out one; the truth is what the
page shows, a remark or a side column's word is in no description, and every unit mode and
alignment is drawn."""

from __future__ import annotations

import pytest

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import ROW_FAMILIES
from samples.wild.row_pages import ROW_ALIGNS, ROW_RENDERERS, ROW_UNIT_MODES, ROW_WORDS
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_printed,
    held_out_wordings,
    printed_truth,
)

ROWS = sorted(ROW_FAMILIES)


def test_the_row_families_are_drawn_only_when_named_and_print_no_held_out_wording() -> None:
    assert ROWS == ["tbl_row_notes", "tbl_row_units"]
    assert_drawn_only_when_named(ROWS, ROW_RENDERERS)
    assert held_out_wordings(ROW_WORDS) == 0
    assert held_out_printed(ROWS, 17, 6) == 0


@pytest.mark.parametrize("family", ROWS)
def test_documents_print_exactly_their_truth_and_are_made_again(
    printer: Printer, family: str
) -> None:
    for i in range(3):
        assert printed_truth(printer, 73, i, family)["lines"]
    assert_made_again(printer, [family], 74)


def test_every_mode_is_drawn_and_no_description_holds_a_remark_or_its_unit() -> None:
    modes, aligns, remarks = set(), set(), 0
    for family in ROWS:
        for i in range(40):
            page, _kind, _lang = draw_page(6, i, [family])
            html = page.render()
            truth = html.printed.truth()
            aligns.add(page.o["align"])
            if family == "tbl_row_units":
                modes.add(page.o["row_unit"])
            remarks += "class='remark'" in html.html
            for row in truth["lines"]:
                unit = row.get("unit")
                # "…, par boîte", "Unit: box": the page's words around the unit stay out
                tails = (f"par {unit}", f"per {unit}", f": {unit}")
                assert not unit or not row["description"].endswith(tails)
                for word in ("Remarque", "Remark", "Observation", "Nota :"):
                    assert word not in row["description"]
    assert modes == set(ROW_UNIT_MODES) and aligns == set(ROW_ALIGNS)
    assert remarks > 0
