"""Development families where the article code and the unit sit in other cells in ways
``tbl_code_cell`` and ``tbl_glued`` do not draw (issue 20, third round of rows): the
material to exercise reading a code or a unit out of a cell by the structure of its
column, not by its words.

Plain data, registered by ``families.py`` in ``CELL_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_code_loose,tbl_unit_loose``). The pages are drawn by
``cell_pages.py``:

- ``tbl_code_loose``: no code column; the code in the description cell after the text
  behind a dash or a slash ("Widget – ab-1234", "Widget / X200/4B"), before it behind a
  colon ("4711-203-01: Widget"), after the line number ("3  AB1234 Widget"), in
  parentheses before the text, or in brackets on the last wrapped line, under a detail
  line. Code shapes the other families do not draw: lower case, slashed, three groups of
  digits, letters and digits mixed.
- ``tbl_unit_loose``: the unit glued to the quantity ("12pcs"), printed under it in the
  same cell, in brackets or after a dash at the end of the description, in a column whose
  header word no reader knows ("Cond.", "Pack"), the quantity "3 x" with the unit in such a
  column, or the quantity and its unit at the end of the description ("Widget – 12 pcs").
- ``tbl_code_apart``: the code apart from the description (``apart_pages.py``): on a table
  line of its own under or over the item's, under the line number, in a column far from
  the text under a header word no reader knows or none, maybe marked ("Réf.", brackets).
"""

from __future__ import annotations

from typing import Any

from samples.wild.table_families import PRICED_TABLE_KINDS, TABLE_COMMON

CELL_SPECS: list[dict[str, Any]] = [
    {
        **TABLE_COMMON,
        "name": "tbl_code_loose",
        "fonts": ("DejaVu Sans", "Carlito", "Liberation Sans", "Open Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "split", "band"),
        "rules": ("grid", "hrules", "none", "zebra"),
        "totals": ("stack", "vat_table"),
        "renderer": "tbl_code_loose",
    },
    {
        **TABLE_COMMON,
        "name": "tbl_unit_loose",
        "fonts": ("Liberation Serif", "Nimbus Sans", "Caladea", "Liberation Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "center", "split"),
        "rules": ("grid", "hrules", "none", "outer"),
        "totals": ("stack", "boxed_row"),
        "renderer": "tbl_unit_loose",
    },
    {
        **TABLE_COMMON,
        "name": "tbl_code_apart",
        "fonts": ("Liberation Sans", "Carlito", "DejaVu Sans", "Liberation Serif", "Open Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "split", "center", "band"),
        "rules": ("grid", "hrules", "none", "zebra", "outer"),
        "totals": ("stack", "vat_table"),
        "renderer": "tbl_code_apart",
    },
]

CELL_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    name: dict(PRICED_TABLE_KINDS)
    for name in ("tbl_code_loose", "tbl_unit_loose", "tbl_code_apart")
}
