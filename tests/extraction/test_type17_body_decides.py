"""Type when the title settles nothing (issue 20, type17): a kind-less heading
over a page whose fields and letterhead must decide."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, cells_at, rows
from tests.extraction.test_doctype import ACCEPT, kind_of

SENDER = [
    Text(40, 40, "Northwind Textiles plc", 14, bold=True),
    *rows(40, 60, ["Norwich", "NR1 3JU"]),
    Text(40, 90, "T: 0136 386 3048 · accounts@northwind.co.uk", 8),
]
GOODS = [
    *cells_at(330, [40, 300, 380, 470], ["Details", "Quantity", "Price", "Total"]),
    *cells_at(346, [40, 300, 380, 470], ["Thermal labels 100x150 mm", "5", "7.71", "38.55"]),
    *cells_at(362, [40, 300, 380, 470], ["LED tube T8 18 W", "10", "6.65", "66.50"]),
    *cells_at(390, [380, 470], ["TOTAL", "105.05"]),
]


def _header(*pairs: tuple[str, str]) -> list[Text]:
    return [t for i, p in enumerate(pairs) for t in cells_at(130 + 16 * i, [330, 450], list(p))]


def test_a_bare_due_label_beside_its_date_makes_the_page_a_bill() -> None:
    """No title, the customer's order named, and a "Due" label over a date with an account
    to pay into: a bill asking to be paid, not a seller's unbilled confirmation."""
    head = _header(
        ("Reference", "IN25-48839"),
        ("Your order", "PO-2024-4074"),
        ("Customer ID", "CUST-82763"),
        ("Due", "12/08/2025"),
    )
    bank = [Text(40, 430, "IBAN GB89 ESAL 7773 5278 8609 75")]
    doc, confidence = kind_of(*SENDER, *head, *GOODS, *bank)
    assert doc == "invoice"
    assert confidence < ACCEPT
