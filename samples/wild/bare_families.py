"""Development families whose line tables no header word finds (issue 20, rows: tables not
found at all): the material for reading a table by its structure alone.

Plain data (no import of the rest of the generator), registered by ``families.py`` in
``BARE_FAMILIES``, kept out of ``FAMILIES`` so that every existing recipe and pinned digest
draws the same documents; drawn only when named (``--families tbl_nohead,...``). The pages
are drawn by ``bare_pages.py``:

- ``tbl_nohead``: no header row at all; the rows (maybe a line number, a code, the text,
  the quantity, a unit, prices, a discount %) stand under the parties with no rules or
  hairlines only.
- ``tbl_oddhead``: a header row whose words name the columns in words no reader's
  vocabulary holds ("Combien", "Somme", "Particulars"), a line-number or discount column.
- ``tbl_qtylead``: the quantity first, in a column of its own left of the text or merged
  into it ("12 × Widget"), delivery notes with quantities and no prices, a plain caption
  over the text only or no header.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

BARE_SPECS: list[dict[str, Any]] = family_specs("bare")

# delivery notes (quantities, no prices) weigh more than elsewhere: the kind most often
# found with no table at all
BARE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("bare")
