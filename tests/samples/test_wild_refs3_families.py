"""The third reference-structure development families (samples/wild/refs3_pages.py): drawn
only when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references they print (a contract, a project, the
sender's file, a delivery note) are no field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, select_families
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, NAMED, REFS3_FAMILIES
from samples.wild.refs3_pages import REFS3_RENDERERS, Refs3Page
from tests.samples.families_for_tests import assert_made_again, printed_truth

REFS3 = sorted(REFS3_FAMILIES)


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert REFS3 == ["hdr_boxes", "hdr_letter", "hdr_refline"]
    assert {REFS3_FAMILIES[n].renderer for n in REFS3} == set(REFS3_RENDERERS)
    assert set(REFS3) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    with pytest.raises(FamilyError):
        select_families(["hdr_letter"], True)


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, REFS3, 96)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    seen: dict[str, set[str]] = {f: set() for f in REFS3}
    for i in range(15):
        family = REFS3[i % 3]
        truth = printed_truth(printer, 97, i, family)
        seen[family] |= set(truth["fields"])
    for family, fields in seen.items():
        assert {"document_number", "document_date", "order_number"} <= fields, family


def test_the_other_references_are_printed_and_are_no_field() -> None:
    others = 0
    for i in range(24):
        page, _kind, _lang = draw_page(98, i, ["hdr_boxes", "hdr_refline"])
        assert isinstance(page, Refs3Page)
        rendered = page.render()
        values = set(rendered.printed.fields.values())
        for ref in (page.our_ref, page.contract, page.project, page.dn):
            if ref:
                assert ref in rendered.html and ref not in values
                others += 1
    assert others >= 10
