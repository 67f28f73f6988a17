"""The one shape of an order outside the database: REST lists it, the order page and API
build on it (``linking.views``), webhooks and export files carry it (``outbound``), audit
bundles hold it next to the document it came from (``archive.export``). Built
from the ORM rows with ``model_validate``, so a column added to orders shows up everywhere
or nowhere."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict


class OrderLineShape(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    position: int
    sku: str | None
    description: str | None
    quantity: Decimal | None
    unit: str | None
    unit_price: Decimal | None
    line_total: Decimal | None
    tax_rate: Decimal | None


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
    total_net: Decimal | None
    total_tax: Decimal | None
    total_gross: Decimal | None
    approved_by: str | None
    created_at: dt.datetime


class OrderShape(OrderSummary):
    """An order with its lines."""

    lines: list[OrderLineShape]


def order_json(order: object) -> dict[str, Any]:
    """An order (ORM row) with its lines, as JSON values: what integrations receive and what
    an audit bundle keeps, field for field."""
    return OrderShape.model_validate(order).model_dump(mode="json")
