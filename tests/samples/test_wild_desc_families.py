"""The description development family (samples/wild/desc_pages.py): drawn only when named,
so no existing recipe changes; no wording is a held-out one; the truth is what the page
shows, a note under an item is in no description and a unit printed after the text is the
row's unit, not its description's; every note mode is drawn."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.desc_pages import DESC_NOTE_MODES, DESC_RENDERERS, DESC_WORDS
from samples.wild.families import DESC_FAMILIES
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_clashes,
    held_out_printed,
    printed_truth,
    wordings,
)

DESCS = sorted(DESC_FAMILIES)


def test_the_desc_family_is_drawn_only_when_named_and_prints_no_held_out_wording() -> None:
    assert DESCS == ["tbl_desc_notes"]
    assert_drawn_only_when_named(DESCS, DESC_RENDERERS)
    assert held_out_clashes(wordings(DESC_WORDS)) == 0
    assert held_out_printed(DESCS, 17, 6) == 0


def test_documents_print_exactly_their_truth_and_are_made_again(printer: Printer) -> None:
    for i in range(3):
        assert printed_truth(printer, 73, i, "tbl_desc_notes")["lines"]
    assert_made_again(printer, ["tbl_desc_notes"], 74)


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
