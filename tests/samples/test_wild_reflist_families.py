"""The reference-list development families (samples/wild/reflist_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what the
page prints, and the other references they print (a contract, a delivery note, a page
number) are no field.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.reflist_pages import ReflistPage


def test_the_other_references_are_printed_and_are_no_field() -> None:
    others = 0
    for i in range(24):
        page, _kind, _lang = draw_page(198, i, ["ref_table", "ref_stack"])
        assert isinstance(page, ReflistPage)
        rendered = page.render()
        values = set(rendered.printed.fields.values())
        for ref in (page.contract, page.dn):
            if ref:
                assert ref in rendered.html and ref not in values
                others += 1
    assert others >= 8
