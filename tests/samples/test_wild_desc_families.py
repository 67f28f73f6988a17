"""The description development family (samples/wild/desc_pages.py): drawn only when named,
so no existing recipe changes; no wording is a held-out one; the truth is what the page
shows, a note under an item is in no description and a unit printed after the text is the
row's unit, not its description's; every note mode is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.desc_pages import DESC_NOTE_MODES


def test_every_note_mode_is_drawn_and_no_description_holds_a_note_or_its_unit() -> None:
    modes, notes, units = set(), 0, 0
    for i in range(30):
        page, _kind, _lang = draw_page(6, i, ["tbl_desc_notes"])
        html = page.render()
        truth = html.printed.truth()
        modes.add(page.o["note_mode"])
        notes += "class='dnote'" in html.html or "class='dspan'" in html.html
        units += bool(page.o["unit_in_desc"])
        for k, (row, item) in enumerate(zip(truth["lines"], page.d.items, strict=True)):
            if k in page.o["unit_in_desc"] and item.unit:
                # printed after the text, it is the row's unit and none of its description
                assert row["unit"] == item.unit
                assert row["description"] == item.full_description
            for word in ("Lot ", "Ser. ", "N.S. ", "Reste à livrer", "Still to ship"):
                assert word not in row["description"]
    assert modes == set(DESC_NOTE_MODES)
    assert notes > 0 and units > 0
