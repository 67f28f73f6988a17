"""The review screen's form to dispute, suspend, refuse or approve an e-invoice in part, in
the platform's words (what the screen shows about its statuses: ``outbound.review_panel``)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from api.acting import PostOnDocument
from flow import decisions
from models.errors import OrderdeskError
from outbound import lifecycle as lc

router = APIRouter(include_in_schema=False)
FLASH_KEY = "flash"  # as the review screen's


@router.post("/documents/{document_id}/lifecycle")
def choose_status(post: PostOnDocument) -> Response:
    form, session, doc = post.form, post.session, post.doc
    code = form.get("status", "")
    try:
        decisions.choose_status(
            session,
            doc,
            actor=post.actor.name,
            role=post.actor.role,
            code=code,
            settings=post.settings,
            reason_code=form.get("reason_code") or None,
            reason=form.get("reason") or None,
            action_code=form.get("action_code") or None,
        )
        message = f"Status {code} {lc.status_label(code)} recorded; it is sent shortly."
    except OrderdeskError as exc:
        session.rollback()
        message = f"Not sent: {exc}"
    if "session" in post.request.scope:
        post.request.session[FLASH_KEY] = message
    return RedirectResponse(f"/documents/{doc.id}#lifecycle", status_code=303)
