"""KPIs over REST: the dashboard's figures as JSON, as CSV, and the documents behind each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from sqlalchemy.orm import Session

from api.auth import CurrentActor
from api.deps import Pages, ReadSession
from api.kpi_schemas import KpiDocuments, KpiReport
from api.routes.documents import summary
from reporting import KpiFilter, Report, build_report, drill
from reporting.export import to_csv

router = APIRouter(prefix="/api/kpis", tags=["kpis"])


@dataclass(frozen=True)
class KpiQuery:
    """The KPI filters as the query string gives them, not yet checked: the REST endpoints
    refuse a bad one (``kpi_filter``), the dashboard's pages say what is wrong on the page."""

    date_from: str | None
    date_to: str | None
    doc_type: str | None
    channel: str | None
    customer: str | None

    def parse(self) -> KpiFilter:
        """``FilterError`` if a date or a range is not one; the default is the last 30 days."""
        return KpiFilter.parse(
            self.date_from, self.date_to, self.doc_type, self.channel, self.customer
        )


def kpi_query(
    date_from: str | None = Query(None, alias="from", description="first day, YYYY-MM-DD (UTC)"),
    date_to: str | None = Query(None, alias="to", description="last day, inclusive"),
    doc_type: str | None = None,
    channel: str | None = None,
    customer: str | None = Query(None, description="customer name, case-insensitive"),
) -> KpiQuery:
    return KpiQuery(date_from, date_to, doc_type, channel, customer)


KpiParams = Annotated[KpiQuery, Depends(kpi_query)]


def kpi_filter(query: KpiParams) -> KpiFilter:
    """The filters every KPI endpoint takes; the default is the last 30 days."""
    return query.parse()


@router.get("")
def kpis(
    flt: Annotated[KpiFilter, Depends(kpi_filter)],
    _actor: CurrentActor,
    session: ReadSession,
) -> KpiReport:
    """Every figure of the dashboard, each with its definition and a drill key for the
    documents behind it (``GET /api/kpis/documents?kpi=<drill>``)."""
    return KpiReport.model_validate(build_report(session, flt).as_json())


@router.get(".csv", response_class=Response)
def kpis_csv(
    flt: Annotated[KpiFilter, Depends(kpi_filter)],
    _actor: CurrentActor,
    session: ReadSession,
) -> Response:
    """The same figures as CSV, one number per row (kpi, segment, measure, value)."""
    body = to_csv(build_report(session, flt))
    name = f"orderdesk-kpis-{flt.date_from}-{flt.date_to}.csv"
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def documents_behind(session: Session, report: Report, drill: str) -> list[int]:
    ids = report.documents_behind(drill)
    if ids is None:
        raise HTTPException(
            404,
            f"no figure {drill!r} in this report; take a 'drill' value from GET /api/kpis "
            "with the same filters",
        )
    return ids


@router.get("/documents")
def kpi_documents(
    *,
    kpi: str = Query(..., description="a 'drill' value from GET /api/kpis"),
    paging: Pages,
    flt: Annotated[KpiFilter, Depends(kpi_filter)],
    _actor: CurrentActor,
    session: ReadSession,
) -> KpiDocuments:
    """The documents a figure counted (newest first), in the shape of ``GET /api/documents``."""
    ids = documents_behind(session, build_report(session, flt), kpi)
    page = drill.documents_page(session, ids, paging.offset, paging.limit)
    items = [summary(d) for d in page]
    return KpiDocuments(kpi=kpi, items=items, total=len(ids))
