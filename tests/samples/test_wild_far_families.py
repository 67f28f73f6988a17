"""The far-code family (samples/wild/far_pages.py): every placement of the code, every way
of printing the line's VAT and the unit is drawn, and codes keep their digit groups. What
every named family is tested for (drawn only when named, no held-out wording, made again,
its truth printed) is in test_wild_named_families.py."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.families import FAR_FAMILIES
from samples.wild.far_pages import FAR_PLACEMENTS, UNIT_MODES, VAT_MODES, code_shaped_truth

FAR = sorted(FAR_FAMILIES)


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
