"""Import runs in the web UI: what ``orderdesk ingest`` shows in the terminal (files taken of
how many, ingested, duplicates, quarantined with the reason), live, and how far the workers
have read what was taken. The figures are ``ingest.import_runs``'.

Files dropped on the queue together are one run as well: the page opens it here, sends each
file through the ordinary upload (``POST /api/documents`` with ``import_run``) and closes it
here; the run's counts are the server's own."""

from __future__ import annotations

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.orm import Session

from api.acting import ReadingScreen
from api.auth import Writer
from api.deps import DbSession, found_or_404
from api.web.templating import page
from ingest import import_runs

router = APIRouter(include_in_schema=False)


@router.get("/imports", response_class=HTMLResponse)
def imports_page(screen: ReadingScreen) -> Response:
    runs = import_runs.recent(screen.session)
    return page(screen.request, "imports/list.html", actor=screen.actor, runs=runs)


def _run(session: Session, run_id: str) -> import_runs.RunProgress:
    return found_or_404(import_runs.progress(session, run_id[:64]), f"there is no import {run_id}")


@router.get("/imports/{run_id}", response_class=HTMLResponse)
def import_page(screen: ReadingScreen, run_id: str) -> Response:
    run = _run(screen.session, run_id)
    return page(screen.request, "imports/run.html", actor=screen.actor, run=run)


@router.get("/imports/{run_id}/progress", response_class=HTMLResponse)
def import_progress(screen: ReadingScreen, run_id: str) -> Response:
    """The progress block alone; HTMX swaps it in every two seconds while the run goes on."""
    return page(screen.request, "imports/_progress.html", run=_run(screen.session, run_id))


@router.post("/imports")
def open_upload(
    actor: Writer,
    session: DbSession,
    files: int = Form(..., ge=1, le=import_runs.MAX_UPLOAD_FILES),
    label: str = Form(""),
) -> JSONResponse:
    """Open a run for the files just dropped (the browser sends them into it one by one)."""
    run_id = import_runs.record_start(
        session,
        files=files,
        actor=actor.name,
        label=label or f"{files} file(s) dropped in the browser",
        channel=import_runs.UPLOAD,
    )
    return JSONResponse({"run": run_id, "url": f"/imports/{run_id}"}, status_code=201)


@router.post("/imports/{run_id}/finish")
def close_upload(run_id: str, actor: Writer, session: DbSession) -> JSONResponse:
    """The browser has sent every file of its run (or given up on some): close it."""
    counts = import_runs.close_upload_run(session, run_id, actor.name)
    return JSONResponse({"run": run_id, "counts": counts})
