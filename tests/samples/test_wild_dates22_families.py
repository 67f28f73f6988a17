"""The dates-and-terms development families (samples/wild/dates22_pages.py): their truth is
what the page prints, every page dates itself, the due date a page prints is the day its
terms come to, and the date styles are those real senders print.
The checks every named group shares (drawn only when named, held-out wordings, made again)
are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

import datetime as dt

from samples.wild.check import missing_values
from samples.wild.chromium import Printer
from samples.wild.dates22_families import DATES22_REPORT, DATES22_TUNE
from samples.wild.dates22_pages import Dates22Page, d22_date, day_terms_give
from samples.wild.families import DATES22_FAMILIES
from tests.samples.families_for_tests import drawn, made

FAMILIES = sorted(DATES22_FAMILIES)


def test_the_families_are_split_into_a_tuning_and_a_report_half() -> None:
    assert sorted(DATES22_TUNE + DATES22_REPORT) == FAMILIES
    assert not set(DATES22_TUNE) & set(DATES22_REPORT)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(6):
        truth, text = made(printer, 61, i, FAMILIES[i % len(FAMILIES)])
        assert missing_values(truth, text) == []
        assert "document_date" in truth["fields"]


def test_a_printed_due_date_is_the_day_the_terms_come_to() -> None:
    agreeing = 0
    for page, kind, _lang in drawn(67, 60, FAMILIES, Dates22Page):
        page.render()
        d = page.d
        if kind == "invoice" and page.terms is not None and d.due_date is not None:
            assert d.due_date == day_terms_give(d.date, page.terms)
            agreeing += 1
    assert agreeing >= 5


def test_the_date_styles_are_printed_as_senders_print_them() -> None:
    day = dt.date(2025, 3, 3)
    assert d22_date(day, "d_mon_yy", "fr") == "3 mars 25"
    assert d22_date(day, "dd_MON_yyyy", "en") == "03-MAR-2025"
    assert d22_date(day, "mon_ord", "en") == "Mar 3rd, 2025"
    assert d22_date(day, "weekday_long", "fr") == "lundi 3 mars 2025"
    assert d22_date(day, "us_week", "en") == "Mon, Mar 3, 2025"
