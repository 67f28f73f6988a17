"""Link review and discrepancies, in bulk: "none of these" and a search for another order on
link review, which sorts and acts on the selected documents (link each to the order it
shows first, or "none of these" with one reason); a sortable list of open discrepancies
with accept-selected. The rows go through ``linking.bulk`` (the single-row functions, a
savepoint each); this module reads the forms and says what happened."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import ByWriter, OnScreen, PostByWriter
from api.web.pages.common import ticked_ids
from api.web.templating import page, take_flash
from linking import bulk, overview, service, views
from models.documents import Document

router = APIRouter(include_in_schema=False)
MAX_SELECTED = 200


def _picks(values: list[Any]) -> list[tuple[int, int | None]]:
    """``doc:order`` pairs as ticked: the order is the one the page showed first (none when
    it offered none, or two alike), so a list that changed meanwhile never links to an
    order unseen."""
    out: dict[int, int | None] = {}
    for value in values:
        doc, _, order = str(value).partition(":")
        if doc.isdigit():
            out[int(doc)] = int(order) if order.isdigit() else None
    return sorted(out.items())[:MAX_SELECTED]


@router.post("/orders/link-review/bulk")
def link_review_bulk(post: PostByWriter) -> Response:
    request, actor, form = post.request, post.actor, post.form
    session, settings = post.session, post.settings
    """Each selected document through the single-document function (its checks, its audit
    event, its role rules: a link that crosses customers still needs an approver), each in a
    savepoint so one refused never undoes the others."""
    picks = _picks(form.getlist("pick"))
    action = str(form.get("bulk") or "")
    reason = str(form.get("reason") or "").strip()
    if not picks:
        message = "Select documents first."
    elif action == "none" and not reason:
        message = (
            "Say why none of the orders fits the selected documents (kept in the audit trail)."
        )
    elif action == "link":
        outcomes = bulk.link_each(
            session, picks, settings.linking, actor=actor.name, role=actor.role
        )
        message = bulk.summary(outcomes, "linked to the order shown first", "Left for a person")
    elif action == "none":
        ids = [doc_id for doc_id, _ in picks]
        outcomes = bulk.none_of_these_each(
            session, ids, settings.linking, actor=actor.name, reason=reason
        )
        message = bulk.summary(outcomes, "set to none of these", "Left for a person")
    else:
        message = "Choose an action."
    request.session["flash"] = message
    back = str(form.get("sort") or "")
    return RedirectResponse(
        "/orders/link-review" + (f"?sort={back}" if back in bulk.sort_keys() else ""),
        status_code=303,
    )


@router.post("/orders/documents/{document_id}/none")
def none_of_these(document_id: int, by: ByWriter, reason: str = Form("")) -> Response:
    linking = by.settings.linking
    service.none_of_these(by.session, document_id, linking, actor=by.actor.name, reason=reason)
    by.request.session["flash"] = (
        f"Document {document_id}: none of the orders; it waits as one with no known order."
    )
    return RedirectResponse("/orders/link-review", status_code=303)


@router.get("/orders/documents/{document_id}/find-order", response_class=HTMLResponse)
def find_order_fragment(
    screen: OnScreen,
    document_id: int,
    q: str = "",
) -> Response:
    """Orders matching what the clerk typed, each with a button to link the document."""
    if screen.session.get(Document, document_id) is None:
        return HTMLResponse("<p class='fail'>No such document.</p>", status_code=404)
    return page(
        screen.request,
        "orders/_find_order.html",
        document_id=document_id,
        orders=views.find_orders(screen.session, q),
        q=q,
    )


@router.get("/orders/discrepancies", response_class=HTMLResponse)
def discrepancies_page(
    screen: OnScreen,
    kind: str = "",
    sort: str = "age",
) -> Response:
    rows = overview.open_discrepancies(screen.session, kind=kind, sort=sort)
    return page(
        screen.request,
        "orders/discrepancies.html",
        actor=screen.actor,
        items=[views.discrepancy_out(d) for d in rows],
        kinds=overview.open_kinds(screen.session),
        kind=kind,
        sort=sort,
        flash=take_flash(screen.request),
    )


@router.post("/orders/discrepancies/bulk")
def discrepancies_bulk(post: PostByWriter) -> Response:
    request, actor, form = post.request, post.actor, post.form
    session, settings = post.session, post.settings
    ids = ticked_ids(form, "d")[:500]
    note = str(form.get("note") or "")
    outcomes = bulk.accept_each(session, ids, settings.linking, actor=actor.name, note=note)
    message = bulk.summary(outcomes, "accepted", "Not accepted")
    request.session["flash"] = message
    return RedirectResponse("/orders/discrepancies", status_code=303)
