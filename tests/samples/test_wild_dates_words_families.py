"""The dates-in-words development families (samples/wild/dates_words_pages.py): their truth
is what the page prints, a delivery window leaves the delivery date out, and extraction
reads their header dates from whole pages (the role of a date from its label's words, a
letter's sentences, the document's reading order).
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

import datetime as dt

from extraction.pipeline import extract_bytes
from samples.wild.build import make_one
from samples.wild.check import missing_values
from samples.wild.chromium import Printer
from samples.wild.dates_words_pages import DatesWordsPage, words_date
from samples.wild.families import DATES_WORDS_FAMILIES
from tests.samples.families_for_tests import drawn, made

FAMILIES = sorted(DATES_WORDS_FAMILIES)
_DATES = ("document_date", "delivery_date", "due_date")


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(6):
        truth, text = made(printer, 41, i, FAMILIES[i % 3])
        assert missing_values(truth, text) == []
        assert "document_date" in truth["fields"]


def test_a_delivery_window_gives_no_delivery_date() -> None:
    windows = 0
    for page, _kind, _lang in drawn(43, 60, FAMILIES, DatesWordsPage):
        rendered = page.render()
        if page.d.delivery_date and page.window and page.f.renderer != "dtw_letter":
            windows += 1
            assert "delivery_date" not in rendered.printed.fields
    assert windows >= 2


def test_the_abbreviated_months_are_printed_as_people_write_them() -> None:
    day = dt.date(2025, 9, 12)
    assert words_date(day, "abbr_dot", "fr") == "12 sept. 2025"
    assert words_date(day, "us_abbr_dot", "en") == "Sept. 12, 2025"
    assert words_date(day, "dot_long", "fr") == "12.09.2025"


def test_the_header_dates_are_read_from_whole_pages(printer: Printer) -> None:
    """Most dates of these pages are read right and none wrong is shown sure: their labels
    are wordings no list holds, set in grids, ledgers and sentences."""
    right = wrong_sure = total = 0
    for i in range(6):
        _name, pdf, truth = make_one(47, i, [FAMILIES[i % 3]], printer)
        result = extract_bytes(pdf)
        for name in _DATES:
            want = truth["fields"].get(name, {}).get("value")
            got = result.fields.get(name)
            if want is None:
                continue
            total += 1
            right += got is not None and got.value == want
            wrong_sure += got is not None and got.value != want and got.confidence >= 0.9
    assert wrong_sure == 0
    assert right >= 0.8 * total
