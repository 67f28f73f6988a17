"""Orders and search results as tables (header and rows) for CSV or Excel files: the same
filters the screens use, every row up to a cap so an export never runs away.

Search results come in as hits: the caller runs the archive's search (``archive.search``)
with at most ``MAX_ROWS`` of them, so reporting imports no other stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy.orm import Session

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


class SearchRow(Protocol):
    """What a row is made of: the fields of ``archive.search.SearchHit`` it shows."""

    @property
    def id(self) -> int: ...
    @property
    def doc_type(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def document_number(self) -> str | None: ...
    @property
    def document_date(self) -> dt.date | None: ...
    @property
    def customer_name(self) -> str | None: ...
    @property
    def total_gross(self) -> Decimal | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def archived(self) -> bool: ...


def search_rows(hits: Iterable[SearchRow]) -> tuple[Sequence[str], list[list[Any]]]:
    """The hits of a search asked for at most ``MAX_ROWS`` from the first."""
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
        for h in hits
    ]
    return SEARCH_HEADERS, rows
