"""The header-hard development families (samples/wild/header_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what
the page prints, and the header fields they exist for are in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import DEV, FAMILIES, HEADER_FAMILIES, NAMED
from samples.wild.header_families import HEADER_WORDS
from samples.wild.header_pages import HEADER_RENDERERS, HeaderPage
from samples.wild.vocab import HELDOUT_ONLY
from tests.samples.test_wild import assert_truth_is_printed

HEADER = sorted(HEADER_FAMILIES)
HEADER_FIELDS = ("document_number", "order_number", "payment_terms", "delivery_date")


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_header_families_are_drawn_only_when_named() -> None:
    assert HEADER == ["hdr_cells", "hdr_rail", "hdr_subject"]
    assert {HEADER_FAMILIES[n].renderer for n in HEADER} == set(HEADER_RENDERERS)
    assert not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    assert select_families(["hdr_rail", "erp_grid"], False) == ["hdr_rail", "erp_grid"]
    with pytest.raises(FamilyError):
        select_families(["hdr_cells"], True)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    held = {w.casefold() for pools in HELDOUT_ONLY.values() for ws in pools.values() for w in ws}
    ours = {w.casefold() for pools in HEADER_WORDS.values() for ws in pools.values() for w in ws}
    clashes = len(ours & held)  # a count only: the held-out wordings are not to be shown
    assert clashes == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    for i, family in enumerate(HEADER):
        first = make_one(72, i, [family], printer)
        again = make_one(72, i, [family], printer)
        assert first == again


def test_documents_print_exactly_their_truth_and_the_header_fields(printer: Printer) -> None:
    seen: dict[str, set[str]] = {f: set() for f in HEADER}
    for i in range(18):
        family = HEADER[i % 3]
        _name, pdf, truth = make_one(73, i, [family], printer)
        text, pages = page_text(pdf)
        assert truth["layout"] == family and truth["pages"] == pages
        assert_truth_is_printed(truth, text)
        assert "document_date" in truth["fields"]
        seen[family] |= set(truth["fields"]) & set(HEADER_FIELDS)
    for family, fields in seen.items():
        assert {"document_number", "payment_terms", "order_number"} <= fields, family


def test_a_delivery_stated_as_a_calendar_week_is_no_delivery_date() -> None:
    weeks = 0
    for i in range(40):
        page, _kind, lang = draw_page(74, i, ["hdr_subject"])
        assert isinstance(page, HeaderPage)
        if not (page.by_week and page.d.delivery_date):
            continue
        rendered = page.render()
        week = str(page.d.delivery_date.isocalendar()[1])
        word = "semaine" if lang == "fr" else "week"
        assert f"{word} {week}" in rendered.html
        assert "delivery_date" not in rendered.printed.fields
        weeks += 1
    assert weeks >= 2
