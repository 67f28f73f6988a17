"""The terms-and-dates development families (samples/wild/terms_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what the
page prints, a delivery stated as a week is no delivery date, and a month-first page prints
a date that reads one way only.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.terms_pages import TermsPage
from tests.samples.families_for_tests import drawn


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
