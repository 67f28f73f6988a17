"""Development families whose line tables only their geometry and arithmetic give away
(issue 20, tables found by structure): no family before them prints these shapes.

Plain data, registered by ``families.py`` in ``GEO_FAMILIES`` (kept out of ``FAMILIES``,
so every existing recipe draws the same documents); drawn only when named. Pages are
drawn by ``geo_pages.py``:

- ``geo_amountfirst``: the columns in an unusual order (the amount before the quantity,
  the price last, the rate between), under a header of words no reader's vocabulary
  holds or under none.
- ``geo_gapsplit``: no header and no rules; the rows stand in groups set apart by blank
  space only; large quantities and prices, so amounts print thousands separators in the
  document's own style (space or dot in French, comma in English).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

GEO_SPECS: list[dict[str, Any]] = family_specs("geo")
GEO_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("geo")
