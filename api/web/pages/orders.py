"""Orders on the web: the list, one order's timeline (documents in date order, three-way
line quantities, payments, discrepancies), the link review queue, and the small "its order"
block any document screen can embed (``orders/_order_link.html``, or over HTMX from
``GET /orders/for-document/{id}``).

Actions are plain forms (CSRF token included) that redirect back, so they work without
JavaScript; the same service functions back the REST API in ``api/routes/links.py``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from api.acting import ByWriter, OnDocumentScreen, OnScreen
from api.web.templating import page, take_flash, templates
from linking import bulk, overview, service, views
from linking.views import link_review_items
from models.orders import Order

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def order_link_context(session: Session, document_id: int) -> dict[str, Any]:
    """What ``orders/_order_link.html`` needs for one document (for screens that include it)."""
    links = views.document_links(session, document_id)
    open_rows = overview.open_of_document(session, document_id)
    return {
        "link_document_id": document_id,
        "order_links": [x for x in links if x["kind"] == "order"],
        "link_candidates": [x for x in links if x["kind"] == "candidate"],
        "payments": [x for x in links if x["kind"] == "payment"],
        "link_discrepancies": [views.discrepancy_out(d) for d in open_rows],
    }


def _back(request: Request, fallback: str) -> str:
    """Where a form came from (same site only), else ``fallback``."""
    ref = request.headers.get("referer") or ""
    parsed = urlparse(ref)
    if parsed.path.startswith("/") and parsed.netloc in ("", request.url.netloc):
        return parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return fallback


@router.get("/orders", response_class=HTMLResponse)
def orders_page(
    screen: OnScreen,
    q: str | None = None,
    status: str | None = None,
    offset: int = 0,
) -> Response:
    orders, total = views.list_orders(
        screen.session, q=(q or "").strip(), status=status, limit=PAGE_SIZE, offset=max(offset, 0)
    )
    open_counts = overview.open_counts_by_order(screen.session, [o.id for o in orders])
    _, waiting = link_review_items(screen.session, limit=1)
    return page(
        screen.request,
        "orders/list.html",
        orders=orders,
        open_counts=open_counts,
        counts=overview.order_status_counts(screen.session),
        total=total,
        offset=max(offset, 0),
        page_size=PAGE_SIZE,
        filters={"q": q or "", "status": status or ""},
        link_review_waiting=waiting,
    )


@router.get("/orders/link-review", response_class=HTMLResponse)
def link_review_page(
    screen: OnScreen,
    sort: str = "age",
) -> Response:
    items, total = link_review_items(screen.session, limit=200)
    flash = take_flash(screen.request)
    return page(
        screen.request,
        "orders/link_review.html",
        items=bulk.sort_link_review(items, sort),
        total=total,
        flash=flash,
        sort=sort,
    )


@router.get("/orders/for-document/{document_id}", response_class=HTMLResponse)
def order_link_fragment(screen: OnDocumentScreen) -> Response:
    request, doc, session = screen.request, screen.doc, screen.session
    """The "its order" block of a document, for screens that load it over HTMX."""
    from api.auth import csrf_token

    context = order_link_context(session, doc.id)
    context["csrf_token"] = csrf_token(request)
    return templates.TemplateResponse(request, "orders/_order_link_fragment.html", context)


@router.get("/orders/{order_id}", response_class=HTMLResponse)
def order_page(order_id: int, screen: OnScreen) -> Response:
    request, session, settings = screen.request, screen.session, screen.settings
    order = session.get(Order, order_id)
    if order is None:
        return page(request, "orders/missing.html", status_code=404, order_id=order_id)
    return page(request, "orders/detail.html", o=views.order_view(session, order, settings.linking))


@router.post("/orders/documents/{document_id}/link")
def link_form(document_id: int, by: ByWriter, order_id: int = Form(...)) -> Response:
    service.link_manually(
        by.session,
        document_id,
        order_id,
        by.settings.linking,
        actor=by.actor.name,
        role=by.actor.role,
    )
    return RedirectResponse(f"/orders/{order_id}", status_code=303)


@router.post("/orders/documents/{document_id}/credit")
def credit_form(document_id: int, by: ByWriter, invoice_id: int = Form(...)) -> Response:
    link = service.assign_credit(
        by.session, document_id, invoice_id, by.settings.linking, actor=by.actor.name
    )
    return RedirectResponse(f"/orders/{link.order_id}", status_code=303)


@router.post("/orders/discrepancies/{discrepancy_id}/resolve")
def resolve_form(
    discrepancy_id: int, by: ByWriter, action: str = Form(...), note: str = Form("")
) -> Response:
    row = service.resolve_discrepancy(
        by.session,
        discrepancy_id,
        by.settings.linking,
        actor=by.actor.name,
        action=action,
        note=note,
    )
    fallback = f"/orders/{row.order_id}" if row.order_id else f"/documents/{row.document_id}"
    return RedirectResponse(_back(by.request, fallback), status_code=303)


@router.post("/orders/{order_id}/cancel")
def cancel_form(order_id: int, by: ByWriter, reason: str = Form("")) -> Response:
    service.cancel_order(
        by.session,
        order_id,
        actor=by.actor.name,
        reason=reason,
        settings=by.settings.linking,
        role=by.actor.role,
    )
    return RedirectResponse(f"/orders/{order_id}", status_code=303)
