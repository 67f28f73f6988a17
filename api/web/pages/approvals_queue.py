"""The approvers' queue: what waits for me to sign off (only what I may approve: 4-eyes is
judged as the approve button judges it), and its count for the header.

The header asks for the count on every page an approver opens, and judging it reads every
open task. So the count is kept per user and role, for the state it was judged on: the
audit chain's head. Every decision, correction, claim, routing and hold appends to the
chain, so any of them (in any process) makes the next page judge afresh; what moves without
an event (a claim's lease running out) is caught by a short lifetime. The count is only a
pointer: the approve button judges again, always."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import Actor, CurrentActor
from api.deps import AppSettings, DbSession
from api.web.templating import page
from approvals.approver_queue import awaiting, escalated_tasks, needing_approver
from models.audit import AuditHead
from models.base import utcnow
from models.settings.approvals import ApprovalSettings

router = APIRouter(include_in_schema=False)
COUNT_SECONDS = 20.0  # the longest an unaudited change (a claim expiring) goes unseen
MAX_KEPT = 1000


@dataclass
class CountCache:
    """One app's counts: (user, role) -> (audit head it was judged at, when, count)."""

    entries: dict[tuple[str, str], tuple[int, float, int]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    judged: int = 0  # how often the queue was judged, for whoever checks the cache works

    def get(self, key: tuple[str, str], head: int, now: float) -> int | None:
        with self.lock:
            hit = self.entries.get(key)
        if hit is None or hit[0] != head or now - hit[1] > COUNT_SECONDS:
            return None
        return hit[2]

    def put(self, key: tuple[str, str], head: int, now: float, count: int) -> None:
        with self.lock:
            if len(self.entries) >= MAX_KEPT:
                self.entries.clear()
            self.entries[key] = (head, now, count)


def _now() -> float:
    return time.monotonic()


def _cache(request: Request) -> CountCache:
    state = request.app.state
    cache = getattr(state, "awaiting_counts", None)
    if cache is None:
        cache = state.awaiting_counts = CountCache()
    return cache


def _audit_head(session: Session) -> int:
    return int(session.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar() or 0)


def awaiting_count(request: Request, session: Session, actor: Actor, cfg: ApprovalSettings) -> int:
    """How many documents wait for ``actor``'s approval, judged again only when the audit
    chain moved or the count is older than ``COUNT_SECONDS``."""
    cache, key = _cache(request), (actor.name, str(actor.role))
    head, now = _audit_head(session), _now()
    count = cache.get(key, head, now)
    if count is None:
        count = len(awaiting(session, actor.name, actor.role, cfg))
        cache.judged += 1
        cache.put(key, head, now, count)
    return count


@router.get("/approvals", response_class=HTMLResponse)
def awaiting_me(
    request: Request,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    head = _audit_head(session)  # before judging: a change meanwhile moves it past this
    mine = awaiting(session, actor.name, actor.role, settings.approvals)
    # the list just judged is the header's count too (the page's own header asks next)
    _cache(request).put((actor.name, str(actor.role)), head, _now(), len(mine))
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
    n = awaiting_count(request, session, actor, settings.approvals)
    return HTMLResponse(
        f'<a href="/approvals" id="awaiting-link">Awaiting me <b class="count">{n}</b></a>'
    )
