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

from samples.wild.family_specs import family_specs, kind_weights

TRADE_SPECS: list[dict[str, Any]] = family_specs("trade")

# The kinds each family's documents are (the generator's mix does not fit them).
TRADE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("trade")
