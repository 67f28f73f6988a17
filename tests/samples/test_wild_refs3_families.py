"""The third reference-structure development families (samples/wild/refs3_pages.py): drawn
only when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references they print (a contract, a project, the
sender's file, a delivery note) are no field."""

from __future__ import annotations

from samples.wild.chromium import Printer
from samples.wild.families import REFS3_FAMILIES
from samples.wild.refs3_pages import REFS3_RENDERERS, Refs3Page
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    others_printed_as_no_field,
)

REFS3 = sorted(REFS3_FAMILIES)


def test_the_families_are_drawn_only_when_named() -> None:
    assert REFS3 == ["hdr_boxes", "hdr_letter", "hdr_refline"]
    assert_drawn_only_when_named(REFS3, REFS3_RENDERERS)


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, REFS3, 96)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for family, fields in fields_seen(printer, REFS3, 97, 15).items():
        assert {"document_number", "document_date", "order_number"} <= fields, family


def test_the_other_references_are_printed_and_are_no_field() -> None:
    pages = (page for page, _k, _l in drawn(98, 24, ["hdr_boxes", "hdr_refline"], Refs3Page))
    assert others_printed_as_no_field(pages, ("our_ref", "contract", "project", "dn")) >= 10
