"""Development family whose item rows carry lines under the description that start where
the description does (issue 20, fifth round of rows): the material to exercise deciding
whether a line under an item continues its text by evidence other than its indent.

Plain data, registered by ``families.py`` in ``MARK_FAMILIES``, kept out of ``FAMILIES``
so every existing recipe and pinned digest draws the same documents; drawn only when
named (``--families tbl_item_marks``). The pages are drawn by ``mark_pages.py``:

- ``tbl_item_marks``: under some items, a table row of its own holding a line in the
  description's column only, flush with its start and in its type, that is no part of it
  (a serial or batch number, a note behind a dash or a bullet, a detail): only the row's
  spacing tells it from a wrapped line; descriptions wrapped over two or three lines (all of
  it the description); the item's code in its own column, in brackets after the text,
  before the text in the same cell, or on a line of its own under it; headings of
  sections as rows of their own, in bold, between the items.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

MARK_SPECS: list[dict[str, Any]] = family_specs("mark")

MARK_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("mark")
