"""The table-structure development families (samples/wild/table_pages.py): drawn only when
named, so no existing recipe changes; their truth is what the page shows; a subtotal is
not a row, a price per 100 is not a unit price, a VAT letter's rate is the row's rate.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from samples.wild.build import draw_page


def _pages(family: str, n: int = 40) -> Iterator[tuple[str, dict[str, Any]]]:
    for i in range(n):
        page, _kind, _lang = draw_page(3, i, [family])
        rendered = page.render()
        yield rendered.html, rendered.printed.truth()


def test_a_subtotal_of_a_group_is_printed_but_is_not_a_row() -> None:
    seen = 0
    for html, truth in _pages("tbl_grouped"):
        lines = truth["lines"]
        if "class='subt'" in html:
            seen += 1
            # the rows are the positions: their amounts add up to the net total
            net = Decimal(truth["fields"]["total_net"]["value"])
            assert sum(Decimal(r["line_total"]) for r in lines) == net
    assert seen >= 5


def test_a_price_per_100_is_not_recorded_as_the_unit_price() -> None:
    per100 = 0
    for html, truth in _pages("tbl_reordered"):
        if "c-per100" in html:
            per100 += 1
            assert all("unit_price" not in r for r in truth["lines"])
    assert per100 >= 3


def test_a_vat_code_states_the_rate_of_its_row_through_the_legend() -> None:
    coded = 0
    for html, truth in _pages("tbl_plain"):
        if "c-code" in html:
            coded += 1
            assert all("tax_rate" in r for r in truth["lines"])
            assert "class='legend'" in html
    assert coded >= 5
