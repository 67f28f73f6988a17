"""Auditor search over REST: full text plus facets, and saved searches. Read-only for
every role (saving a search stores a preference, not business data)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from api.auth import CurrentActor
from api.deps import DbSession
from api.schemas import RESPONSE, SearchPage
from archive import saved_searches
from archive.search import SearchQuery, search

router = APIRouter(prefix="/api/search", tags=["search"])


def search_query(
    q: str = Query("", description='words, "phrases", prefix*, -excluded, a OR b'),
    doc_type: str | None = None,
    customer: str | None = Query(None, description="part of the customer's name"),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    amount_min: Decimal | None = None,
    amount_max: Decimal | None = None,
    order_number: str | None = None,
    status: str | None = None,
    channel: str | None = None,
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> SearchQuery:
    return SearchQuery(
        q=q,
        doc_type=doc_type or None,
        customer=customer or None,
        date_from=date_from,
        date_to=date_to,
        amount_min=amount_min,
        amount_max=amount_max,
        order_number=order_number or None,
        status=status or None,
        channel=channel or None,
        limit=limit,
        offset=offset,
    )


@router.get("")
def search_documents(
    query: Annotated[SearchQuery, Depends(search_query)],
    _actor: CurrentActor,
    session: DbSession,
) -> SearchPage:
    """The documents found, how many, and the facets; ``snippet`` is HTML (text escaped,
    matches in ``<mark>``)."""
    return SearchPage.model_validate(search(session, query), from_attributes=True)


class SavedOut(BaseModel):
    model_config = RESPONSE

    id: int
    name: str
    params: dict[str, Any]


class SavedIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    params: dict[str, str]


@router.get("/saved")
def list_saved(actor: CurrentActor, session: DbSession) -> list[SavedOut]:
    return [SavedOut.model_validate(s) for s in saved_searches.saved_by(session, actor.name)]


@router.post("/saved", status_code=201)
def save_search(body: SavedIn, actor: CurrentActor, session: DbSession) -> SavedOut:
    return SavedOut.model_validate(saved_searches.save(session, actor.name, body.name, body.params))


@router.delete("/saved/{saved_id}", status_code=204)
def delete_saved(saved_id: int, actor: CurrentActor, session: DbSession) -> None:
    saved_searches.delete(session, actor.name, saved_id)
