"""The operations dashboard: KPIs with their definitions, SVG charts, filters, and the
documents behind every number (``/dashboard/documents``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from api.acting import ReadingScreen
from api.routes.kpis import KpiParams
from api.web.charts import FAIL, PALETTE, WARN, Bar, Segment, columns, rows
from api.web.templating import page
from models.enums import DOC_TYPES
from reporting import DEFINITIONS, FilterError, KpiFilter, Report, build_report, drill

router = APIRouter(include_in_schema=False)
LIST_SIZE = 100


def duration(seconds: float | None) -> str:
    """'45 s', '12 min', '3.5 h', '2.1 d'."""
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def days(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} d"


class Links:
    """URLs that keep the current filters."""

    def __init__(self, flt: KpiFilter) -> None:
        self.flt = flt

    def drill(self, key: str | None) -> str:
        return "/dashboard/documents?" + self.flt.query(kpi=key or "")

    def dashboard(self, **overrides: Any) -> str:
        from urllib.parse import urlencode

        return "/dashboard?" + urlencode(self.flt.params(**overrides))

    def api(self, path: str = "/api/kpis") -> str:
        return f"{path}?{self.flt.query()}"

    def presets(self, today: dt.date) -> list[tuple[str, str]]:
        """Quick ranges that keep the other filters."""
        first = today.replace(day=1)
        last_month_end = first - dt.timedelta(days=1)
        ranges = [
            ("7 days", today - dt.timedelta(days=6), today),
            ("30 days", today - dt.timedelta(days=29), today),
            ("90 days", today - dt.timedelta(days=89), today),
            ("this month", first, today),
            ("last month", last_month_end.replace(day=1), last_month_end),
        ]
        return [(name, self.dashboard(date_from=a, date_to=b)) for name, a, b in ranges]


def charts(report: Report, links: Links) -> dict[str, Any]:
    k = report.figures
    per_day = k["documents_per_day"]
    colour = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(per_day["channels"])}
    day_bars = [
        Bar(
            day["day"][5:],
            [
                Segment(n, links.drill(day["drill"]), f"{day['day']} {c}: {n}", colour[c])
                for c, n in day["by_channel"].items()
            ],
        )
        for day in per_day["series"]
    ]
    value = k["order_value_per_day"]
    main = max(value["totals"], key=lambda t: float(t["value"]), default=None)
    value_bars = []
    if main is not None:
        by_day = {s["day"]: s for s in value["series"] if s["currency"] == main["currency"]}
        for day in per_day["series"]:
            s = by_day.get(day["day"])
            value_bars.append(
                Bar(
                    day["day"][5:],
                    [
                        Segment(
                            float(s["value"]),
                            links.drill(s["drill"]),
                            f"{s['day']}: {s['value']} {s['currency']} in {s['orders']} orders",
                            PALETTE[1],
                        )
                    ]
                    if s
                    else [],
                )
            )

    def ratio_rows(items: list[dict[str, Any]], colour_: str) -> Any:
        return rows(
            [
                Bar(
                    r["key"],
                    [
                        Segment(
                            r["value"] or 0.0,
                            links.drill(r["drill"]),
                            f"{r['key']}: {r['numerator']} of {r['denominator']}",
                            colour_,
                        )
                    ],
                )
                for r in items
            ],
            label="share",
            top_value=1.0,
            value_text=[
                f"{percent(r['value'])} ({r['numerator']}/{r['denominator']})" for r in items
            ],
        )

    touchless = k["touchless_rate"]
    exceptions = k["exceptions"]["by_rule"]
    cycle = k["cycle_received_to_approved"]
    backlog = k["queue_backlog"]["by_queue"]
    return {
        "per_day": columns(day_bars, label="documents received per day by channel"),
        "channels": colour,
        "order_value": columns(value_bars, label="order value per day") if value_bars else None,
        "main_currency": main["currency"] if main else None,
        "touchless_by_doc_type": ratio_rows(touchless["by_doc_type"], PALETTE[1]),
        "touchless_by_channel": ratio_rows(touchless["by_channel"], PALETTE[1]),
        "touchless_by_customer": ratio_rows(touchless["by_customer"], PALETTE[1]),
        "corrections": ratio_rows(k["correction_rate"]["by_field"], PALETTE[2]),
        "exceptions": rows(
            [
                Bar(
                    r["key"],
                    [
                        Segment(
                            r["fail"],
                            links.drill(r["drill_fail"]),
                            f"{r['key']}: {r['fail']} failed",
                            FAIL,
                        ),
                        Segment(
                            r["warn"],
                            links.drill(r["drill_warn"]),
                            f"{r['key']}: {r['warn']} warned",
                            WARN,
                        ),
                    ],
                )
                for r in exceptions
            ],
            label="documents with a failing or warning check, per rule",
            value_text=[f"{r['fail']} fail · {r['warn']} warn" for r in exceptions],
        ),
        "cycle": rows(
            [
                Bar(
                    name,
                    [
                        Segment(cycle["machine"][stat] or 0, None, f"machine {name}", PALETTE[0]),
                        Segment(cycle["waiting"][stat] or 0, None, f"waiting {name}", PALETTE[2]),
                    ],
                )
                for name, stat in (("median", "median"), ("mean", "mean"), ("90th pct", "p90"))
            ],
            label="machine and waiting time, received to approved",
            value_text=[
                duration(
                    None
                    if cycle["machine"][s] is None
                    else (cycle["machine"][s] or 0) + (cycle["waiting"][s] or 0)
                )
                for s in ("median", "mean", "p90")
            ],
        ),
        "backlog": rows(
            [
                Bar(
                    r["key"],
                    [
                        Segment(
                            r["overdue"],
                            links.drill(r["drill_overdue"]),
                            f"{r['key']}: {r['overdue']} overdue",
                            FAIL,
                        ),
                        Segment(
                            r["open"] - r["overdue"],
                            links.drill(r["drill"]),
                            f"{r['key']}: {r['open']} open",
                            PALETTE[0],
                        ),
                    ],
                )
                for r in backlog
            ],
            label="review tasks not done per queue, overdue in red",
            value_text=[f"{r['open']} ({r['overdue']} late)" for r in backlog],
        ),
    }


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(screen: ReadingScreen, query: KpiParams) -> Response:
    request, actor, session = screen.request, screen.actor, screen.session
    try:
        flt = query.parse()
        error = None
    except FilterError as exc:
        flt, error = KpiFilter.parse(), str(exc)
    report = build_report(session, flt)
    links = Links(flt)
    return page(
        request,
        "dashboard/index.html",
        actor=actor,
        error=error,
        flt=flt,
        k=report.figures,
        d=DEFINITIONS,
        links=links,
        charts=charts(report, links),
        doc_types=DOC_TYPES,
        channels=drill.channels(session),
        generated_at=report.generated_at,
        presets=links.presets(report.generated_at.date()),
        duration=duration,
        percent=percent,
        days=days,
    )


@router.get("/dashboard/documents", response_class=HTMLResponse)
def dashboard_documents(
    screen: ReadingScreen, query: KpiParams, kpi: str = Query(...), offset: int = Query(0, ge=0)
) -> Response:
    """The documents a number on the dashboard counted, newest first."""
    request, actor, session = screen.request, screen.actor, screen.session

    def refused(status_code: int, error: str, **context: Any) -> Response:
        return page(
            request,
            "dashboard/documents.html",
            status_code=status_code,
            actor=actor,
            error=error,
            kpi=kpi,
            docs=[],
            total=0,
            **context,
        )

    try:
        flt = query.parse()
    except FilterError as exc:
        return refused(422, str(exc), definition=None, links=None)
    report = build_report(session, flt)
    ids = report.documents_behind(kpi)
    definition = drill.definition_of(kpi)
    if ids is None:
        error = f"No figure '{kpi}' on the dashboard for these filters."
        return refused(404, error, definition=definition, links=Links(flt))
    return page(
        request,
        "dashboard/documents.html",
        actor=actor,
        error=None,
        kpi=kpi,
        segment=kpi.split(":", 1)[1] if ":" in kpi else "",
        definition=definition,
        docs=drill.documents_page(session, ids, offset, LIST_SIZE),
        total=len(ids),
        offset=offset,
        page_size=LIST_SIZE,
        flt=flt,
        links=Links(flt),
    )
