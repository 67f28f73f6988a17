"""Operations KPIs: what the dashboard, ``GET /api/kpis`` and its CSV export show.

Every figure has a written definition (``definitions.py``) and is computed from the
database only (``facts.py`` loads the rows, ``report.py`` turns them into figures), so the
web page, the JSON and the CSV can never disagree. Each figure also knows the documents
behind it, which is what the dashboard's click-through lists.
"""

from api.kpis.definitions import DEFINITIONS, Kpi
from api.kpis.filters import FilterError, KpiFilter
from api.kpis.report import Report, build_report

__all__ = ["DEFINITIONS", "FilterError", "Kpi", "KpiFilter", "Report", "build_report"]
