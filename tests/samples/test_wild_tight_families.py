"""The tight-columns development family (samples/wild/tight_pages.py): the truth is what the
page shows (the description is the item's whole text, without the code or the unit printed
in the columns set tight against it), and every side a narrow column stands on is drawn.
What every named family is tested for (drawn only when named, no held-out wording, made
again byte for byte, its truth and rows printed) is in test_wild_named_families.py."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.families import TIGHT_FAMILIES
from samples.wild.tight_pages import SIDES

_NAMES = sorted(TIGHT_FAMILIES)


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
