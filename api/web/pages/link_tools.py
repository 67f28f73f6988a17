"""Link review and discrepancies, in bulk: "none of these" and a search for another order on
link review, which sorts and acts on the selected documents (link each to the order it
shows first, or "none of these" with one reason); a sortable list of open discrepancies
with accept-selected. Every row goes
through the single-row service functions of ``linking.service`` (same checks, own audit
event); one refused row never undoes the others (a savepoint each)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession
from api.web.pages.common import ticked_ids
from api.web.templating import page
from linking import overview, service, views
from linking.errors import LinkingError
from models.documents import Document
from models.errors import OrderdeskError

router = APIRouter(include_in_schema=False)
MAX_SELECTED = 200
LINK_REVIEW_SORTS = {
    "age": lambda it: (it["created_at"] is None, it["created_at"]),
    "score": lambda it: -(it["candidates"][0]["score"] if it["candidates"] else 0.0),
    "customer": lambda it: ((it["customer_name"] or "").casefold(), it["document_id"]),
    "number": lambda it: ((it["document_number"] or "").casefold(), it["document_id"]),
}


def first_choice(item: dict[str, Any]) -> dict[str, Any] | None:
    """The order linking in bulk takes for a document: the one shown first, unless the next
    scores the same as shown (then which comes first is chance, and a person picks)."""
    candidates = item["candidates"]
    if not candidates:
        return None
    if len(candidates) > 1 and f"{candidates[0]['score']:.2f}" == f"{candidates[1]['score']:.2f}":
        return None
    return dict(candidates[0])


def sort_link_review(items: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """Link review in the order the clerk asked for (``-key`` reverses; oldest first else),
    each item with the order linking in bulk would take (``first``)."""
    key = LINK_REVIEW_SORTS.get(sort.lstrip("-"), LINK_REVIEW_SORTS["age"])
    ordered = sorted(items, key=key, reverse=sort.startswith("-"))
    return [it | {"first": first_choice(it)} for it in ordered]


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
async def link_review_bulk(
    request: Request,
    actor: Writer,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """Each selected document through the single-document function (its checks, its audit
    event, its role rules: a link that crosses customers still needs an approver), each in a
    savepoint so one refused never undoes the others."""
    form = await request.form()
    picks = _picks(form.getlist("pick"))
    action = str(form.get("bulk") or "")
    reason = str(form.get("reason") or "").strip()
    done, refused = 0, []
    if not picks:
        message = "Select documents first."
    elif action == "none" and not reason:
        message = (
            "Say why none of the orders fits the selected documents (kept in the audit trail)."
        )
    elif action not in ("link", "none"):
        message = "Choose an action."
    else:
        for doc_id, order_id in picks:
            try:
                with session.begin_nested():
                    if action == "none":
                        service.none_of_these(
                            session, doc_id, settings.linking, actor=actor.name, reason=reason
                        )
                    elif order_id is None:
                        raise LinkingError("no single order leads; pick one on its card")
                    else:
                        service.link_manually(
                            session,
                            doc_id,
                            order_id,
                            settings.linking,
                            actor=actor.name,
                            role=actor.role,
                        )
                done += 1
            except OrderdeskError as exc:
                refused.append(f"#{doc_id}: {exc}")
        verb = "linked to the order shown first" if action == "link" else "set to none of these"
        message = f"{done} of {len(picks)} {verb}."
        if refused:
            message += " Left for a person: " + "; ".join(refused[:5])
    request.session["flash"] = message
    back = str(form.get("sort") or "")
    return RedirectResponse(
        "/orders/link-review" + (f"?sort={back}" if back in _sort_keys() else ""),
        status_code=303,
    )


def _sort_keys() -> set[str]:
    return {k for key in LINK_REVIEW_SORTS for k in (key, f"-{key}")}


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
    rows = overview.open_discrepancies(session, kind=kind, sort=sort)
    return page(
        request,
        "orders/discrepancies.html",
        actor=actor,
        items=[views.discrepancy_out(d) for d in rows],
        kinds=overview.open_kinds(session),
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
