"""The auditor's search screen: full text plus facets with highlighted snippets, saved
searches, an export button; a result opens the archived record (original, linked documents,
audit history), and that view joins the document's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import OnScreen
from api.web.templating import page
from archive import records, saved_searches
from archive.records import archive_view
from archive.search import FACETS, SearchError, SearchQuery, search
from models.enums import DOC_TYPES
from models.errors import InvalidInput
from models.parsing import date_or_refuse, decimal_or_refuse

T = TypeVar("T")
router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
STATUSES = ("received", "extracted", "in_review", "approved", "rejected", "quarantined")
CRITERIA = (
    "q", "doc_type", "customer", "date_from", "date_to", "amount_min", "amount_max",
    "order_number", "status", "channel",
)  # fmt: skip


def query_from(params: dict[str, str]) -> tuple[SearchQuery, list[str]]:
    """Lenient parsing of the form: a bad date or amount is named, not a 422 page."""
    errors: list[str] = []

    def read(name: str, parse: Callable[[str, str], T | None]) -> T | None:
        try:
            return parse(params.get(name, "").strip(), name.replace("_", " "))
        except InvalidInput as exc:
            errors.append(str(exc))
            return None

    def day(name: str) -> dt.date | None:
        return read(name, date_or_refuse)

    def amount(name: str) -> Decimal | None:
        return read(name, decimal_or_refuse)  # as every stage reads amounts: "1 234,50" too

    def text(name: str) -> str | None:
        return params.get(name, "").strip() or None

    try:
        offset = max(int(params.get("offset", "0") or 0), 0)
    except ValueError:
        offset = 0
    query = SearchQuery(
        q=params.get("q", "").strip(),
        doc_type=text("doc_type"),
        customer=text("customer"),
        date_from=day("date_from"),
        date_to=day("date_to"),
        amount_min=amount("amount_min"),
        amount_max=amount("amount_max"),
        order_number=text("order_number"),
        status=text("status"),
        channel=text("channel"),
        limit=PAGE_SIZE,
        offset=offset,
    )
    return query, errors


@router.get("/search", response_class=HTMLResponse)
def search_screen(
    screen: OnScreen,
) -> Response:
    params = {k: v for k, v in screen.request.query_params.items() if k in (*CRITERIA, "offset")}
    query, errors = query_from(params)
    result = None
    if not errors:
        try:
            result = search(screen.session, query)
        except SearchError as exc:
            errors.append(str(exc))
    criteria = {k: v for k, v in params.items() if k in CRITERIA and v}
    saved = saved_searches.saved_by(screen.session, screen.actor.name)
    return page(
        screen.request,
        "search/index.html",
        actor=screen.actor,
        form=params,
        result=result,
        errors=errors,
        query=query,
        facet_names=FACETS,
        doc_types=DOC_TYPES,
        statuses=STATUSES,
        saved=list(saved),
        export_url="/api/archive/export?" + urlencode(criteria) if criteria else None,
        link=lambda **changes: (
            "/search?"
            + urlencode({k: v for k, v in {**criteria, **changes}.items() if v not in (None, "")})
        ),
        saved_link=lambda s: "/search?" + urlencode(s.params),
        page_size=PAGE_SIZE,
    )


@router.post("/search/saved")
def save_search(
    screen: OnScreen,
    name: str = Form(...),
    criteria: str = Form(""),
) -> Response:
    from urllib.parse import parse_qsl

    params = {k: v for k, v in parse_qsl(criteria) if k in CRITERIA and v}
    if not name.strip() or not params:
        raise HTTPException(422, "a saved search needs a name and at least one criterion")
    saved_searches.save(screen.session, screen.actor.name, name.strip()[:200], params)
    return RedirectResponse("/search?" + urlencode(params), status_code=303)


@router.get("/search/documents/{document_id}", response_class=HTMLResponse)
def archived_document(
    screen: OnScreen,
    document_id: int,
) -> Response:
    view = archive_view(screen.session, document_id)
    records.record_view(screen.session, screen.actor.name, document_id, "web")
    screen.session.flush()
    view["history"] = records.history(screen.session, document_id)  # this view included
    return page(
        screen.request, "search/document.html", actor=screen.actor, view=view, doc=view["document"]
    )
