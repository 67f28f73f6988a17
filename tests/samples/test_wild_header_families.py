"""The header-hard development families (samples/wild/header_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what
the page prints, and the header fields they exist for are in it."""

from __future__ import annotations

from samples.wild.chromium import Printer
from samples.wild.families import HEADER_FAMILIES
from samples.wild.header_families import HEADER_WORDS
from samples.wild.header_pages import HEADER_RENDERERS, HeaderPage
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_wordings,
)

HEADER = sorted(HEADER_FAMILIES)


def test_the_header_families_are_drawn_only_when_named() -> None:
    assert HEADER == ["hdr_cells", "hdr_rail", "hdr_subject"]
    assert_drawn_only_when_named(HEADER, HEADER_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    assert held_out_wordings(HEADER_WORDS) == 0


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, HEADER, 72)


def test_documents_print_exactly_their_truth_and_the_header_fields(printer: Printer) -> None:
    seen = fields_seen(printer, HEADER, 73, 18, each=["document_date"])
    for family, fields in seen.items():
        assert {"document_number", "payment_terms", "order_number"} <= fields, family


def test_a_delivery_stated_as_a_calendar_week_is_no_delivery_date() -> None:
    weeks = 0
    for page, _kind, lang in drawn(74, 40, ["hdr_subject"], HeaderPage):
        if not (page.by_week and page.d.delivery_date):
            continue
        rendered = page.render()
        week = str(page.d.delivery_date.isocalendar()[1])
        word = "semaine" if lang == "fr" else "week"
        assert f"{word} {week}" in rendered.html
        assert "delivery_date" not in rendered.printed.fields
        weeks += 1
    assert weeks >= 2
