"""Development families whose line tables carry no header words the reader knows (issue 20,
item 6, tables20): the table is there, its columns line up, its rows add up, but the head
row is absent, in words of another language, or abbreviated past recognition.

Plain data, registered by ``families.py`` in ``HEADLESS_FAMILIES``, kept out of
``FAMILIES`` so every existing recipe and pinned digest draws the same documents; drawn
only when named (``--families headless_bare,headless_foreign``). Pages:
``headless_pages.py``.

- ``headless_bare``: no head row at all, or a head of single letters and symbols; no
  rules; a line-number column (1..n) in front of some tables, a discount column in some.
- ``headless_foreign``: a head row in a language the reader does not list (German,
  Spanish, Italian, Dutch wordings, written here) on English or French documents, or
  unusual English/French wordings; a percentage column (discount) in some.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

HEADLESS_SPECS: list[dict[str, Any]] = family_specs("headless")

HEADLESS_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("headless")
