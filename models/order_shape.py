"""The one shape of an order outside the database: REST lists it, the order page and API
build on it (``linking.views``), webhooks and export files carry it (``outbound``), audit
bundles hold it next to the document it came from (``archive.export``). Built
from the ORM rows with ``model_validate``, so a column added to orders shows up everywhere
or nowhere.

Numbers are rendered one way whatever the database: PostgreSQL's ``Numeric(18, 4)`` gives
``17.8600`` and ``5.0000`` where SQLite gives ``17.86`` and ``5.0``; every output of the shape
says ``17.86`` and ``5`` (``amount``, ``quantity``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict

CENT = Decimal("0.01")


def amount(value: Decimal | None) -> Decimal | None:
    """Money with two decimals, more only when they carry something (a unit price of
    3.575), without the storage scale."""
    if value is None:
        return None
    return value.quantize(CENT) if value == value.quantize(CENT) else value.normalize()


def quantity(value: Decimal | None) -> Decimal | None:
    """A quantity or rate without the storage scale ("251", "2.5", not "251.0000")."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


Amount = Annotated[Decimal | None, AfterValidator(amount)]
Quantity = Annotated[Decimal | None, AfterValidator(quantity)]


class OrderLineShape(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    position: int
    sku: str | None
    description: str | None
    quantity: Quantity
    unit: str | None
    unit_price: Amount
    line_total: Amount
    tax_rate: Quantity


class OrderSummary(BaseModel):
    """An order's header, without its lines (lists)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    order_number: str
    status: str
    document_id: int
    customer_name: str | None
    customer_number: str | None
    currency: str | None
    order_date: dt.date | None
    delivery_date: dt.date | None
    total_net: Amount
    total_tax: Amount
    total_gross: Amount
    approved_by: str | None
    created_at: dt.datetime


class OrderShape(OrderSummary):
    """An order with its lines."""

    lines: list[OrderLineShape]


def order_json(order: object) -> dict[str, Any]:
    """An order (ORM row) with its lines, as JSON values: what integrations receive and what
    an audit bundle keeps, field for field."""
    return OrderShape.model_validate(order).model_dump(mode="json")
