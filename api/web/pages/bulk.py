"""Bulk actions from the queue: approve the selected documents that need no judgement, hold
them, assign them. Each document goes through ``approvals.bulk`` (the single-document
functions, one by one); the queue then says what happened to each."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from api.acting import PostByWriter
from api.web.pages.common import ticked_ids
from approvals import bulk
from approvals.errors import ReviewError
from flow import decisions

router = APIRouter(include_in_schema=False)
MAX_SELECTED = 200


def _summary(outcomes: list[bulk.Outcome], verb: str) -> str:
    done = [o for o in outcomes if o.done]
    text = f"{len(done)} of {len(outcomes)} {verb}."
    refused = [f"#{o.document_id}: {o.message}" for o in outcomes if not o.done]
    return text + (" Left for a person: " + "; ".join(refused[:10]) if refused else "")


@router.post("/queue/bulk")
def queue_bulk(post: PostByWriter) -> Response:
    request, actor, form = post.request, post.actor, post.form
    session, settings = post.session, post.settings
    ids = ticked_ids(form, "doc")[:MAX_SELECTED]
    action = str(form.get("bulk") or "")
    back = str(form.get("back") or "/queue")
    back = back if back.startswith("/queue") else "/queue"
    try:
        if not ids:
            message = "Select documents first."
        elif action == "approve":
            outcomes = decisions.approve_eligible(
                session, ids, actor=actor.name, role=actor.role, settings=settings
            )
            message = _summary(outcomes, "approved")
        elif action == "hold":
            outcomes = bulk.hold_all(
                session,
                ids,
                actor=actor.name,
                reason=str(form.get("reason") or ""),
                settings=settings,
            )
            message = _summary(outcomes, "put on hold")
        elif action == "assign":
            assignee = str(form.get("assignee") or "")
            outcomes = bulk.assign(session, ids, actor=actor.name, assignee=assignee)
            message = _summary(outcomes, "assigned" if assignee else "unassigned")
        else:
            message = "Choose an action."
    except ReviewError as exc:
        session.rollback()
        message = str(exc)
    request.session["flash"] = message
    return RedirectResponse(back, status_code=303)
