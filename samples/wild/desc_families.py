"""Development family whose description cells hold more, or less, than the item's text in
ways the other families do not draw (issue 20, the description cell): the material to
exercise deciding what belongs to a description by where its lines stand, not by their
words.

Plain data, registered by ``families.py`` in ``DESC_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_desc_notes``). The pages are drawn by ``desc_pages.py``:

- ``tbl_desc_notes``: a note under some items set indented inside the description's
  column (a lot, a serial number, a delivery remark: no part of the description), or on
  a row of its own that starts at the description's column and runs across the numbers;
  the unit printed after the description on the rows whose unit cell is left empty;
  descriptions wrapped over two or three lines (all of it the description) beside numbers
  set at the top, the middle or the bottom of the row.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

DESC_SPECS: list[dict[str, Any]] = family_specs("desc")

DESC_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("desc")
