"""The third reference-structure development families (samples/wild/refs3_pages.py): drawn
only when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references they print (a contract, a project, the
sender's file, a delivery note) are no field.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.refs3_pages import Refs3Page
from tests.samples.families_for_tests import (
    drawn,
    others_printed_as_no_field,
)


def test_the_other_references_are_printed_and_are_no_field() -> None:
    pages = (page for page, _k, _l in drawn(98, 24, ["hdr_boxes", "hdr_refline"], Refs3Page))
    assert others_printed_as_no_field(pages, ("our_ref", "contract", "project", "dn")) >= 10
