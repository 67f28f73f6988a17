"""Operations KPIs: what the dashboard, ``GET /api/kpis`` and its CSV export show.

Every figure has a written definition (``definitions.py``) and is computed from the
database only (``facts.py`` loads the rows, ``report.py`` turns them into figures), so the
web page, the JSON and the CSV can never disagree. Each figure also knows the documents
behind it, which is what the dashboard's click-through lists.

Reporting reads every stage's tables and writes none: it imports ``models`` (and ``jobs`` for
the heartbeat interval) and nothing of the stages; ``api/`` only shows what it computes.
"""

from reporting.definitions import DEFINITIONS, Kpi
from reporting.filters import FilterError, KpiFilter
from reporting.report import Report, build_report

__all__ = ["DEFINITIONS", "FilterError", "Kpi", "KpiFilter", "Report", "build_report"]
