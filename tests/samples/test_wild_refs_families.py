"""The second header-hard development families (samples/wild/refs_pages.py): drawn only
when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references and dates they print are no field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, NAMED, REFS_FAMILIES
from samples.wild.refs_families import REFS_WORDS
from samples.wild.refs_pages import REFS_RENDERERS, RefsPage
from samples.wild.vocab import HELDOUT_ONLY
from tests.samples.test_wild import assert_truth_is_printed

REFS = sorted(REFS_FAMILIES)


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert REFS == ["hdr_band", "hdr_dots", "hdr_refrow", "hdr_under"]
    assert {REFS_FAMILIES[n].renderer for n in REFS} == set(REFS_RENDERERS)
    assert set(REFS) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    with pytest.raises(FamilyError):
        select_families(["hdr_dots"], True)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    held = {w.casefold() for pools in HELDOUT_ONLY.values() for ws in pools.values() for w in ws}
    ours = {w.casefold() for pools in REFS_WORDS.values() for ws in pools.values() for w in ws}
    clashes = len(ours & held)  # a count only: the held-out wordings are not to be shown
    assert clashes == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    for i, family in enumerate(REFS):
        assert make_one(92, i, [family], printer) == make_one(92, i, [family], printer)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    seen: dict[str, set[str]] = {f: set() for f in REFS}
    for i in range(16):
        family = REFS[i % 4]
        _name, pdf, truth = make_one(93, i, [family], printer)
        text, pages = page_text(pdf)
        assert truth["layout"] == family and truth["pages"] == pages
        assert_truth_is_printed(truth, text)
        assert "document_date" in truth["fields"]
        seen[family] |= set(truth["fields"])
    for family, fields in seen.items():
        assert {"document_number", "payment_terms", "order_number"} <= fields, family


def test_the_other_references_are_printed_and_are_no_field() -> None:
    others = 0
    for i in range(24):
        page, _kind, _lang = draw_page(94, i, ["hdr_refrow", "hdr_dots"])
        assert isinstance(page, RefsPage)
        rendered = page.render()
        values = set(rendered.printed.fields.values())
        for ref in (page.our_ref, page.contract, page.quote, page.dn):
            if ref:
                assert ref in rendered.html and ref not in values
                others += 1
    assert others >= 10


def test_a_delivery_stated_as_a_week_is_no_delivery_date() -> None:
    weeks = 0
    for i in range(40):
        page, _kind, _lang = draw_page(95, i, ["hdr_under", "hdr_band"])
        assert isinstance(page, RefsPage)
        if not (page.by_week and page.d.delivery_date):
            continue
        rendered = page.render()
        assert f" {page.d.delivery_date.isocalendar()[1]}." in rendered.html
        assert "delivery_date" not in rendered.printed.fields
        weeks += 1
    assert weeks >= 2
