"""The approvers' queue: what waits for me to sign off (only what I may approve: 4-eyes is
judged as the approve button judges it), and its count for the header, kept per app by
``approvals.awaiting_counts`` (judged again only when the audit chain moved)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api.acting import OnScreen
from api.auth import CurrentActor
from api.deps import AppSettings, DbSession
from api.web.templating import page
from approvals.approver_queue import awaiting, escalated_tasks, needing_approver
from approvals.awaiting_counts import CountCache, audit_head
from models.base import utcnow

router = APIRouter(include_in_schema=False)


def _cache(request: Request) -> CountCache:
    state = request.app.state
    cache = getattr(state, "awaiting_counts", None)
    if cache is None:
        cache = state.awaiting_counts = CountCache()
    return cache


@router.get("/approvals", response_class=HTMLResponse)
def awaiting_me(screen: OnScreen) -> Response:
    request, actor = screen.request, screen.actor
    session, settings = screen.session, screen.settings
    head = audit_head(session)  # before judging: a change meanwhile moves it past this
    mine = awaiting(session, actor.name, actor.role, settings.approvals)
    # the list just judged is the header's count too (the page's own header asks next)
    _cache(request).remember(actor.name, str(actor.role), head, len(mine))
    mine_ids = {w.doc.id for w in mine}
    others = [w for w in needing_approver(session, settings.approvals) if w.doc.id not in mine_ids]
    return page(
        request,
        "approvals/awaiting.html",
        actor=actor,
        mine=mine,
        others=others,
        escalated=escalated_tasks(session),
        now=utcnow(),
        notify=settings.approvals.notify,
        smtp=bool(settings.approvals.outbound.smtp_host),
    )


@router.get("/approvals/count", response_class=HTMLResponse)
def awaiting_count_link(
    request: Request,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """The header's link with its count (HTMX loads it on every page, and every minute)."""
    n = _cache(request).count(session, actor.name, str(actor.role), settings.approvals)
    return HTMLResponse(
        f'<a href="/approvals" id="awaiting-link">Awaiting me <b class="count">{n}</b></a>'
    )
