"""A document's history as its reviewer reads it: each correction field by field (before,
after), every other step with its reason or queue. Read from the audit trail, which stays
the one record; this only says what its events mean to a clerk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.audit import events_of


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    who: str
    what: str
    before: Any = None
    after: Any = None
    note: str | None = None  # a step that is no correction: its reason or queue, else ""


def review_history(session: Session, document_id: int) -> list[HistoryRow]:
    """Newest first; a correction gives a row a field, the lines counted and the changed
    positions named rather than shown cell by cell."""
    rows: list[HistoryRow] = []
    for event in events_of(session, "document", document_id, newest_first=True):
        if event.action != "corrected":
            note = event.data.get("reason") or event.data.get("queue") or ""
            rows.append(HistoryRow(event.occurred_at, event.actor, event.action, note=note))
            continue
        for change in event.data.get("changes", []):
            before, after = change.get("before"), change.get("after")
            if change.get("field") == "lines":
                old_lines: list[dict[str, Any]] = before or []
                before, after = f"{len(old_lines)} lines", lines_summary(old_lines, after or [])
            rows.append(
                HistoryRow(event.occurred_at, event.actor, change.get("field"), before, after)
            )
    return rows


def lines_summary(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> str:
    """``3 lines (changed: 2, 3)``: how many lines now, and which differ from before."""
    changed = [
        str(i + 1)
        for i, row in enumerate(after)
        if i >= len(before) or any(row.get(k) != before[i].get(k) for k in row)
    ]
    text = f"{len(after)} lines"
    return text + (f" (changed: {', '.join(changed)})" if changed else "")
