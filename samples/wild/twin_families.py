"""Development family whose line tables print the article code beside other codes, or in
shapes no other family draws (issue 20, the item code): the material to exercise telling
the supplier's code column from the columns beside it by the shape of their cells down
the rows, not by header words.

Plain data, registered by ``families.py`` in ``TWIN_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_code_twin``). The pages are drawn by ``twin_pages.py``:

- ``tbl_code_twin``: one placement per document: a bar-code column (EAN-13 / GTIN, valid
  check digits) beside the supplier's code column, either first; the customer's own code
  column beside the supplier's; purely numeric short codes (three or four digits) that
  look like quantities, maybe after a line-number column; a narrow code column under no
  header word at all; the code after the description in the same cell behind a marker
  ("Réf:", "Art.", "Item #"). Code shapes with slashes and inner spaces too. The truth's
  ``sku`` is always the supplier's code; the other codes are no field of the row.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

TWIN_SPECS: list[dict[str, Any]] = family_specs("twin")

TWIN_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("twin")
