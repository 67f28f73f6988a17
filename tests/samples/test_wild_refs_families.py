"""The second header-hard development families (samples/wild/refs_pages.py): drawn only
when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references and dates they print are no field."""

from __future__ import annotations

from samples.wild.chromium import Printer
from samples.wild.families import REFS_FAMILIES
from samples.wild.refs_families import REFS_WORDS
from samples.wild.refs_pages import REFS_RENDERERS, RefsPage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
    others_printed_as_no_field,
)

REFS = sorted(REFS_FAMILIES)


def test_the_families_are_drawn_only_when_named() -> None:
    assert REFS == ["hdr_band", "hdr_dots", "hdr_refrow", "hdr_under"]
    assert_drawn_only_when_named(REFS, REFS_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    assert held_out_wordings(REFS_WORDS) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, REFS, 92)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    seen = fields_seen(printer, REFS, 93, 16, each=["document_date"])
    for family, fields in seen.items():
        assert {"document_number", "payment_terms", "order_number"} <= fields, family


def test_the_other_references_are_printed_and_are_no_field() -> None:
    pages = (page for page, _k, _l in drawn(94, 24, ["hdr_refrow", "hdr_dots"], RefsPage))
    assert others_printed_as_no_field(pages, ("our_ref", "contract", "quote", "dn")) >= 10


def test_a_delivery_stated_as_a_week_is_no_delivery_date() -> None:
    weeks = 0
    for page, _kind, _lang in drawn(95, 40, ["hdr_under", "hdr_band"], RefsPage):
        if not (page.by_week and page.d.delivery_date):
            continue
        rendered = page.render()
        assert f" {page.d.delivery_date.isocalendar()[1]}." in rendered.html
        assert "delivery_date" not in rendered.printed.fields
        weeks += 1
    assert weeks >= 2
