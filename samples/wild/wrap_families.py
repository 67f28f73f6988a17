"""Development family whose descriptions run over printed lines of their own (issue 20,
rows: descriptions cut because their second line was not joined to the item): the
material to exercise joining a description's lines by geometry, not by words.

Plain data, registered by ``families.py`` in ``WRAP_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_line_runs``). The pages are drawn by ``wrap_pages.py``:

- ``tbl_line_runs``: an item's description printed as a fixed-width business program
  prints it, cut into two or three lines each on a table row of its own, every other
  cell of those rows empty: the lines under the row of numbers (same size, or smaller and
  grey), over it (the numbers on the description's last line), or in one cell with a row
  padding far wider than a line; rules under every item, every printed line, or none.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

WRAP_SPECS: list[dict[str, Any]] = family_specs("wrap")

WRAP_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("wrap")
