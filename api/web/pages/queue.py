"""The work queue: what waits for people, overdue first, with filters, counts and paging."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import OnScreen
from api.web.templating import age, page, take_flash
from approvals.claims import holder
from approvals.queues import (
    assignable_users,
    is_overdue,
    queue_counts,
    queue_query,
    sorted_page,
)
from models.base import utcnow
from models.review import ReviewTask

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def _due_text(task: ReviewTask, now: dt.datetime) -> str:
    if task.due_at is None:
        return ""
    if is_overdue(task, now):
        return f"{age(task.due_at, now)} late"
    return f"in {age(now, task.due_at)}"


@router.get("/queue/counts", response_class=HTMLResponse)
def queue_counts_fragment(
    screen: OnScreen,
    queue: str | None = None,
) -> Response:
    """The per-queue counts alone; HTMX swaps them in every 30 seconds."""
    return page(
        screen.request,
        "review/_counts.html",
        counts=queue_counts(screen.session),
        filters={"queue": queue},
    )


@router.get("/", include_in_schema=False)
def home() -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(
    screen: OnScreen,
    queue: str | None = None,
    doc_type: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    mine: bool = False,
    assigned: bool = False,
    sort: str = "due",
    offset: int = Query(0, ge=0),
) -> Response:
    query = queue_query(
        queue=queue,
        doc_type=doc_type,
        q=q,
        overdue=overdue,
        mine=screen.actor.name if mine else None,
        assigned=screen.actor.name if assigned else None,
    )
    rows, total = sorted_page(screen.session, query, sort=sort, limit=PAGE_SIZE, offset=offset)
    now = utcnow()
    items = [
        {
            "doc": doc,
            "task": task,
            "overdue": is_overdue(task, now),
            "due": _due_text(task, now),
            "claimed_by": holder(task, now),
        }
        for doc, task in rows
    ]
    filters = {
        "queue": queue,
        "doc_type": doc_type,
        "q": q,
        "overdue": overdue,
        "mine": mine,
        "assigned": assigned,
        "sort": sort if sort != "due" else None,
    }
    return page(
        screen.request,
        "review/queue.html",
        actor=screen.actor,
        items=items,
        total=total,
        counts=queue_counts(screen.session),
        filters=filters,
        offset=offset,
        page_size=PAGE_SIZE,
        now=now,
        flash=take_flash(screen.request),
        users=assignable_users(screen.session),
        base_query="&".join(f"{k}={v}" for k, v in filters.items() if v),
    )
