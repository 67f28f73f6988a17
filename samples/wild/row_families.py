"""Development families whose item rows carry what is not theirs, or theirs where other
families do not print it (issue 20, fourth round of rows): the material to exercise
deciding what belongs to a row and to its description by geometry, not by wording.

Plain data, registered by ``families.py`` in ``ROW_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_row_notes,tbl_row_units``). The pages are drawn by
``row_pages.py``:

- ``tbl_row_notes``: a remark on a row of its own under some items, across the whole
  table from its left edge (no part of the description), a short text column beside the
  description (origin, brand, lead time: no part of it either), descriptions wrapped over
  two or three lines beside numbers set at the middle or the bottom of the row, a VAT
  column under a header no other family prints.
- ``tbl_row_units``: the unit with its quantity in one cell ("12 pcs"), after the text
  behind "per" / "par" ("Widget, per box"), or on a line of its own under the
  description ("Unit: box"); the same VAT columns and wrapped descriptions.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

ROW_SPECS: list[dict[str, Any]] = family_specs("row")

ROW_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("row")
