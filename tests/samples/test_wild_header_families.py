"""The header-hard development families (samples/wild/header_pages.py): drawn only when
named, so no default draw or pinned digest changes; deterministic; their truth is what
the page prints, and the header fields they exist for are in it.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.header_pages import HeaderPage
from tests.samples.families_for_tests import drawn


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
