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

from samples.wild.family_specs import family_specs, kind_weights

CELL_SPECS: list[dict[str, Any]] = family_specs("cell")

CELL_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("cell")
