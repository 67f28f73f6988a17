"""The terms-and-dates development families (samples/wild/terms_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what the
page prints, a delivery stated as a week is no delivery date, and a month-first page prints
a date that reads one way only."""

from __future__ import annotations

from samples.wild.chromium import Printer
from samples.wild.families import TERMS_FAMILIES
from samples.wild.terms_families import TERMS_CLAUSES, TERMS_VALUES, TERMS_WORDS
from samples.wild.terms_pages import TERMS_RENDERERS, TermsPage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
)

TERMS = sorted(TERMS_FAMILIES)


def test_the_families_are_drawn_only_when_named() -> None:
    assert TERMS == ["trm_box", "trm_grid", "trm_letter"]
    assert_drawn_only_when_named(TERMS, TERMS_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    pools = {"values": TERMS_VALUES, "clauses": TERMS_CLAUSES}
    assert held_out_wordings(TERMS_WORDS, pools) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, TERMS, 97)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for family, fields in fields_seen(printer, TERMS, 98, 12, each=["document_date"]).items():
        assert "payment_terms" in fields, family


def test_a_week_is_no_delivery_date_and_month_first_pages_print_an_unambiguous_date() -> None:
    weeks = month_first = 0
    for page, _kind, _lang in drawn(99, 60, ["trm_grid"], TermsPage):
        rendered = page.render()
        if page.by_week and page.d.delivery_date:
            weeks += 1
            assert "delivery_date" not in rendered.printed.fields
        if "mdy" in page.s.date_style and page.printed_on:
            month_first += 1
            assert page.printed_on.day > 12
    assert weeks >= 3 and month_first >= 3
