"""The loose code and unit development families (samples/wild/cell_pages.py): drawn only
when named, so no existing recipe changes; the truth is what the page shows, a
description never holds its code or its unit, and every placement, mode and shape is
drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

import random

from samples.wild.build import draw_page
from samples.wild.cell_pages import (
    LOOSE_PLACES,
    LOOSE_SHAPES,
    UNIT_MODES,
    draw_loose_code,
)
from samples.wild.families import CELL_FAMILIES

CELLS = sorted(CELL_FAMILIES)


def test_every_place_and_mode_is_drawn_and_no_description_holds_code_or_unit() -> None:
    places, modes = set(), set()
    for family in CELLS:
        for i in range(60):
            page, _kind, _lang = draw_page(6, i, [family])
            truth = page.render().printed.truth()
            if family == "tbl_code_loose":
                places.add(page.o["place"])
            else:
                modes.add(page.o["unit_mode"])
            for row in truth["lines"]:
                assert not row.get("sku") or row["sku"] not in row["description"]
                unit = row.get("unit")
                assert not unit or not row["description"].endswith((f"({unit})", f"– {unit}"))
    assert places == set(LOOSE_PLACES)
    assert modes == set(UNIT_MODES)


def test_loose_codes_come_in_every_shape() -> None:
    rng = random.Random(2)
    codes = {shape: draw_loose_code(rng, shape) for shape in LOOSE_SHAPES}
    assert codes["lower_dash"].islower()
    assert "/" in codes["slashed"]
    assert codes["three_groups"].count("-") == 2
