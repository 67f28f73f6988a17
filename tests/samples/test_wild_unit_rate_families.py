"""The unit and line-rate development family (samples/wild/unit_rate_pages.py): drawn only
when named, so no existing recipe changes; no wording is a held-out one; the truth is what
the page shows (a unit after the quantity or the price is the row's unit and none of its
description, a unit named once in the quantity's header is every row's, the rate a row's VAT
key maps to, or a rate printed once, is the row's rate); every unit and rate mode is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.unit_rate_pages import (
    RATE_MODES,
    UNIT_MODES,
)


def test_every_mode_is_drawn_and_units_and_rates_are_in_the_truth() -> None:
    units, rates = set(), set()
    for i in range(60):
        page, _kind, _lang = draw_page(8, i, ["tbl_unit_rate"])
        truth = page.render().printed.truth()
        units.add(page.o["unit_mode"])
        rates.add(page.o["rate_mode"])
        for row, item in zip(truth["lines"], page.d.items, strict=True):
            if item.unit:
                assert row["unit"] == item.unit
                assert row["description"] == item.full_description
            if page.o["rate_mode"] in ("code_legend", "bare_col", "pct_col", "once"):
                assert item.tax_rate is not None
                assert row["tax_rate"] == format(item.tax_rate.normalize(), "f")
    assert units == set(UNIT_MODES)
    assert rates == set(RATE_MODES)
