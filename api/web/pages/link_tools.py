"""Link review and discrepancies, in bulk: "none of these" and a search for another order on
link review; a sortable list of open discrepancies with accept-selected. Every row goes
through the single-row service functions of ``linking.service`` (same checks, own audit
event); one refused row never undoes the others (a savepoint each)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession
from api.web.pages.common import ticked_ids
from api.web.templating import page
from linking import service, views
from linking.errors import LinkingError
from models.documents import Document
from models.linking import Discrepancy

router = APIRouter(include_in_schema=False)
SORTS = {
    "age": (Discrepancy.created_at, Discrepancy.id),
    "kind": (Discrepancy.kind, Discrepancy.id),
    "order": (Discrepancy.order_id, Discrepancy.id),
    "document": (Discrepancy.document_id, Discrepancy.id),
}


@router.post("/orders/documents/{document_id}/none")
def none_of_these(
    request: Request,
    document_id: int,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
    reason: str = Form(""),
) -> Response:
    service.none_of_these(session, document_id, settings.linking, actor=actor.name, reason=reason)
    request.session["flash"] = (
        f"Document {document_id}: none of the orders; it waits as one with no known order."
    )
    return RedirectResponse("/orders/link-review", status_code=303)


@router.get("/orders/documents/{document_id}/find-order", response_class=HTMLResponse)
def find_order_fragment(
    request: Request,
    document_id: int,
    _actor: CurrentActor,
    session: DbSession,
    q: str = "",
) -> Response:
    """Orders matching what the clerk typed, each with a button to link the document."""
    if session.get(Document, document_id) is None:
        return HTMLResponse("<p class='fail'>No such document.</p>", status_code=404)
    return page(
        request,
        "orders/_find_order.html",
        document_id=document_id,
        orders=views.find_orders(session, q),
        q=q,
    )


@router.get("/orders/discrepancies", response_class=HTMLResponse)
def discrepancies_page(
    request: Request,
    actor: CurrentActor,
    session: DbSession,
    kind: str = "",
    sort: str = "age",
) -> Response:
    desc = sort.startswith("-")
    columns = SORTS.get(sort.lstrip("-"), SORTS["age"])
    query = select(Discrepancy).where(Discrepancy.status == "open")
    if kind:
        query = query.where(Discrepancy.kind == kind)
    rows = session.execute(
        query.order_by(*[c.desc() if desc else c for c in columns]).limit(500)
    ).scalars()
    kinds = sorted(set(session.execute(
        select(Discrepancy.kind).where(Discrepancy.status == "open")
    ).scalars()))  # fmt: skip
    return page(
        request,
        "orders/discrepancies.html",
        actor=actor,
        items=[views.discrepancy_out(d) for d in rows],
        kinds=kinds,
        kind=kind,
        sort=sort,
        flash=request.session.pop("flash", None) if "session" in request.scope else None,
    )


@router.post("/orders/discrepancies/bulk")
async def discrepancies_bulk(
    request: Request,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    form = await request.form()
    ids = ticked_ids(form, "d")
    note = str(form.get("note") or "")
    done, refused = 0, []
    for d_id in ids[:500]:
        try:
            with session.begin_nested():
                service.resolve_discrepancy(
                    session, d_id, settings.linking, actor=actor.name, action="accept", note=note
                )
            done += 1
        except LinkingError as exc:
            refused.append(f"#{d_id}: {exc}")
    message = f"{done} of {len(ids)} accepted."
    if refused:
        message += " Not accepted: " + "; ".join(refused[:5])
    request.session["flash"] = message
    return RedirectResponse("/orders/discrepancies", status_code=303)
