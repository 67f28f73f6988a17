"""Auditor tools on the web: run the archive's verify and read its report (each run is
itself an audit event, with who ran it and what it found), and CSV or Excel files of orders
and of search results (the export bundle of a search is on the search screen)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from api.auth import Auditor, CurrentActor
from api.deps import DbSession
from api.web.pages.search import CRITERIA, query_from
from api.web.templating import page
from archive.verify import verify_archive
from models.audit import AuditEvent, record_event
from models.base import utcnow
from reporting.listings import order_rows, search_rows
from reporting.tables import to_csv, to_xlsx

router = APIRouter(include_in_schema=False)
VERIFIED = "archive_verified"
FORMATS = {
    "csv": ("text/csv; charset=utf-8", to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_xlsx),
}


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    actor: Auditor,
    session: DbSession,
) -> Response:
    runs = list(
        session.execute(
            select(AuditEvent)
            .where(AuditEvent.action == VERIFIED)
            .order_by(AuditEvent.seq.desc())
            .limit(10)
        ).scalars()
    )
    return page(request, "audit/index.html", actor=actor, runs=runs)


@router.post("/audit/verify")
def run_verify(
    request: Request,
    actor: Auditor,
    session: DbSession,
) -> Response:
    """Re-hash every archived object, check manifests and the audit chain against its seals
    (as ``orderdesk archive verify``); the report is kept as an audit event."""
    started = utcnow()
    report = verify_archive(session, request.app.state.store)
    data = report.to_dict()
    data["findings"] = data["findings"][:200]
    data["seconds"] = round((utcnow() - started).total_seconds(), 1)
    record_event(session, actor=actor.name, action=VERIFIED, entity_type="archive", data=data)
    return RedirectResponse("/audit", status_code=303)


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
    headers, rows = search_rows(session, query)
    return _file(fmt, "search", headers, rows)
