"""The blind held-out families: a third held-out set, made after product code had come to
hold some title wordings of the fresh set, so that document type, header fields and rows
can be measured again on layouts and wordings nobody has tuned on.

Plain data (no import of the rest of the generator), registered by ``families.py`` as
``BLIND``; the pages are drawn by ``blind_pages.py`` and every title, caption and column
heading they print is sealed in ``vocab.BLIND_ONLY``. They are generated only with
``--heldout --heldout-set blind``; nobody tunes extraction on them. Structures no other
family has:

- ``bx_landscape``: a landscape order form: the header items in one ruled strip across
  the page, the parties in a narrow column at the left of a wide line table, the totals
  in one line under it.
- ``bx_footgrid``: the document number, dates, references and totals in a ruled grid of
  label and value cells at the foot of the page, under the lines; nothing but the
  parties and the title above the table.
- ``bx_letter``: a two-column letter: a narrow left column with the sender and every
  header item stacked, the letter text at the right, the table at the bottom across the
  page and the totals on the left under it.
- ``bx_sections``: lines in grouped sections, each under its own heading row and closed
  by a subtotal row inside the table.
- ``bx_cards``: no table at all: each line is a card (code, quantity, price, amount as
  captioned values), two cards to a row.
- ``bx_pages``: a long document whose header band (title, number, date, customer) is
  repeated at the top of every page with the column heads.
- ``bx_valuefirst``: every value printed before its label (value, then the caption in
  small grey type after it), the column heads under the rows.
- ``bx_bands``: coloured bands across the page heading each part, small-caps labels
  above their values, no rules.
"""

from __future__ import annotations

from typing import Any

_COMMON: dict[str, Any] = {
    "letterhead": ("left",),
    "meta": ("stacked",),
    "meta_pos": ("right",),
    "parties": ("labelled_cols",),
    "window_side": ("right",),
    "rules": ("hrules",),
    "sku": ("column",),
    "qty": ("column",),
    "extras": ("line_no", "unit", "tax_rate"),
    "totals": ("stack",),
    "languages": ("fr", "en"),
}


def _spec(name: str, fonts: tuple[str, ...], sizes: tuple[float, ...], **kw: Any) -> dict[str, Any]:
    return {
        **_COMMON,
        "name": name,
        "fonts": fonts,
        "sizes": sizes,
        "footer": kw.pop("footer", ("end", "margin")),
        "repeat_header": kw.pop("repeat_header", (True, False)),
        "accents": kw.pop("accents", ("#264653", "#6d2e46", "#2a6f97", "#5c4d7d", "#3d5a40")),
        "renderer": name,
        **kw,
    }


BLIND_SPECS: list[dict[str, Any]] = [
    _spec("bx_landscape", ("Liberation Sans", "Carlito", "DejaVu Sans"), (8, 8.5, 9)),
    _spec("bx_footgrid", ("Liberation Serif", "Caladea", "Nimbus Sans"), (9, 9.5)),
    _spec("bx_letter", ("Liberation Serif", "C059", "Open Sans", "Carlito"), (9.5, 10)),
    _spec("bx_sections", ("Open Sans", "Liberation Sans", "Nimbus Sans"), (8.5, 9)),
    _spec("bx_cards", ("Carlito", "Open Sans", "DejaVu Sans"), (8.5, 9)),
    _spec("bx_pages", ("Liberation Sans", "Nimbus Sans", "Liberation Serif"), (9.5, 10)),
    _spec("bx_valuefirst", ("DejaVu Sans", "Liberation Sans", "P052"), (8.5, 9)),
    _spec("bx_bands", ("Open Sans", "Carlito", "Liberation Sans"), (8.5, 9, 9.5)),
]

# The kinds each family's documents are (all five the contract knows, and credit notes).
BLIND_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    "bx_landscape": {"purchase_order": 45, "order_confirmation": 35, "invoice": 20},
    "bx_footgrid": {"invoice": 40, "delivery_note": 30, "credit_note": 30},
    "bx_letter": {"invoice": 30, "credit_note": 20, "order_confirmation": 20, "payment_advice": 30},
    "bx_sections": {"invoice": 40, "order_confirmation": 30, "delivery_note": 30},
    "bx_cards": {"order_confirmation": 40, "purchase_order": 30, "invoice": 30},
    "bx_pages": {"invoice": 60, "order_confirmation": 40},
    "bx_valuefirst": {"invoice": 35, "credit_note": 25, "payment_advice": 25, "delivery_note": 15},
    "bx_bands": {
        "purchase_order": 30,
        "delivery_note": 30,
        "payment_advice": 20,
        "order_confirmation": 20,
    },
}
