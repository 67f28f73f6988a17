"""The code-placement development families (samples/wild/table_pages.py ``CodePage``):
drawn only when named, so no existing recipe changes; the truth is what the page shows, a
description never holds the code, and every placement and code shape is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.families import CODE_FAMILIES
from samples.wild.table_pages import PLACEMENTS, QTY_MODES, SHAPES, draw_code

CODES = sorted(CODE_FAMILIES)


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
