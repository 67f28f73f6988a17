"""Pages of the geometry-only table families (``geo_families.py``): line tables whose
columns come in an unusual order, or whose rows stand in groups set apart by blank space,
with no header at all. Truth discipline as everywhere (``printed.py``): every truth value
goes through ``Row.put``.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.printed import Row
from samples.wild.table_pages import TablePage

GEO_RENDERERS = ("geo_amountfirst", "geo_gapsplit")

# column names of no reader's vocabulary, one drawn per document and role
GEO_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "line_no": ["No", "#", ""],
        "sku": ["Code", "Art."],
        "description": ["Libellé de la fourniture", "Ce qui est fourni", ""],
        "quantity": ["Nombre", "Volume"],
        "unit": ["Cdt", ""],
        "unit_price": ["Barème", "Tarif pièce"],
        "tax_rate": ["Tx", "Régime"],
        "line_total": ["À porter", "Chiffrage"],
    },
    "en": {
        "line_no": ["No", "#", ""],
        "sku": ["Code", "Ref"],
        "description": ["What we supply", "Goods", ""],
        "quantity": ["Number", "Volume"],
        "unit": ["Pk", ""],
        "unit_price": ["Apiece", "Each at"],
        "tax_rate": ["Tx", "Regime"],
        "line_total": ["Carried", "Extension"],
    },
}
_NUMERIC = {"line_no", "quantity", "unit_price", "tax_rate", "line_total"}
# orders of the columns after the text: the amount before the quantity and the price
_ORDERS = (
    ("line_total", "quantity", "unit_price"),
    ("quantity", "line_total", "unit_price"),
    ("unit_price", "quantity", "line_total"),
    ("line_total", "unit_price", "quantity"),
)


class GeoPage(TablePage):
    """A block-family page whose line table only its geometry and arithmetic tell."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["headless"] = fam.renderer == "geo_gapsplit" or rng.random() < 0.4
        self.o["order"] = rng.choice(_ORDERS)
        if fam.renderer == "geo_gapsplit":
            scale = Decimal(rng.choice([10, 25, 100]))
            for it in doc.items:  # thousands in the quantities and amounts
                it.quantity *= scale
                it.discount = Decimal(0)
            cuts = sorted(rng.sample(range(1, len(doc.items)), min(2, len(doc.items) - 1)))
            self.o["cuts"] = cuts if len(doc.items) > 2 else []
        else:
            self.o["cuts"] = []
            for it in doc.items:
                it.discount = Decimal(0)

    def geo_roles(self) -> list[str]:
        extras = self.o["extras"]
        roles: list[str] = ["line_no"] if "line_no" in extras else []
        roles += ["sku"] if self.o["sku"] == "column" else []
        roles.append("description")
        if not self.d.priced:
            return [*roles, "quantity", *(["unit"] if "unit" in extras else [])]
        order = list(self.o["order"])
        if "unit" in extras:
            order.insert(order.index("quantity") + 1, "unit")
        if "tax_rate" in extras and self.d.sales_tax is None:
            order.insert(1, "tax_rate")
        return roles + order

    def geo_value(self, role: str, it: Item, n: int, row: Row) -> str:
        return self.value(role, it, n, row)

    def table(self) -> str:
        roles = self.geo_roles()
        body = self.item_rows(roles, self.geo_value, _NUMERIC)
        for k in reversed(self.o["cuts"]):
            body.insert(k, f"<tr class='gap'><td colspan='{len(roles)}'></td></tr>")
        head = "" if self.o["headless"] else self.th_row(roles, self.geo_word, _NUMERIC)
        return self.wrap(head, body)

    def geo_word(self, role: str) -> str:
        return self.drawn_once(f"__geo_{role}", GEO_WORDS[self.lang][role])

    def css(self) -> str:
        return (
            super().css()
            + """
table.geo_gapsplit td, table.geo_amountfirst td { padding: 1.5pt 9pt 1.5pt 0; }
table.items tr.gap td { height: 13pt; border: none; }
table.items th { font-weight: normal; }
"""
        )
