"""Auditor tools on the web: run the archive's verify and read its report (each run is
itself an audit event, with who ran it and what it found), and CSV or Excel files of orders
and of search results (the export bundle of a search is on the search screen).

Verify re-hashes the whole archive: on a large one that takes minutes, so the request only
queues it (``archive.verify_job``) and a worker runs it; its page follows it live and shows
the report when it is done."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from api.auth import Auditor, CurrentActor
from api.deps import DbSession, ReadSession, found_or_404
from api.web.pages.search import CRITERIA, query_from
from api.web.templating import page
from archive import verify_job
from archive.search import search
from models.base import utcnow
from reporting.listings import MAX_ROWS, order_rows, search_rows
from reporting.tables import to_csv, to_xlsx

router = APIRouter(include_in_schema=False)
FORMATS = {
    "csv": ("text/csv; charset=utf-8", to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_xlsx),
}


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    actor: Auditor,
    session: ReadSession,
) -> Response:
    return page(
        request,
        "audit/index.html",
        actor=actor,
        runs=verify_job.recent_reports(session),
        going=verify_job.going_run(session),
    )


@router.post("/audit/verify")
def run_verify(
    request: Request,
    actor: Auditor,
    session: DbSession,
) -> Response:
    """Queue a verify of everything (as ``orderdesk archive verify``: every archived object
    re-hashed, manifests, the audit chain against its seals) and follow it on its page; one
    already waiting or running is joined instead of starting a second."""
    job_id = verify_job.request_verify(session, actor.name)
    return RedirectResponse(f"/audit/verify/{job_id}", status_code=303)


def _verify_run(session: Session, job_id: int) -> verify_job.VerifyRun:
    return found_or_404(verify_job.verify_run(session, job_id), f"there is no verify {job_id}")


@router.get("/audit/verify/{job_id}", response_class=HTMLResponse)
def verify_page(
    request: Request,
    job_id: int,
    actor: Auditor,
    session: ReadSession,
) -> Response:
    return page(request, "audit/verify.html", actor=actor, run=_verify_run(session, job_id))


@router.get("/audit/verify/{job_id}/progress", response_class=HTMLResponse)
def verify_progress(
    request: Request,
    job_id: int,
    _actor: Auditor,
    session: ReadSession,
) -> Response:
    """The progress block alone; HTMX swaps it in every second until the report is there."""
    return page(request, "audit/_verify_run.html", run=_verify_run(session, job_id))


def _file(fmt: str, name: str, headers: object, rows: object) -> Response:
    media, writer = FORMATS.get(fmt, FORMATS["csv"])
    ext = fmt if fmt in FORMATS else "csv"
    stamp = f"{utcnow():%Y%m%d-%H%M}"
    return Response(
        writer(headers, rows),  # type: ignore[arg-type]
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}-{stamp}.{ext}"'},
    )


@router.get("/orders/export.{fmt}")
def export_orders(
    fmt: str,
    _actor: CurrentActor,
    session: DbSession,
    q: str | None = None,
    status: str | None = None,
) -> Response:
    headers, rows = order_rows(session, q=q, status=status)
    return _file(fmt, "orders", headers, rows)


@router.get("/search/export.{fmt}")
def export_search(
    request: Request,
    fmt: str,
    _actor: CurrentActor,
    session: DbSession,
) -> Response:
    params = {k: v for k, v in request.query_params.items() if k in CRITERIA}
    query, errors = query_from(params)
    if errors:
        return HTMLResponse("; ".join(errors), status_code=422)
    query.limit, query.offset = MAX_ROWS, 0
    headers, rows = search_rows(search(session, query, facets=False).items)
    return _file(fmt, "search", headers, rows)
