"""Development families printed like three more kinds of business software: an online
shop's order and invoice, a warehouse's delivery note or packing list, and a tradesman's
quotation or invoice for works.

Plain data (no import of the rest of the generator), registered by ``families.py``; the
pages are drawn by ``trade_pages.py``. Their structures differ from every other family:

- ``shop_order``: an e-commerce print (Shopify, PrestaShop, marketplace-seller-like): the
  order number as "#1042", a nine-letter reference or "403-1234567-1234567", billing and
  shipping addresses side by side, product thumbnails, variants ("Size: M / Colour:
  Navy") under the product or in their own column, SKU column, shipping method and
  payment method, a discount code and the shipping fee among the totals.
- ``ship_list``: a warehouse or transport print: shipper, sold-to and ship-to blocks (or
  numbered boxes, CMR-like), carrier, tracking number, pallets and parcels with weights
  and SSCC codes, items grouped by parcel, quantities ordered / shipped / back-ordered,
  batch numbers, no prices, a receipt block for the consignee's signature.
- ``craft_works``: a builder's or artisan's quotation, accepted quotation or invoice:
  sections ("Lot 2 – Plomberie") with their own subtotal, long wrapped descriptions,
  units "forfait", "h", "m²", "ml", a worksite address, the deposit ("acompte") already
  invoiced deducted and a retention ("retenue de garantie") held back.
"""

from __future__ import annotations

from typing import Any

TRADE_SPECS: list[dict[str, Any]] = [
    {
        "name": "shop_order",
        "fonts": ("Open Sans", "Liberation Sans", "DejaVu Sans", "Carlito", "Nimbus Sans"),
        "sizes": (8.5, 9, 9.5, 10),
        "letterhead": ("left", "center"),
        "meta": ("shop",),
        "meta_pos": ("right", "below"),
        "parties": ("side_by_side",),
        "window_side": ("right",),
        "rules": ("hrules", "none", "zebra", "band"),
        "sku": ("column", "second_line", "none"),
        "qty": ("column",),
        "extras": ("thumb", "variant_col"),
        "totals": ("stack",),
        "footer": ("end", "margin"),
        "repeat_header": (True, False),
        "upper_labels": (False, True),
        "accents": ("#5c6ac4", "#008060", "#232f3e", "#df0067", "#333333"),
        "renderer": "shop_order",
        "languages": ("fr", "en", "de"),
    },
    {
        "name": "ship_list",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Nimbus Sans", "Liberation Mono", "Carlito"),
        "sizes": (8, 8.5, 9),
        "letterhead": ("left", "split"),
        "meta": ("boxes", "lines"),
        "meta_pos": ("right",),
        "parties": ("three", "cmr"),
        "window_side": ("right",),
        "rules": ("grid", "hrules", "outer"),
        "sku": ("column",),
        "qty": ("column",),
        "extras": ("line_no", "unit", "lot", "weight"),
        "totals": ("none",),
        "footer": ("end",),
        "repeat_header": (True, False),
        "upper_labels": (False, True),
        "accents": ("#222222", "#003366", "#7a4b00"),
        "renderer": "ship_list",
        "languages": ("fr", "en", "it"),
    },
    {
        "name": "craft_works",
        "fonts": ("Liberation Serif", "Caladea", "Liberation Sans", "Carlito", "DejaVu Sans"),
        "sizes": (8.5, 9, 9.5),
        "letterhead": ("left", "center", "split"),
        "meta": ("box", "lines"),
        "meta_pos": ("right", "left"),
        "parties": ("window",),
        "window_side": ("right", "left"),
        "rules": ("grid", "hrules", "none"),
        "sku": ("none",),
        "qty": ("column",),
        "extras": ("line_no", "tax_rate"),
        "totals": ("stack",),
        "footer": ("end", "margin"),
        "repeat_header": (True, False),
        "upper_labels": (False, True),
        "accents": ("#1f3a5f", "#6b1d1d", "#0f5c4d", "#444444"),
        "renderer": "craft_works",
        "languages": ("fr", "en"),
    },
]

# The kinds each family's documents are (the generator's mix does not fit them).
TRADE_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    "shop_order": {"invoice": 45, "order_confirmation": 30, "delivery_note": 15, "credit_note": 10},
    "ship_list": {"delivery_note": 100},
    "craft_works": {"quotation": 35, "invoice": 45, "order_confirmation": 20},
}
