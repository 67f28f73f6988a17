"""What the dashboard and ``/api/kpis`` show behind a figure: the documents it counted, in
the order the report listed them, and the channels a filter may name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.documents import Document


def documents_in_order(session: Session, ids: list[int]) -> list[Document]:
    """The documents ``ids`` names, in that order (one deleted meanwhile is left out)."""
    found = {
        d.id: d for d in session.execute(select(Document).where(Document.id.in_(ids))).scalars()
    }
    return [found[i] for i in ids if i in found]


def channels(session: Session) -> list[str]:
    """The channels documents came in through, for the dashboard's filter."""
    return sorted(c for c in session.execute(select(Document.channel).distinct()).scalars() if c)
