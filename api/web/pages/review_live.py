"""The review screen while the clerk types: totals that follow the lines (asked by HTMX on
every edit, computed by ``approvals.totals_preview`` as a save would) and the product picker
for lines the machine could not tie to one product."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import PostOnDocument
from api.auth import CurrentActor
from api.deps import DbSession, PathDocument
from api.web.pages.document import FLASH_KEY, _parse_form
from api.web.templating import page
from approvals import review
from approvals.product_search import search_products
from approvals.totals_preview import preview_totals
from models.masterdata import match_of

router = APIRouter(include_in_schema=False)


@router.post("/documents/{document_id}/totals", response_class=HTMLResponse)
def totals_fragment(post: PostOnDocument) -> Response:
    """The totals card for the form as it is now, unsaved; nothing is written. Only those who
    may edit the form ask for it (an auditor's read-only page never posts)."""
    fields, lines = _parse_form(post.form)
    preview = preview_totals(
        post.doc,
        fields,
        lines if "lines_present" in post.form else None,
        post.settings.approvals,
        actor=post.actor.name,
    )
    post.session.rollback()  # a preview changes nothing, whatever the rules touched on the way
    return page(post.request, "review/_totals.html", doc=post.doc, preview=preview)


@router.get("/documents/{document_id}/lines/{position}/products", response_class=HTMLResponse)
def product_candidates(
    request: Request,
    position: int,
    _actor: CurrentActor,
    doc: PathDocument,
    session: DbSession,
    q: str = "",
) -> Response:
    """Products for a line: by SKU, name or the customer's part number."""
    match = match_of(session, doc.id)
    hits = search_products(session, q, customer_id=match.customer_id if match else None)
    return page(request, "review/_product_hits.html", doc=doc, position=position, hits=hits, q=q)


@router.post("/documents/{document_id}/lines/{position}/product")
def pick_product(position: int, post: PostOnDocument) -> Response:
    """The clerk's pick: the line gets the product, and its printed code is learnt."""
    request, doc = post.request, post.doc
    sku = post.form.get("sku") or ""
    product = review.set_line_product(
        post.session, doc, actor=post.actor.name, position=position, sku=sku, settings=post.settings
    )
    request.session[FLASH_KEY] = f"Line {position} is now {product.sku}."
    if request.headers.get("hx-request"):  # picked from the screen: it reloads itself
        return Response(status_code=200, headers={"HX-Redirect": f"/documents/{doc.id}"})
    return RedirectResponse(f"/documents/{doc.id}", status_code=303)
