"""Which of two columns a product ``quantity x price = amount`` holds is the price, when
the arithmetic cannot say (a product reads the same both ways) and no caption names them
(captions in words no reader knows, or none, the columns in any order).

The cells' print decides: a price is money, printed with its cents on every row ("8,66",
"1.080,68"), a count is printed as counted ("12", "3,5", "456,25" of a length), so its
column shows two decimals on fewer of its rows. The left-to-right order a reader would
otherwise fall back on is the sender's choice, not the content's.
"""

from __future__ import annotations

import re

from extraction.tables.columns import Column

# the last number of a cell and its fraction ("1.080,68 EUR" -> "68", "12 pcs" -> none)
_FRACTION = re.compile(r"\d[.,](\d+)(?!.*\d)")


def cents_share(col: Column) -> float:
    """The share of the column's numbers printed with exactly two decimals."""
    cells = [c for c in col.cells if c.numeric]
    if not cells:
        return 0.0
    cents = 0
    for c in cells:
        m = _FRACTION.search(c.text)
        cents += m is not None and len(m.group(1)) == 2
    return cents / len(cells)


def price_by_print(cols: list[Column], qty: int | None, price: int | None) -> float:
    """How much more the price's column is printed as money than the quantity's: positive
    when the reading puts the cents on the price, negative when it puts them on the count,
    0 when both print alike (the arithmetic and the labels decide alone then)."""
    if qty is None or price is None or qty < 0 or price < 0:
        return 0.0
    return cents_share(cols[price]) - cents_share(cols[qty])
