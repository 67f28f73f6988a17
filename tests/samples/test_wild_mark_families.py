"""The item-mark development family (samples/wild/mark_pages.py): drawn only when named,
so no existing recipe changes; the truth is what the page shows: a mark on a row of its
own under an item is in no description, and the item's code is its sku wherever it stands,
none of it left in the description; every code place and mark wording is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.mark_pages import MARK_CODE_MODES, MARK_STYLES


def test_every_code_place_is_drawn_and_no_description_holds_a_mark_or_a_code() -> None:
    modes, styles, marks = set(), set(), 0
    for i in range(40):
        page, _kind, _lang = draw_page(6, i, ["tbl_item_marks"])
        html = page.render()
        truth = html.printed.truth()
        modes.add(page.o["code_mode"])
        styles.add(page.o["mark_style"])
        marks += html.html.count("class='mrow'")
        for row, item in zip(truth["lines"], page.d.items, strict=True):
            assert row["description"] == item.full_description
            if item.sku:
                assert row["sku"] == item.sku
                assert item.sku not in row["description"]
    assert modes == set(MARK_CODE_MODES)
    assert styles == set(MARK_STYLES)
    assert marks > 0
