"""The review screen's history, read from the audit trail: a correction shows field by
field with before and after, lines are counted and the changed ones named, and other steps
show their reason or queue."""

from __future__ import annotations

from sqlalchemy.orm import Session

from approvals import review
from approvals.history import lines_summary, review_history
from models.audit import document_event
from models.settings import Settings
from tests.approvals.factory import routed_po


def test_corrections_show_field_by_field_newest_first(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    old_number = doc.document_number
    lines = [
        {k: getattr(li, k) for k in review.LINE_FIELDS}
        for li in sorted(doc.lines, key=lambda li: li.position)
    ]
    lines[-1]["quantity"] = "99"
    review.correct(
        session, doc, actor="clara", fields={"document_number": "PO-NEW-1"}, settings=settings
    )
    review.correct(session, doc, actor="clara", lines=lines, settings=settings)
    document_event(session, doc.id, actor="arno", action="held", data={"reason": "ask buyer"})
    session.flush()

    history = review_history(session, doc.id)

    assert history[0].what == "held" and history[0].note == "ask buyer"
    changed = {row.what: row for row in history if row.note is None}
    assert changed["document_number"].before == old_number
    assert changed["document_number"].after == "PO-NEW-1"
    assert changed["document_number"].who == "clara"
    assert changed["lines"].before == f"{len(lines)} lines"
    assert changed["lines"].after == f"{len(lines)} lines (changed: {len(lines)})"
    routed = [row for row in history if row.what == "routed"]
    assert routed and routed[0].note  # the queue it went to


def test_lines_summary_names_added_and_changed_positions() -> None:
    before = [{"sku": "A", "quantity": "1"}, {"sku": "B", "quantity": "2"}]
    after = [{"sku": "A", "quantity": "1"}, {"sku": "B", "quantity": "3"}, {"sku": "C"}]
    assert lines_summary(before, after) == "3 lines (changed: 2, 3)"
    assert lines_summary(before, before) == "2 lines"
