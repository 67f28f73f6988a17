"""Order-X (``SCRDMCCBDACIOMessageStructure``, CII D20B vocabulary): orders (220), order
changes (230) and order responses (231), read by the CII reader with these names."""

from __future__ import annotations

from einvoice import cii
from einvoice.model import EDocument
from einvoice.xmlread import Element

DIALECT = cii.Dialect(
    syntax="order-x",
    version="D20B",
    quantities=("AgreedQuantity", "RequestedQuantity", "BilledQuantity"),
    currencies=("OrderCurrencyCode", "InvoiceCurrencyCode"),
)


def read(root: Element, name: str) -> EDocument:
    doc = cii.read(root, name, DIALECT)
    if doc.kind == "order_response":
        # the response's status (UNTDID 4343) sits in the header of Order-X
        header = root.find("{*}ExchangedDocument")
        status = header.find("{*}StatusCode") if header is not None else None
        if status is not None and status.text:
            doc.response_code = status.text.strip()
    return doc
