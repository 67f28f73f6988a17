"""Development family whose line tables print the article code beside other codes, or in
shapes no other family draws (issue 20, the item code): the material to exercise telling
the supplier's code column from the columns beside it by the shape of their cells down
the rows, not by header words.

Plain data, registered by ``families.py`` in ``TWIN_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_code_twin``). The pages are drawn by ``twin_pages.py``:

- ``tbl_code_twin``: one placement per document: a bar-code column (EAN-13 / GTIN, valid
  check digits) beside the supplier's code column, either first; the customer's own code
  column beside the supplier's; purely numeric short codes (three or four digits) that
  look like quantities, maybe after a line-number column; a narrow code column under no
  header word at all; the code after the description in the same cell behind a marker
  ("Réf:", "Art.", "Item #"). Code shapes with slashes and inner spaces too. The truth's
  ``sku`` is always the supplier's code; the other codes are no field of the row.
"""

from __future__ import annotations

from typing import Any

from samples.wild.table_families import PRICED_TABLE_KINDS, TABLE_COMMON

TWIN_SPECS: list[dict[str, Any]] = [
    {
        **TABLE_COMMON,
        "name": "tbl_code_twin",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Carlito", "Liberation Serif", "Open Sans"),
        "sizes": (8, 8.5, 9, 9.5),
        "letterhead": ("left", "split", "center", "band"),
        "rules": ("grid", "hrules", "none", "zebra", "outer"),
        "totals": ("stack", "vat_table", "boxed_row"),
        "renderer": "tbl_code_twin",
    },
]

TWIN_KIND_WEIGHTS: dict[str, dict[str, int]] = {"tbl_code_twin": dict(PRICED_TABLE_KINDS)}
