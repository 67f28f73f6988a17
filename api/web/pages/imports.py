"""Import runs in the web UI: what ``orderdesk ingest`` shows in the terminal (files taken of
how many, ingested, duplicates, quarantined with the reason), live, and how far the workers
have read what was taken. The figures are ``ingest.import_runs``'."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from api.auth import CurrentActor
from api.deps import ReadSession
from api.web.templating import page
from ingest import import_runs

router = APIRouter(include_in_schema=False)


@router.get("/imports", response_class=HTMLResponse)
def imports_page(
    request: Request,
    actor: CurrentActor,
    session: ReadSession,
) -> Response:
    runs = import_runs.recent(session)
    return page(request, "imports/list.html", actor=actor, runs=runs)


def _run(session: Session, run_id: str) -> import_runs.RunProgress:
    run = import_runs.progress(session, run_id[:64])
    if run is None:
        raise HTTPException(404, f"there is no import {run_id}")
    return run


@router.get("/imports/{run_id}", response_class=HTMLResponse)
def import_page(
    request: Request,
    run_id: str,
    actor: CurrentActor,
    session: ReadSession,
) -> Response:
    return page(request, "imports/run.html", actor=actor, run=_run(session, run_id))


@router.get("/imports/{run_id}/progress", response_class=HTMLResponse)
def import_progress(
    request: Request,
    run_id: str,
    _actor: CurrentActor,
    session: ReadSession,
) -> Response:
    """The progress block alone; HTMX swaps it in every two seconds while the run goes on."""
    return page(request, "imports/_progress.html", run=_run(session, run_id))
