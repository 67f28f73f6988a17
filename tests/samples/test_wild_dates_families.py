"""The header-dates development families (samples/wild/dates_pages.py): drawn only when
named, deterministic, their truth is what the page prints; a delivery stated as a week or
rows delivered on different days leave the delivery date out of the truth."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.dates_families import DATES_WORDS
from samples.wild.dates_pages import DATES_RENDERERS, DatesPage, date_in_style
from samples.wild.families import DATES_FAMILIES, DEV, FAMILIES, NAMED
from samples.wild.vocab import HELDOUT_ONLY
from tests.samples.test_wild import assert_truth_is_printed

DATES = sorted(DATES_FAMILIES)


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def test_the_families_are_drawn_only_when_named() -> None:
    assert DATES == ["dts_column", "dts_stack", "dts_title"]
    assert {DATES_FAMILIES[n].renderer for n in DATES} == set(DATES_RENDERERS)
    assert set(DATES) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    with pytest.raises(FamilyError):
        select_families(["dts_title"], True)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    held = {w.casefold() for pools in HELDOUT_ONLY.values() for ws in pools.values() for w in ws}
    ours = {w.casefold() for pools in DATES_WORDS.values() for ws in pools.values() for w in ws}
    assert len(ours & held) == 0  # a count only: the held-out wordings are not to be shown


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    for i, family in enumerate(DATES):
        assert make_one(97, i, [family], printer) == make_one(97, i, [family], printer)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(9):
        family = DATES[i % 3]
        _name, pdf, truth = make_one(98, i, [family], printer)
        text, pages = page_text(pdf)
        assert truth["layout"] == family and truth["pages"] == pages
        assert_truth_is_printed(truth, text)
        assert "document_date" in truth["fields"]


def test_a_week_or_rows_of_several_days_give_no_delivery_date() -> None:
    weeks = several = 0
    for i in range(80):
        page, _kind, _lang = draw_page(99, i, ["dts_stack", "dts_column"])
        assert isinstance(page, DatesPage)
        rendered = page.render()
        if page.d.delivery_date and (page.by_week or page.rows_differ):
            weeks += page.by_week
            several += page.rows_differ
            assert "delivery_date" not in rendered.printed.fields
    assert weeks >= 2 and several >= 2


def test_the_date_styles_print_the_day() -> None:
    import datetime as dt

    day = dt.date(2025, 7, 3)
    assert date_in_style(day, "weekday_words", "fr") == "jeudi 3 juillet 2025"
    assert date_in_style(day, "abbr", "fr") == "3 juil. 25"
    assert date_in_style(day, "us_ordinal", "en") == "July 3rd, 2025"
    assert date_in_style(day, "us_short", "en") == "7/3/25"
