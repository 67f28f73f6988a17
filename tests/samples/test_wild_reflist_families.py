"""The reference-list development families (samples/wild/reflist_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what the
page prints, and the other references they print (a contract, a delivery note, a page
number) are no field."""

from __future__ import annotations

import pytest

from samples.wild.build import FamilyError, draw_page, select_families
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, NAMED, REFLIST_FAMILIES
from samples.wild.reflist_pages import REFLIST_RENDERERS, ReflistPage
from tests.samples.families_for_tests import assert_made_again, printed_truth

REFLIST = sorted(REFLIST_FAMILIES)


def test_the_families_are_drawn_only_when_named() -> None:
    assert REFLIST == ["ref_stack", "ref_table", "ref_titled"]
    assert {REFLIST_FAMILIES[n].renderer for n in REFLIST} == set(REFLIST_RENDERERS)
    assert set(REFLIST) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    with pytest.raises(FamilyError):
        select_families(["ref_table"], True)


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, REFLIST, 196)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    seen: dict[str, set[str]] = {f: set() for f in REFLIST}
    for i in range(15):
        family = REFLIST[i % 3]
        truth = printed_truth(printer, 197, i, family)
        seen[family] |= set(truth["fields"])
    for family, fields in seen.items():
        assert {"document_number", "document_date", "order_number"} <= fields, family


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
