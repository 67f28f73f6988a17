"""The code-placement development families (samples/wild/table_pages.py ``CodePage``):
drawn only when named, so no existing recipe changes; the truth is what the page shows, a
description never holds the code, and every placement and code shape is drawn."""

from __future__ import annotations

import pytest

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import CODE_FAMILIES
from samples.wild.table_pages import CODE_RENDERERS, PLACEMENTS, QTY_MODES, SHAPES, draw_code
from tests.samples.families_for_tests import assert_drawn_only_when_named, printed_truth

CODES = sorted(CODE_FAMILIES)


def test_the_code_families_are_drawn_only_when_named() -> None:
    assert CODES == ["tbl_code_cell", "tbl_glued"]
    assert_drawn_only_when_named(CODES, CODE_RENDERERS)


@pytest.mark.parametrize("family", CODES)
def test_documents_print_exactly_their_truth(printer: Printer, family: str) -> None:
    for i in range(4):
        truth = printed_truth(printer, 72, i, family)
        assert truth["lines"]
        assert truth["language"] in ("fr", "en")


def test_every_placement_and_mode_is_drawn_and_no_description_holds_its_code() -> None:
    placements, modes = set(), set()
    for family in CODES:
        for i in range(60):
            page, _kind, _lang = draw_page(4, i, [family])
            truth = page.render().printed.truth()
            if family == "tbl_code_cell":
                placements.add(page.o["placement"])
            else:
                modes.add(page.o["qty_mode"])
            for row in truth["lines"]:
                assert not row.get("sku") or row["sku"] not in row["description"]
                assert not row.get("unit") or not row["description"].endswith("/ " + row["unit"])
    assert placements == set(PLACEMENTS)
    assert modes == set(QTY_MODES)


def test_codes_come_in_every_shape() -> None:
    import random

    rng = random.Random(1)
    codes = {shape: draw_code(rng, shape) for shape in SHAPES}
    assert codes["digits"].isdigit()
    assert " " in codes["spaced"]
    assert "." in codes["dotted"] and "-" in codes["letters_dash"]
    assert any(c.isalpha() for c in codes["letters_digits"])
