"""The learned cells' reading of a table is weighed against the generic one by the share
of its rows the row arithmetic contradicts, not their number: counted, a reading of one
line of eight had one row to be contradicted against eight, and replaced the eight (every
line printing a discount off quantity x price that no column states)."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_columns import _rank
from extraction.result import LineItem


def _discounted(total: str) -> LineItem:
    # 250 x 19.75 is 4937.50: the amount is 2.5 % off, printed nowhere on the row
    return LineItem(quantity="250", unit_price="19.75", line_total=total)


def test_reading_fewer_lines_does_not_win_on_fewer_contradictions() -> None:
    printed = {Decimal("4814.06"), Decimal("9628.12")}
    one = _rank([_discounted("4814.06")], printed)
    two = _rank([_discounted("4814.06"), _discounted("4814.06")], printed)
    assert one == two


def test_a_reading_with_a_smaller_share_contradicted_still_wins() -> None:
    right = LineItem(quantity="2", unit_price="3.00", line_total="6.00")
    clean = _rank([right, right, right], set())
    assert clean > _rank([right, right, _discounted("4814.06")], set())
    assert _rank([right, _discounted("4814.06")], set()) < _rank([right], set())
