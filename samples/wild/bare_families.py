"""Development families whose line tables no header word finds (issue 20, rows: tables not
found at all): the material for reading a table by its structure alone.

Plain data (no import of the rest of the generator), registered by ``families.py`` in
``BARE_FAMILIES``, kept out of ``FAMILIES`` so that every existing recipe and pinned digest
draws the same documents; drawn only when named (``--families tbl_nohead,...``). The pages
are drawn by ``bare_pages.py``:

- ``tbl_nohead``: no header row at all; the rows (maybe a line number, a code, the text,
  the quantity, a unit, prices, a discount %) stand under the parties with no rules or
  hairlines only.
- ``tbl_oddhead``: a header row whose words name the columns in words no reader's
  vocabulary holds ("Combien", "Somme", "Particulars"), a line-number or discount column.
- ``tbl_qtylead``: the quantity first, in a column of its own left of the text or merged
  into it ("12 × Widget"), delivery notes with quantities and no prices, a plain caption
  over the text only or no header.
"""

from __future__ import annotations

from typing import Any

from samples.wild.table_families import TABLE_COMMON

_COMMON: dict[str, Any] = {**TABLE_COMMON, "totals": ("stack",)}

BARE_SPECS: list[dict[str, Any]] = [
    {
        **_COMMON,
        "name": "tbl_nohead",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Carlito", "Liberation Serif"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "split"),
        "rules": ("none", "hrules"),
        "renderer": "tbl_nohead",
    },
    {
        **_COMMON,
        "name": "tbl_oddhead",
        "fonts": ("Nimbus Sans", "Open Sans", "Caladea", "Liberation Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "center", "band"),
        "rules": ("none", "hrules", "grid"),
        "renderer": "tbl_oddhead",
    },
    {
        **_COMMON,
        "name": "tbl_qtylead",
        "fonts": ("Liberation Serif", "Carlito", "DejaVu Sans", "Nimbus Sans"),
        "sizes": (8.5, 9),
        "letterhead": ("left", "split", "center"),
        "rules": ("none", "hrules"),
        "renderer": "tbl_qtylead",
    },
]

# delivery notes (quantities, no prices) weigh more than elsewhere: the kind most often
# found with no table at all
BARE_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    name: {
        "invoice": 30,
        "purchase_order": 18,
        "order_confirmation": 12,
        "delivery_note": 30,
        "credit_note": 10,
    }
    for name in ("tbl_nohead", "tbl_oddhead", "tbl_qtylead")
}
