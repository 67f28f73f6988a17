"""The terms-and-dates development families (samples/wild/terms_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what the
page prints, a delivery stated as a week is no delivery date, and a month-first page prints
a date that reads one way only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, select_families
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, NAMED, TERMS_FAMILIES
from samples.wild.terms_families import TERMS_CLAUSES, TERMS_VALUES, TERMS_WORDS
from samples.wild.terms_pages import TERMS_RENDERERS, TermsPage
from samples.wild.vocab import HELDOUT_ONLY
from tests.samples.families_for_tests import assert_made_again, printed_truth

TERMS = sorted(TERMS_FAMILIES)


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert TERMS == ["trm_box", "trm_grid", "trm_letter"]
    assert {TERMS_FAMILIES[n].renderer for n in TERMS} == set(TERMS_RENDERERS)
    assert set(TERMS) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    with pytest.raises(FamilyError):
        select_families(["trm_box"], True)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    held = {w.casefold() for pools in HELDOUT_ONLY.values() for ws in pools.values() for w in ws}
    ours = {w.casefold() for pools in TERMS_WORDS.values() for ws in pools.values() for w in ws}
    ours |= {
        w.casefold() for pool in (TERMS_VALUES, TERMS_CLAUSES) for ws in pool.values() for w in ws
    }
    clashes = len(ours & held)  # a count only: the held-out wordings are not to be shown
    assert clashes == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, TERMS, 97)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    seen: dict[str, set[str]] = {f: set() for f in TERMS}
    for i in range(12):
        family = TERMS[i % 3]
        truth = printed_truth(printer, 98, i, family)
        assert "document_date" in truth["fields"]
        seen[family] |= set(truth["fields"])
    for family, fields in seen.items():
        assert "payment_terms" in fields, family


def test_a_week_is_no_delivery_date_and_month_first_pages_print_an_unambiguous_date() -> None:
    weeks = month_first = 0
    for i in range(60):
        page, _kind, _lang = draw_page(99, i, ["trm_grid"])
        assert isinstance(page, TermsPage)
        rendered = page.render()
        if page.by_week and page.d.delivery_date:
            weeks += 1
            assert "delivery_date" not in rendered.printed.fields
        if "mdy" in page.s.date_style and page.printed_on:
            month_first += 1
            assert page.printed_on.day > 12
    assert weeks >= 3 and month_first >= 3
