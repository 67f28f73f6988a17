"""Development families whose rows print no VAT rate while the document states it
elsewhere (issue 20, per-rate VAT): the material to tune the document-level rate set on.

Plain data (no import of the rest of the generator), registered by ``families.py`` in
``VAT_FAMILIES`` and kept out of ``FAMILIES``, so that every existing recipe and pinned
digest draws the same documents as before; drawn only when named
(``--families vat_single,...``). The pages are drawn by ``vat_pages.py``:

- ``vat_single``: one rate on every row, stated once: in the totals' tax label, in a
  sentence ("TVA au taux de 5,5 %") or in a footnote, maybe beside a percentage that is no
  VAT (a cash discount, late-payment interest).
- ``vat_split``: two or three rates, stated by a breakdown table (base, rate, tax in an
  order drawn per document) or by one totals line per rate with its base.
- ``vat_codes``: a VAT key per row (a letter or a digit) and a legend mapping the keys
  to rates, as a sentence or as a small table with each code's base and tax.
- ``vat_zero``: no tax due, stated in words (franchise en base, autoliquidation,
  reverse charge, exempt): every row's rate is 0.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

VAT_SPECS: list[dict[str, Any]] = family_specs("vat")

# The kinds their documents are: priced kinds with a line table.
VAT_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("vat")
