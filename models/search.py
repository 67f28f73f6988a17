"""Saved auditor searches, and the names of the derived full-text tables.

The full-text index itself (SQLite FTS5 ``search_fts`` or PostgreSQL ``search_fts`` with a
tsvector) is derived from documents and pages by database triggers created in the
``0002_archive`` migration; it is not mapped, and ``include_name`` keeps it out of
autogenerate comparisons.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow

DERIVED_TABLE_PREFIX = "search_fts"


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic hook: the derived full-text tables, and the search's own index on documents'
    facet columns, are not part of the mapped schema."""
    derived = name is not None and name.startswith(DERIVED_TABLE_PREFIX)
    return not (type_ in ("table", "index") and derived)


class DocumentHeadline(BaseModel):
    """What a list of documents shows of each, read from its row (``model_validate(doc)``):
    a search hit (``archive.search.SearchHit``) and the REST API's document summary add to
    it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    doc_type: str | None
    status: str
    channel: str
    document_number: str | None
    document_date: dt.date | None
    customer_name: str | None
    total_gross: Decimal | None
    currency: str | None


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(200))
    params: Mapped[dict[str, Any]] = mapped_column(
        JSON, comment="the query string and facets, as sent to GET /api/search"
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
