"""Development family whose line tables print the article code in places the other
families do not (issue 20, rows: the code missing from the row): the material to exercise
finding the code by the structure of the table (a column whose cells share a code's shape,
a line of its own under the row, a word set apart at the right of the text) and not by
the header word over it.

Plain data, registered by ``families.py`` in ``SPOT_FAMILIES``, kept out of ``FAMILIES`` so
every existing recipe and pinned digest draws the same documents; drawn only when named
(``--families tbl_code_spot``). The pages are drawn by ``spot_pages.py``, one placement a
document:

- the code column last, right of the amount, or between the numbers (after the quantity,
  after the description), under a header word in another language, a word no reader
  knows, or no header at all;
- the code column first under a header in another language ("Artikelnr.", "Código");
- the code on a line of its own under the row, spanning the table, set left or right;
- the code set apart at the right end of the description cell;
- every cell of the code column repeating a marker ("Réf. AB-123", "Nr. 4711");
- the code under the line number in the line number's cell;
- the code over the item's bar code in one cell.

Codes of one shape a document, or of two shapes mixed. The truth's ``sku`` is the
supplier's code without marker; bar codes are no field of the row.
"""

from __future__ import annotations

from typing import Any

from samples.wild.table_families import PRICED_TABLE_KINDS, TABLE_COMMON

SPOT_SPECS: list[dict[str, Any]] = [
    {
        **TABLE_COMMON,
        "name": "tbl_code_spot",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Carlito", "Liberation Serif", "Nimbus Sans"),
        "sizes": (8, 8.5, 9, 9.5),
        "letterhead": ("left", "split", "center", "band"),
        "rules": ("grid", "hrules", "none", "zebra", "outer"),
        "totals": ("stack", "vat_table"),
        "renderer": "tbl_code_spot",
    },
]

SPOT_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    "tbl_code_spot": {**dict(PRICED_TABLE_KINDS), "delivery_note": 15}
}
