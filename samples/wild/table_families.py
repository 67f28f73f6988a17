"""Development families whose line tables have structures no other family has (issue 20,
rows): the material to tune table reading on beyond the column grids of the other
families.

Plain data (no import of the rest of the generator), registered by ``families.py`` in
``TABLE_FAMILIES``, kept out of ``FAMILIES`` so that every existing recipe (the dev set,
the family-out sets, streams, the pinned digests of ``tests/samples/test_wild_fresh.py``)
draws the same documents as before; they are drawn only when asked for by name
(``--families tbl_two_line,...``). The pages are drawn by ``table_pages.py``:

- ``tbl_two_line``: each position on two printed lines: the code, quantity and amounts on
  the first and the description wrapped under it, or the description first and the code
  and numbers on a second line.
- ``tbl_reordered``: columns in an unusual order: the amount before the description, the
  quantity last, the unit price sometimes per 100 units (then no unit price is printed).
- ``tbl_grouped``: positions grouped under section headings ("Lot 2 – Électricité"),
  each group closed by a subtotal line ("Sous-total lot 2"), a position-number column
  ("2.3" or running numbers).
- ``tbl_plain``: no rules and no header styling, the values separated by whitespace only,
  a discount % column and a VAT category column ("A", "B") that a legend under the table maps
  to rates.

Two more, kept in ``CODE_SPECS`` (``CODE_FAMILIES``), where the article code and the unit
are not in columns of their own (issue 20, "the SKU and the description are not
separated"):

- ``tbl_code_cell``: no code column; the code is printed inside the description cell, one
  placement per document: before the text ("ABC-123 Widget", "ABC-123 – Widget"), after it
  in brackets ("Widget (ABC-123)", "Widget [ABC-123]"), after a label ("Réf. ABC-123 –
  Widget", "Art.-Nr. ..."), alone on a second line under the text, above the text, or as
  "Code : ..." under it. Codes of one shape per document: digits only, letters and digits,
  dotted, or with spaces; the shipping line has none.
- ``tbl_glued``: a line number printed in the code cell ("1  59.12.01"), the quantity
  merged into the description ("12 pcs Widget", "3x Widget"), or the unit glued to the
  quantity ("12 pcs", "3x") or to the description ("Widget / box").
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights, kinds_preset, preset

# the settings every table-structure family shares (also cell_families, bare_families)
TABLE_COMMON: dict[str, Any] = preset("table")

TABLE_SPECS: list[dict[str, Any]] = family_specs("table")

# The kinds their documents are: priced kinds with a line table (also cell_families).
PRICED_TABLE_KINDS: dict[str, int] = kinds_preset("priced")
TABLE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("table")


CODE_SPECS: list[dict[str, Any]] = family_specs("code")

CODE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("code")
