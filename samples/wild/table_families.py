"""Development families whose line tables have structures no other family has (issue 20,
rows): the material to tune table reading on beyond the column grids of the other
families.

Plain data (no import of the rest of the generator), registered by ``families.py`` in
``TABLE_FAMILIES``, kept out of ``FAMILIES`` so that every existing recipe (the dev set,
the family-out sets, streams, the pinned digests of ``tests/samples/test_wild_fresh.py``)
draws the same documents as before; they are drawn only when asked for by name
(``--families tbl_two_line,...``). The pages are drawn by ``table_pages.py``:

- ``tbl_two_line``: each position on two printed lines: the code, quantity and amounts on
  the first and the description wrapped under it, or the description first and the code
  and numbers on a second line.
- ``tbl_reordered``: columns in an unusual order: the amount before the description, the
  quantity last, the unit price sometimes per 100 units (then no unit price is printed).
- ``tbl_grouped``: positions grouped under section headings ("Lot 2 – Électricité"),
  each group closed by a subtotal line ("Sous-total lot 2"), a position-number column
  ("2.3" or running numbers).
- ``tbl_plain``: no rules and no header styling, the values separated by whitespace only,
  a discount % column and a VAT category column ("A", "B") that a legend under the table maps
  to rates.
"""

from __future__ import annotations

from typing import Any

_COMMON: dict[str, Any] = {
    "meta": ("inline", "table2col", "stacked"),
    "meta_pos": ("right", "below"),
    "parties": ("window", "labelled_cols"),
    "window_side": ("right", "left"),
    "sku": ("column",),
    "qty": ("column",),
    "extras": ("unit", "line_no"),
    "footer": ("end", "margin"),
    "repeat_header": (True, False),
    "upper_labels": (False, True),
    "languages": ("fr", "en"),
}

TABLE_SPECS: list[dict[str, Any]] = [
    {
        **_COMMON,
        "name": "tbl_two_line",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Carlito", "Liberation Serif"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "split"),
        "rules": ("hrules", "none", "outer"),
        "totals": ("stack", "vat_table"),
        "renderer": "tbl_two_line",
    },
    {
        **_COMMON,
        "name": "tbl_reordered",
        "fonts": ("Nimbus Sans", "Open Sans", "Caladea", "Liberation Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "center", "band"),
        "rules": ("grid", "hrules", "zebra"),
        "totals": ("stack", "boxed_row"),
        "renderer": "tbl_reordered",
    },
    {
        **_COMMON,
        "name": "tbl_grouped",
        "fonts": ("Liberation Serif", "Carlito", "DejaVu Sans", "Nimbus Sans"),
        "sizes": (8.5, 9),
        "letterhead": ("left", "split", "center"),
        "rules": ("grid", "hrules", "none"),
        "totals": ("stack", "vat_table"),
        "renderer": "tbl_grouped",
    },
    {
        **_COMMON,
        "name": "tbl_plain",
        "fonts": ("Liberation Sans", "Liberation Mono", "DejaVu Sans", "Open Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "center"),
        "rules": ("none",),
        "totals": ("stack",),
        "renderer": "tbl_plain",
    },
]

# The kinds their documents are: priced kinds with a line table.
TABLE_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    name: {
        "invoice": 40,
        "purchase_order": 22,
        "order_confirmation": 15,
        "quotation": 12,
        "credit_note": 11,
    }
    for name in ("tbl_two_line", "tbl_reordered", "tbl_grouped", "tbl_plain")
}
