"""The reference-placement development families (samples/wild/refgrid_pages.py): each sets
the three references in its own place, under the family's own concept wordings. The checks
every named group shares (drawn only when named, held-out wordings, made again, truth
printed, other references no field) are in test_wild_named_families.py; this file keeps
the group's own."""

from __future__ import annotations

import html
import re

from samples.wild.refgrid_families import REFGRID_WORDS
from samples.wild.refgrid_pages import RefgridPage
from tests.samples.families_for_tests import drawn


def test_a_value_first_page_prints_each_reference_before_its_label() -> None:
    seen = 0
    for page, _kind, lang in drawn(219, 30, ["rg_after"], RefgridPage):
        printed = page.render().html
        d = page.d
        for ref in (d.order_number, d.customer_number):
            if not ref:
                continue
            m = re.search(rf"<b>{re.escape(ref)}</b> <span class='l'>([^<]+)</span>", printed)
            assert m is not None, ref
            said = html.unescape(m.group(1)).strip("()— ").lower()
            words = [w.lower() for pool in REFGRID_WORDS[lang].values() for w in pool]
            assert said in words
            seen += 1
    assert seen >= 8


def test_a_low_grid_sets_its_references_under_the_items_on_some_pages() -> None:
    low = 0
    for page, _kind, _lang in drawn(220, 24, ["rg_lowgrid"], RefgridPage):
        printed = page.render().html
        if printed.index("<table class='rg-grid'") > printed.index("<table class='items"):
            low += 1
    assert low >= 3
