"""The type18 development families (samples/wild/type18_pages.py): drawn only when named,
no held-out wording, made again byte for byte, their truth printed; every kind printed like
a bill, the kind said in each of its places and the seller named in each of its own."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import T18_FAMILIES
from samples.wild.page import esc
from samples.wild.type18_families import T18_GENERIC, T18_SAYS, T18_TERMS, T18_TITLES, T18_WORDS
from samples.wild.type18_pages import PLACES, SELLER_AT, T18_RENDERERS, Type18Page
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_wordings,
    printed_truth,
)

_NAMES = ["t18_docbox", "t18_strip"]


def test_the_families_are_drawn_only_when_named() -> None:
    assert sorted(T18_FAMILIES) == _NAMES
    assert_drawn_only_when_named(_NAMES, T18_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    terms = {lang: {"terms": ts} for lang, ts in T18_TERMS.items()}
    generic = {lang: {"generic": ts} for lang, ts in T18_GENERIC.items()}
    assert held_out_wordings(T18_TITLES, T18_SAYS, T18_WORDS, terms, generic) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, _NAMES, 1818)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(6):
        truth = printed_truth(printer, 1819, i, _NAMES[i % 2])
        assert truth["fields"].get("supplier_name")


def test_every_place_of_the_kind_and_of_the_seller_is_drawn() -> None:
    places, sellers = set(), set()
    for i in range(80):
        page, _kind, _lang = draw_page(1820, i, _NAMES)
        assert isinstance(page, Type18Page)
        places.add(page.place)
        sellers.add(page.seller_at)
    assert places == set(PLACES) and sellers == set(SELLER_AT)


def test_a_seller_named_only_by_its_payee_is_named_nowhere_else() -> None:
    checked = 0
    for i in range(60):
        page, _kind, _lang = draw_page(1821, i, _NAMES)
        assert isinstance(page, Type18Page)
        if page.seller_at not in ("holder", "cheque"):
            continue
        html = page.render().html
        name = esc(page.d.issuer.name)
        # (the running header names the issuer on some pages, as real ones do)
        body = html.split("<body>")[1]
        assert body.count(name) == 1
        checked += 1
    assert checked >= 5
