"""Development family whose line tables set the description's column tight against the
columns beside it (issue 20, where the description starts and ends): the material to
exercise bounding the description by the table's structure, not by the gap on one row.

Plain data, registered by ``families.py`` in ``TIGHT_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when named
(``--families tbl_tight``). The pages are drawn by ``tight_pages.py``:

- the article code in a narrow left-aligned column right before the description, the unit
  in a narrow left-aligned column right after it, cells padded by a point or two, so that
  on the rows whose code or text fills its column the gap between the cells is no wider
  than the space between two words;
- the description in a narrow column that wraps it onto a second (or third) line, under a
  header of two words;
- no rules, rules under the rows or zebra bands, never a rule between the columns.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

TIGHT_SPECS: list[dict[str, Any]] = family_specs("tight")

TIGHT_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("tight")
