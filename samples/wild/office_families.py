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

OFFICE_SPECS: list[dict[str, Any]] = [
    {
        "name": "office_word",
        "fonts": ("Liberation Serif", "Carlito", "Caladea", "Liberation Sans", "DejaVu Sans"),
        "sizes": (10, 10.5, 11, 12),
        "letterhead": ("center",),
        "meta": ("word",),
        "meta_pos": ("below",),
        "parties": ("window",),
        "window_side": ("right",),
        "rules": ("grid",),
        "sku": ("column", "none", "brackets"),
        "qty": ("column",),
        "extras": ("unit",),
        "totals": ("in_table", "under"),
        "footer": ("end", "margin"),
        "repeat_header": (False, True),
        "upper_labels": (False,),
        "accents": ("#000000", "#1f3a5f", "#333333"),
        "renderer": "office_word",
        "languages": ("fr", "en"),
    },
    {
        "name": "office_sheet",
        "fonts": ("Carlito", "Liberation Sans", "DejaVu Sans"),
        "sizes": (8.5, 9, 10),
        "letterhead": ("left",),
        "meta": ("cells",),
        "meta_pos": ("right", "left"),
        "parties": ("window",),
        "window_side": ("left",),
        "rules": ("grid",),
        "sku": ("column", "none"),
        "qty": ("column",),
        "extras": ("line_no", "unit", "tax_rate", "discount"),
        "totals": ("grid",),
        "footer": ("end", "margin"),
        "repeat_header": (False, True),
        "upper_labels": (False, True),
        "accents": ("#d9e1f2", "#e2efda", "#fff2cc", "#dddddd"),
        "renderer": "office_sheet",
        "languages": ("fr", "en"),
    },
    {
        "name": "office_admin",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Liberation Serif", "Open Sans"),
        "sizes": (8, 8.5, 9),
        "letterhead": ("left",),
        "meta": ("admin_box",),
        "meta_pos": ("right",),
        "parties": ("labelled_cols",),
        "window_side": ("right",),
        "rules": ("grid",),
        "sku": ("none", "column"),
        "qty": ("column",),
        "extras": ("line_no", "unit"),
        "totals": ("ht_ttc",),
        "footer": ("end", "margin"),
        "repeat_header": (True,),
        "upper_labels": (False, True),
        "accents": ("#000091", "#333333", "#1f3a5f"),
        "renderer": "office_admin",
        "languages": ("fr",),
    },
]

# The kinds each family's documents are, where they differ from the generator's mix.
OFFICE_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    "office_word": {
        "purchase_order": 45,
        "quotation": 12,
        "invoice": 20,
        "order_confirmation": 13,
        "delivery_note": 10,
    },
    "office_sheet": {
        "invoice": 25,
        "purchase_order": 25,
        "order_confirmation": 10,
        "delivery_note": 12,
        "credit_note": 8,
        "payment_advice": 12,
        "quotation": 8,
    },
    "office_admin": {"purchase_order": 65, "invoice": 30, "credit_note": 5},
}
