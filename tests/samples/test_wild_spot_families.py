"""The code-placement family (samples/wild/spot_pages.py): every placement is drawn, and no
truth code keeps the marker, bar code or line number printed beside it. What every named
family is tested for (drawn only when named, no held-out wording, made again, its truth
printed) is in test_wild_named_families.py."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.families import SPOT_FAMILIES
from samples.wild.spot_pages import SPOT_PLACEMENTS

SPOTS = sorted(SPOT_FAMILIES)


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
