"""Whose block an address under an unread caption is, before it is taken as where the goods
go: on an order, a block headed by another company than the buyer is the supplier's; a
block naming the issuer under a monogram letterhead ("SF" over the name) is the issuer's
own. Neither is a delivery or a billing address."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value


def _lines(top: float) -> list[Text]:
    return [
        Text(40, top, "Description", bold=True),
        Text(300, top, "Qty", bold=True),
        Text(360, top, "Unit Price", bold=True),
        Text(460, top, "Amount", bold=True),
        Text(40, top + 16, "Torque wrench 1/2 in"),
        Text(300, top + 16, "3"),
        Text(360, top + 16, "79.80"),
        Text(460, top + 16, "239.40"),
        Text(300, top + 40, "Total"),
        Text(460, top + 40, "239.40"),
    ]


def test_on_an_order_the_other_company_s_block_is_not_the_delivery_address() -> None:
    doc = [
        Text(40, 40, "Lycée professionnel Jean Moulin", 14, bold=True),
        *rows(40, 62, ["23 bis rue des Lilas", "21000 Dijon"]),
        Text(330, 40, "BON DE COMMANDE", 16, bold=True),
        Text(330, 70, "Bon de commande n° CMD-030351"),
        Text(330, 86, "Date de commande : 19/11/2024"),
        Text(330, 150, "Attributaire", 8),
        *rows(330, 162, ["Roux Fournitures EURL", "46 boulevard Voltaire", "31100 Toulouse"]),
        *_lines(260),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "delivery_address") is None


def test_the_issuer_s_block_under_a_monogram_is_not_billed() -> None:
    doc = [
        Text(40, 40, "SF", 22, bold=True),
        Text(40, 66, "Severn Fasteners Limited", 12, bold=True),
        *rows(40, 80, ["70 King Street", "Leeds LS1 4DY"]),
        Text(330, 40, "INVOICE", 18, bold=True),
        Text(330, 70, "Invoice No.: IN-2025-0817"),
        Text(330, 86, "Invoice Date: 14/03/2025"),
        Text(40, 150, "Issued by", 8),
        *rows(40, 162, ["Severn Fasteners Limited", "70 King Street", "Leeds LS1 4DY"]),
        Text(330, 150, "Addressed to", 8),
        *rows(330, 162, ["Supplies Direct Ltd", "137 Park Avenue", "Glasgow G2 3QZ"]),
        *_lines(260),
    ]
    result = read(*doc)
    assert value(result, "billing_address") == "137 Park Avenue, Glasgow G2 3QZ"
    assert value(result, "delivery_address") is None
    assert value(result, "customer_name") == "Supplies Direct Ltd"
