"""The fresh held-out families: a second held-out set, made after the first one had been
looked at while extraction was tuned, so that unseen-layout figures can be measured again.

Plain data (no import of the rest of the generator), registered by ``families.py`` as
``FRESH``; the pages are drawn by ``fresh_pages.py`` and their label wordings and phrases
are sealed in ``vocab.FRESH_ONLY``. They are generated only with ``--heldout --heldout-set
fresh``; nobody tunes extraction on them. Structures no other family has:

- ``hx_form``: a form print: every header item, party and total in its own ruled box with
  a small-caps caption above the value, four boxes to a row, the article number on a line
  under the description, totals as a column of boxes, signature boxes.
- ``hx_continental``: a continental ERP letter-form: a return-address line over the
  window, an information block or a reference line of captions over values, the number in
  a subject line, a salutation and an opening sentence, tax codes per line, the totals
  block on the left with a breakdown by rate under it, payment conditions with a cash
  discount beside it, a footer of four columns.
- ``hx_uspo``: a US-style purchasing print: a big title over a small box of date and
  number, the two parties in boxes under dark caption bars, a strip of boxes for who
  asked, the carrier, the delivery point, freight, payment terms and dates, units as
  short codes, a table ruled by columns only, a comments box beside the totals (a zero
  freight line, payments and what is left to pay after the total).
"""

from __future__ import annotations

from typing import Any

FRESH_SPECS: list[dict[str, Any]] = [
    {
        "name": "hx_form",
        "fonts": ("Liberation Sans", "Nimbus Sans", "DejaVu Sans", "Carlito"),
        "sizes": (8, 8.5, 9),
        "letterhead": ("left",),
        "meta": ("form",),
        "meta_pos": ("below",),
        "parties": ("form",),
        "window_side": ("left",),
        "rules": ("grid",),
        "sku": ("second_line",),
        "qty": ("column",),
        "extras": ("tax_rate", "unit"),
        "totals": ("boxes",),
        "footer": ("end", "margin"),
        "repeat_header": (True, True, False),
        "accents": ("#333333", "#1d3557", "#5a3e1b"),
        "renderer": "hx_form",
        "languages": ("fr", "en"),
    },
    {
        "name": "hx_continental",
        "fonts": ("Liberation Sans", "Open Sans", "Carlito", "Liberation Serif", "DejaVu Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("right",),
        "meta": ("infoblock", "refline"),
        "meta_pos": ("right",),
        "parties": ("window",),
        "window_side": ("left",),
        "rules": ("hrules",),
        "sku": ("column",),
        "qty": ("column",),
        "extras": ("tax_rate", "line_no"),
        "totals": ("left",),
        "footer": ("margin",),
        "repeat_header": (True, False),
        "accents": ("#003366", "#444444", "#7a1f1f", "#225522"),
        "renderer": "hx_continental",
        "languages": ("fr", "en"),
    },
    {
        "name": "hx_uspo",
        "fonts": ("Liberation Sans", "Nimbus Sans", "Liberation Serif", "DejaVu Sans"),
        "sizes": (8, 8.5, 9),
        "letterhead": ("left",),
        "meta": ("box",),
        "meta_pos": ("right",),
        "parties": ("bars",),
        "window_side": ("left",),
        "rules": ("outer",),
        "sku": ("column",),
        "qty": ("column",),
        "extras": ("unit",),
        "totals": ("side",),
        "footer": ("end",),
        "repeat_header": (True, False),
        "accents": ("#1f3a5f", "#333333", "#0f5c4d", "#5b2a86"),
        "renderer": "hx_uspo",
        "languages": ("fr", "en"),
    },
]

# The kinds each family's documents are.
FRESH_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    "hx_form": {"purchase_order": 35, "order_confirmation": 20, "invoice": 30, "delivery_note": 15},
    "hx_continental": {
        "invoice": 45,
        "credit_note": 15,
        "order_confirmation": 25,
        "delivery_note": 15,
    },
    "hx_uspo": {"purchase_order": 50, "invoice": 25, "order_confirmation": 25},
}
