"""Development families whose line tables print many columns a point or two apart (issue
20, cols22): units glued to quantities, article codes two spaces before the description,
9-10 column tables with EAN, discount and VAT category columns, narrow fonts. Plain data,
registered by ``families.py`` in ``COLS22_FAMILIES``, kept out of ``FAMILIES`` so every
existing recipe and pinned digest draws the same documents; drawn only when named. Pages
drawn by ``cols22_pages.py``.

Split from the start: ``cols22_glue`` and ``cols22_wide`` are the tuning half,
``cols22_erp`` and ``cols22_shop`` the half kept aside to report on.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

COLS22_SPECS: list[dict[str, Any]] = family_specs("cols22")

COLS22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("cols22")

COLS22_TUNE = ("cols22_glue", "cols22_wide")
COLS22_REPORT = ("cols22_erp", "cols22_shop")
