"""The row-content development families (samples/wild/row_pages.py): drawn only when
named, so no existing recipe changes; no wording is a held-out one; the truth is what the
page shows, a remark or a side column's word is in no description, and every unit mode and
alignment is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.families import ROW_FAMILIES
from samples.wild.row_pages import ROW_ALIGNS, ROW_UNIT_MODES

ROWS = sorted(ROW_FAMILIES)


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
