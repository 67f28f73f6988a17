"""Orders and search results as tables (header and rows) for CSV or Excel files: the same
filters the screens use, every row up to a cap so an export never runs away."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from archive.search import SearchQuery, search
from models.orders import Order

MAX_ROWS = 50_000
ORDER_HEADERS = (
    "order id", "order number", "status", "customer number", "customer", "order date",
    "delivery date", "currency", "net", "VAT", "gross", "lines", "approved by", "document id",
)  # fmt: skip
SEARCH_HEADERS = (
    "document id", "type", "status", "channel", "number", "date", "customer", "gross",
    "currency", "archived",
)  # fmt: skip


def order_rows(
    session: Session, *, q: str | None = None, status: str | None = None
) -> tuple[Sequence[str], list[list[Any]]]:
    query = Order.matching((q or "").strip(), status)
    rows = [
        [
            o.id,
            o.order_number,
            o.status,
            o.customer_number,
            o.customer_name,
            o.order_date,
            o.delivery_date,
            o.currency,
            o.total_net,
            o.total_tax,
            o.total_gross,
            len(o.lines),
            o.approved_by,
            o.document_id,
        ]
        for o in session.execute(query.order_by(Order.id.desc()).limit(MAX_ROWS)).scalars()
    ]
    return ORDER_HEADERS, rows


def search_rows(session: Session, query: SearchQuery) -> tuple[Sequence[str], list[list[Any]]]:
    query.limit, query.offset = MAX_ROWS, 0
    result = search(session, query, facets=False)
    rows = [
        [
            h.id,
            h.doc_type,
            h.status,
            h.channel,
            h.document_number,
            h.document_date,
            h.customer_name,
            h.total_gross,
            h.currency,
            "yes" if h.archived else "no",
        ]
        for h in result.items
    ]
    return SEARCH_HEADERS, rows
