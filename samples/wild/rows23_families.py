"""Development families of line tables as real business software prints them (issue 20,
rows23): ERP confirmations with gross price, discount and net price columns or a delivery
date instead of a line amount, delivery notes with packing in words and three counts,
small firms' invoices with a per-line amount with VAT and eco-contribution notes,
wholesalers' tables priced per 100 or per 1000.

Plain data, registered by ``families.py`` in ``ROWS23_FAMILIES``, kept out of
``FAMILIES``; drawn only when named. Pages: ``rows23_pages.py``. Split from the start:

- tune half: ``r23_confirm``, ``r23_delivery``.
- report half (kept aside, never tuned on): ``r23_smallbiz``, ``r23_trade``.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

ROWS23_SPECS: list[dict[str, Any]] = family_specs("rows23")

ROWS23_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("rows23")

ROWS23_TUNE = ("r23_confirm", "r23_delivery")
ROWS23_REPORT = ("r23_smallbiz", "r23_trade")
