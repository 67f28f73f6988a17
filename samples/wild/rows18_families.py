"""Development families whose line tables are loose (issue 20, rows18): the shapes the
sealed sets lose rows on and no other family draws together, to exercise finding a table
by its rows' repeated structure and keeping notes under a row out of its description.

Plain data, registered by ``families.py`` in ``ROWS18_FAMILIES``, kept out of
``FAMILIES`` so every existing recipe and pinned digest draws the same documents; drawn
only when named (``--families rows18_loose,rows18_dispatch``). The pages are drawn by
``rows18_pages.py``:

- ``rows18_loose``: no rules at all; no head row, an abbreviated one ("Qté", "P.U. HT",
  "Mt HT") or titles stacked over two lines; columns in unusual orders (the amount before
  the quantity, the code last), the quantity and its unit in one cell ("12 pcs"), a price
  per 1000, a line-number column; dotted leaders after the description; under some items
  a line in small grey italics (a serial or lot number, a planned delivery date, the
  buyer's reference, a bare date or id) that is no part of the description, under the
  whole row or under the description only.
- ``rows18_dispatch``: the same loose tables on delivery notes with quantities only
  (ordered, shipped, back-ordered) and no prices.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

ROWS18_SPECS: list[dict[str, Any]] = family_specs("rows18")

ROWS18_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("rows18")
