"""The second header-hard development families (samples/wild/refs_pages.py): drawn only
when named, so no default draw or pinned digest changes; deterministic; their truth is
what the page prints, and the other references and dates they print are no field.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.refs_pages import RefsPage
from tests.samples.families_for_tests import drawn


def test_a_delivery_stated_as_a_week_is_no_delivery_date() -> None:
    weeks = 0
    for page, _kind, _lang in drawn(95, 40, ["hdr_under", "hdr_band"], RefsPage):
        if not (page.by_week and page.d.delivery_date):
            continue
        rendered = page.render()
        assert f" {page.d.delivery_date.isocalendar()[1]}." in rendered.html
        assert "delivery_date" not in rendered.printed.fields
        weeks += 1
    assert weeks >= 2
