"""Development families of real line-table shapes the reader misses (issue 20, tables22):
tables headed by words it does not list, a head cut over two rows or with blank captions,
items over two or three lines, section and subtotal rows, service lines with only an
amount, delivery notes with ordered/delivered/remaining quantities, a box with vertical
rules only, a table continued on a second page.

Plain data, registered by ``families.py`` in ``TABLES22_FAMILIES``, kept out of
``FAMILIES``; drawn only when named. Pages: ``tables22_pages.py``. Split from the start:

- tune half: ``t22_multi`` (items over two or three rows: the description, then a
  code row and a lot or serial row, in the same type), ``t22_works`` (a craftsman's or
  service firm's table: site or section rows, subtotals, lines with only a description
  and an amount beside full lines).
- report half (kept aside, never tuned on): ``t22_boxed`` (a box with vertical rules
  only, continued on a second page with or without its head repeated), ``t22_dispatch``
  (delivery notes: code, wording, pack, three counts; no prices).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

TABLES22_SPECS: list[dict[str, Any]] = family_specs("tables22")

TABLES22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("tables22")

TABLES22_TUNE = ("t22_multi", "t22_works")
TABLES22_REPORT = ("t22_boxed", "t22_dispatch")
