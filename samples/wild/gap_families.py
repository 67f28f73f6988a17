"""Development family whose line tables print their columns a few points apart (issue 20,
cols21): a code against the description, a quantity against its unit, a unit price
against the line total, gaps of 1 to 8 pt, so that the layout's word spaces and column
gaps overlap. Plain data, registered by ``families.py`` in ``GAP_FAMILIES``, kept out of
``FAMILIES`` so every existing recipe and pinned digest draws the same documents; drawn
only when named (``--families gap_narrow``). Pages drawn by ``gap_pages.py``.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

GAP_SPECS: list[dict[str, Any]] = family_specs("gap")

GAP_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("gap")
