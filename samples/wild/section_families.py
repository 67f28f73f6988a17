"""Development families whose line items are not one plain run of column rows (issue 20,
rows, the table shapes that lose most rows): the material to exercise reading rows whose
table is cut by other rows, or that have no column table at all.

Plain data, registered by ``families.py`` in ``SECTION_FAMILIES``, kept out of
``FAMILIES`` so every existing recipe and pinned digest draws the same documents; drawn
only when named (``--families sec_banded,sec_carried,card_items``). The pages are drawn
by ``section_pages.py`` and ``card_pages.py``:

- ``sec_banded``: the items grouped in sections inside one table, unlike ``tbl_grouped``
  (a spanning "Lot 2 – ..." line and a right-set "Sous-total lot 2"): the heading is a
  bare trade or category name, a letter and name, in capitals, with its count of items,
  a group code in the code column beside its name, or the name with the section's amount
  on the heading's own line; the subtotal sits in the description column (maybe with the
  section's quantity count), spans the columns from the left, is replaced by a recap of
  the sections after the items, or there is none; no position-number column.
- ``sec_carried``: a long table cut by hand into one table a page, its header band printed
  again on each, a "carried forward" row with the running amount closing each page and a
  "brought forward" row opening the next, their label right-set across the columns, in
  the description column, or followed by leader dots.
- ``card_items``: no column table: each item a small block, the code and description on
  its first line, then its numbers with their captions on one line ("Qty: 3   Unit price:
  12.00   Total: 36.00"), in a two-row mini grid of captions over values, or as "3 x 12.00
  = 36.00".
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

SECTION_SPECS: list[dict[str, Any]] = family_specs("sect")

SECTION_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("sect")
