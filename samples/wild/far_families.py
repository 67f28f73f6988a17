"""Development family whose line tables print the article code, the unit and the line's
VAT in ways no other family prints them (issue 20, rows: the code missing from the row,
the unit and the line rate unread): the material to exercise reading them by the
structure of the table (a column whose cells share a shape down the rows, amounts that
agree with the line total) and not by the header word over the column.

Plain data, registered by ``families.py`` in ``FAR_FAMILIES``, kept out of ``FAMILIES`` so
every existing recipe and pinned digest draws the same documents; drawn only when named
(``--families tbl_code_far``). The pages are drawn by ``far_pages.py``:

- codes made of digit groups split by spaces or dots ("12 345 67", "4.002.118"), which
  read as numbers with thousands separators;
- the code column at the far right, after the line total and the VAT column;
- the code at the end of the description in parentheses, or after the row's amount with
  its currency word in the amount's cell;
- the line's VAT printed as an amount (the row's tax) instead of a rate;
- the unit in the quantity cell after a quantity with decimals ("3,5 kg"), or in a column
  after the unit price under a header that names nothing ("/", "per").
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

FAR_SPECS: list[dict[str, Any]] = family_specs("far")

FAR_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("far")
