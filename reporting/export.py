"""The KPI report as CSV, in long ("tidy") form: one figure per row, so a spreadsheet can
pivot it whatever the number of doc types, channels, queues or days."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from reporting.definitions import DEFINITIONS
from reporting.report import Report

HEADER = ["kpi", "label", "segment", "measure", "value", "from", "to", "filters"]
ID_KEYS = ("key", "day", "customer", "currency")


def rows(report: Report) -> Iterator[tuple[str, str, str, Any]]:
    """(kpi, segment, measure, value) for every number in the report."""
    for kpi, figure in report.figures.items():
        yield from _walk(kpi, "", "", figure)


def _walk(kpi: str, segment: str, measure: str, value: Any) -> Iterator[tuple[str, str, str, Any]]:
    if isinstance(value, dict):
        for key, sub in value.items():
            if key.startswith("drill"):
                continue
            yield from _walk(kpi, segment, f"{measure}.{key}" if measure else key, sub)
    elif isinstance(value, list):
        for item in value:
            if not isinstance(item, dict):
                continue  # plain lists (channel names) are labels, not figures
            ident = "|".join(str(item[k]) for k in ID_KEYS if isinstance(item.get(k), str))
            where = f"{measure}:{ident}" if measure else ident
            rest = {k: v for k, v in item.items() if k not in ID_KEYS}
            yield from _walk(kpi, f"{segment}/{where}" if segment else where, "", rest)
    else:
        yield (kpi, segment, measure or "value", value)


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    f = report.filters
    narrowed = "&".join(f"{k}={v}" for k, v in f.as_dict().items() if v and k not in ("from", "to"))
    for kpi, segment, measure, value in rows(report):
        label = DEFINITIONS[kpi].label if kpi in DEFINITIONS else kpi
        writer.writerow(
            [
                kpi,
                label,
                segment,
                measure,
                "" if value is None else value,
                f.date_from.isoformat(),
                f.date_to.isoformat(),
                narrowed,
            ]
        )
    return out.getvalue()
