"""Development families of documents small companies and public buyers make by hand in an
office suite: a word-processor order, a spreadsheet export, a French public buyer's form.

Plain data (no import of the rest of the generator), registered by ``families.py``; the
pages are drawn by ``office_pages.py``. Their structures differ from the ERP-like families:
a centred letterhead over free paragraphs and a Word table whose last rows hold the totals;
one spreadsheet grid holding everything, labels in one cell and values in the next; an
administrative form with commitment numbers, budget imputations and HT/TTC columns.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

OFFICE_SPECS: list[dict[str, Any]] = family_specs("office")

# The kinds each family's documents are, where they differ from the generator's mix.
OFFICE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("office")
