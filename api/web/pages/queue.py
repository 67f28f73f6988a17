"""The work queue: what waits for people, overdue first, with filters, counts and paging."""

from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import OnScreen
from api.web.templating import age, page, take_flash
from approvals.queues import QueueRow, assignable_users, queue_counts, queue_query, queue_rows
from models.base import utcnow

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def _due_text(row: QueueRow) -> str:
    due = row.task.due_at
    if due is None:
        return ""
    if row.overdue:
        return f"{age(due, row.now)} late"
    return f"in {age(row.now, due)}"


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
    rows, total = queue_rows(screen.session, query, sort=sort, limit=PAGE_SIZE, offset=offset)
    now = rows[0].now if rows else utcnow()
    items = [
        {
            "doc": row.doc,
            "task": row.task,
            "overdue": row.overdue,
            "due": _due_text(row),
            "claimed_by": row.claimed_by,
        }
        for row in rows
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
