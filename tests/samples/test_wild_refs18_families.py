"""The session-18 reference families (samples/wild/refs18_pages.py): each sets the
references in its own place. The checks every named group shares (drawn only when named,
held-out wordings, made again, truth printed, other references no field) are in
test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

import html
import re

from samples.wild.refs18_pages import Refs18Page
from tests.samples.families_for_tests import drawn


def test_a_title_carries_the_document_number_on_some_pages() -> None:
    titled = 0
    for page, _kind, _lang in drawn(1811, 24, ["r18_cells", "r18_kvgrid"], Refs18Page):
        printed = html.unescape(page.render().html)
        m = re.search(r"<h1 class='title'>([^<]+)</h1>", printed)
        assert m is not None
        if page.d.number and page.d.number in m.group(1):
            titled += 1
    assert titled >= 4


def test_the_customer_number_stands_in_the_address_block_on_some_pages() -> None:
    inside = 0
    for page, _kind, _lang in drawn(1812, 24, ["r18_kvgrid", "r18_strip"], Refs18Page):
        printed = html.unescape(page.render().html)
        cust = page.d.customer_number
        if cust and re.search(rf"<br>[^<]*: ?{re.escape(cust)}</div>", printed):
            inside += 1
    assert inside >= 3


def test_a_strip_page_prints_the_document_number_again_at_its_foot() -> None:
    seen = 0
    for page, _kind, _lang in drawn(1813, 12, ["r18_strip"], Refs18Page):
        printed = html.unescape(page.render().html)
        if page.d.number:
            foot = re.search(r"<div class='s18-strip'>([^<]+)</div>", printed)
            assert foot is not None and page.d.number in foot.group(1)
            seen += 1
    assert seen >= 6
