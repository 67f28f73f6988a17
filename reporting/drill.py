"""What the dashboard and ``/api/kpis`` show behind a figure: the documents it counted, in
the order the report listed them, and the channels a filter may name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.documents import Document
from reporting.definitions import DEFINITIONS, Kpi

# numbers whose documents are the denominator or a sibling of a defined KPI
_BASES = {
    "approved": "touchless_rate",
    "with_field": "correction_rate",
    "queue_overdue": "queue_backlog",
    "quarantined": "exceptions",
    "deliveries_due": "late_deliveries",
}


def definition_of(drill: str) -> Kpi | None:
    """The KPI a figure's documents explain (``kind:segment`` names its base figure's; a
    denominator or sibling count, the KPI it belongs to)."""
    base = drill.split(":", 1)[0]
    return DEFINITIONS.get(base) or DEFINITIONS.get(_BASES.get(base, ""))


def documents_in_order(session: Session, ids: list[int]) -> list[Document]:
    """The documents ``ids`` names, in that order (one deleted meanwhile is left out)."""
    found = {
        d.id: d for d in session.execute(select(Document).where(Document.id.in_(ids))).scalars()
    }
    return [found[i] for i in ids if i in found]


def documents_page(session: Session, ids: list[int], offset: int, limit: int) -> list[Document]:
    """One page of the documents ``ids`` names (``limit`` from ``offset``), in that order."""
    return documents_in_order(session, ids[offset : offset + limit])


def channels(session: Session) -> list[str]:
    """The channels documents came in through, for the dashboard's filter."""
    return sorted(c for c in session.execute(select(Document.channel).distinct()).scalars() if c)
