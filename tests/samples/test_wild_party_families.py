"""The party development families (samples/wild/party_pages.py): drawn only when named, so
no default draw or pinned digest changes; deterministic; their truth is what the page
prints, with the parties in the places these families exist for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, NAMED, PARTY_FAMILIES
from samples.wild.page import esc
from samples.wild.party_pages import PARTY_RENDERERS, PartyPage
from tests.samples.test_wild import assert_truth_is_printed

PARTY = sorted(PARTY_FAMILIES)


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_party_families_are_drawn_only_when_named() -> None:
    assert PARTY == ["pty_bottom", "pty_logo", "pty_soldby"]
    assert {PARTY_FAMILIES[n].renderer for n in PARTY} == set(PARTY_RENDERERS)
    assert not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    assert select_families(["pty_logo", "erp_grid"], False) == ["pty_logo", "erp_grid"]
    with pytest.raises(FamilyError):
        select_families(["pty_bottom"], True)


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    for i, family in enumerate(PARTY):
        first = make_one(82, i, [family], printer)
        again = make_one(82, i, [family], printer)
        assert first == again


def test_documents_print_exactly_their_truth_and_both_parties(printer: Printer) -> None:
    for i in range(12):
        family = PARTY[i % 3]
        _name, pdf, truth = make_one(83, i, [family], printer)
        text, pages = page_text(pdf)
        assert truth["layout"] == family and truth["pages"] == pages
        assert_truth_is_printed(truth, text)
        assert {"supplier_name", "customer_name"} <= set(truth["fields"]), family


def test_the_issuer_of_the_legal_line_variant_is_named_only_at_the_foot() -> None:
    checked = 0
    for i in range(30):
        page, kind, _lang = draw_page(84, i, ["pty_logo"])
        assert isinstance(page, PartyPage)
        if page.variant != "legal" or kind == "purchase_order":
            continue  # (an order's issuer, the buyer, is also named where it is billed)
        html = page.render().html
        name = esc(page.d.issuer.name)
        assert html.index(name) > html.index("class='items")
        checked += 1
    assert checked >= 3


def test_due_dates_are_often_left_out_or_stated_only_as_terms() -> None:
    absent = with_terms_only = 0
    for i in range(40):
        page, kind, _lang = draw_page(85, i, ["pty_soldby", "pty_bottom"])
        printed = page.render().printed.fields
        if kind == "invoice" and "due_date" not in printed:
            absent += 1
            with_terms_only += "payment_terms" in printed
    assert absent >= 3 and with_terms_only >= 1
