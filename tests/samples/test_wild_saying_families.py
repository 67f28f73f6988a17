"""The terms-said-many-ways development families (samples/wild/saying_pages.py): drawn only
when named, so no default draw or pinned digest changes; deterministic; their truth is what
the page prints; and across a set every shape of saying the terms is drawn."""

from __future__ import annotations

from samples.wild.chromium import Printer
from samples.wild.families import SAYING_FAMILIES
from samples.wild.saying_families import SAYING_CLAUSES, SAYING_TERMS, SAYING_WORDS
from samples.wild.saying_pages import SAYING_RENDERERS, SayingPage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
)

SAYING = sorted(SAYING_FAMILIES)


def test_the_families_are_drawn_only_when_named() -> None:
    assert SAYING == ["tsay_boxed", "tsay_grid", "tsay_prose"]
    assert_drawn_only_when_named(SAYING, SAYING_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    pools = {"terms": SAYING_TERMS, "clauses": SAYING_CLAUSES}
    assert held_out_wordings(SAYING_WORDS, pools) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, SAYING, 121)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for family, fields in fields_seen(printer, SAYING, 126, 9, each=["document_date"]).items():
        assert "payment_terms" in fields, family


def test_every_shape_of_saying_the_terms_is_drawn() -> None:
    shapes = {
        (page.f.name, page.shape)
        for page, _kind, _lang in drawn(123, 90, SAYING, SayingPage)
        if page.d.payment_terms
    }
    assert {s for f, s in shapes if f == "tsay_prose"} >= {"intro", "clause", "alone", "legal"}
    assert {s for f, s in shapes if f == "tsay_boxed"} >= {"box", "beside_due"}
    assert {s for f, s in shapes if f == "tsay_grid"} >= {"grid", "refs"}
