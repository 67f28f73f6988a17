"""The twin-code development family (samples/wild/twin_pages.py): drawn only when named,
so no existing recipe changes; no wording is a held-out one; the truth is what the page
shows, the row's code is the supplier's (never the bar code nor the customer's code
printed beside it), the description holds no code; every placement is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.twin_pages import TWIN_PLACES, ean13, is_ean13


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
