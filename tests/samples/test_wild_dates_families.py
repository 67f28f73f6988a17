"""The header-dates development families (samples/wild/dates_pages.py): drawn only when
named, deterministic, their truth is what the page prints; a delivery stated as a week or
rows delivered on different days leave the delivery date out of the truth.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

import datetime as dt
import re

from samples.wild.check import missing_values
from samples.wild.chromium import Printer
from samples.wild.dates_pages import DatesPage, date_in_style
from samples.wild.families import DATES_FAMILIES
from tests.samples.families_for_tests import drawn, made
from tests.samples.test_wild import read_date

DATES = sorted(DATES_FAMILIES)
_WEEKDAY = re.compile(
    r"^(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I
)


def _readings(text: str, language: str) -> set[dt.date | None]:
    """An independent reading of a date as these families print it: the weekday and an
    ordinal's suffix dropped, a month in words with a two-digit year, else ``read_date``;
    on an English page month first too (American pages)."""
    t = _WEEKDAY.sub("", text).strip()
    t = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", t)
    if m := re.fullmatch(r"(\d{1,2}) (\S+?)\.? (\d{2})", t):
        t = f"{m[1]} {m[2]} 20{m[3]}"
    found = {read_date(t, language)}
    if language == "en":
        found.add(read_date(t, language, month_first=True))
    return found


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(9):
        family = DATES[i % 3]
        truth, text = made(printer, 98, i, family)
        assert missing_values(truth, text) == []
        assert "document_date" in truth["fields"]
        shown = truth["printed_as"]["fields"]
        for name, spec in truth["fields"].items():
            if name.endswith("_date"):
                for s in shown[name]:
                    day = dt.date.fromisoformat(spec["value"])
                    assert day in _readings(s, truth["language"]), s


def test_a_week_or_rows_of_several_days_give_no_delivery_date() -> None:
    weeks = several = 0
    for page, _kind, _lang in drawn(99, 80, ["dts_stack", "dts_column"], DatesPage):
        rendered = page.render()
        if page.d.delivery_date and (page.by_week or page.rows_differ):
            weeks += page.by_week
            several += page.rows_differ
            assert "delivery_date" not in rendered.printed.fields
    assert weeks >= 2 and several >= 2


def test_the_date_styles_print_the_day() -> None:
    day = dt.date(2025, 7, 3)
    assert date_in_style(day, "weekday_words", "fr") == "jeudi 3 juillet 2025"
    assert date_in_style(day, "abbr", "fr") == "3 juil. 25"
    assert date_in_style(day, "us_ordinal", "en") == "July 3rd, 2025"
    assert date_in_style(day, "us_short", "en") == "7/3/25"
