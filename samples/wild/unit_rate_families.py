"""Development family whose line tables print units and VAT rates in ways the other
families do not (issue 20, the unit and the line's rate): the material to exercise reading
a unit or a rate by the structure of its table, not by the header word over its column.

Plain data, registered by ``families.py`` in ``UNIT_RATE_FAMILIES``, kept out of
``FAMILIES`` so every existing recipe and pinned digest draws the same documents; drawn
only when named (``--families tbl_unit_rate``). The pages are drawn by
``unit_rate_pages.py``:

- units in short forms ("U", "u.", "pce", "ea", "ctn", "rl", "m²", "h", "j", "forfait"),
  printed after the quantity in its cell ("12 pce", "12pce"), after the price in its cell
  ("4,20 €/kg", "4,20 / kg"), once in the quantity's header ("Qté (m)") for every row, in
  a narrow column with no header, in a column before the description, or in a column
  right after the description under a header word no reader knows;
- the line's VAT rate as a code per line with a legend under the table ("A = 20 %",
  "(1) TVA 20 %"), as a bare number ("20,0") under a header naming the tax, as a rate
  with its sign under such a header, or once for every line in a sentence over the table.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

UNIT_RATE_SPECS: list[dict[str, Any]] = family_specs("unit_rate")

UNIT_RATE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("unit_rate")
