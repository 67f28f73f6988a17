"""One place applies the queue's rules to its rows (past the deadline, who holds the claim
now): REST and the queue page list from ``approvals.queues.queue_rows``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals.claims import claim
from approvals.queues import queue_query, queue_rows
from models.base import utcnow
from models.review import ReviewTask
from models.settings import Settings
from tests.approvals.factory import routed_po


def test_a_row_says_overdue_and_its_live_claim_holder(settings: Settings, session: Session) -> None:
    late, free = routed_po(session, settings), routed_po(session, settings)
    tasks = {
        t.document_id: t
        for t in session.execute(select(ReviewTask)).scalars()
        if t.document_id in (late.id, free.id)
    }
    tasks[late.id].due_at = utcnow() - dt.timedelta(hours=2)
    tasks[free.id].due_at = utcnow() + dt.timedelta(hours=2)
    claim(session, late, actor="clara", minutes=10)
    session.commit()

    rows, total = queue_rows(session, queue_query(), limit=10, offset=0)
    assert total == 2
    assert [r.doc.id for r in rows] == [late.id, free.id]  # overdue first
    first, second = rows
    assert first.overdue and first.claimed_by == "clara"
    assert not second.overdue and second.claimed_by is None
    assert first.summary()["claimed_by"] == "clara" and first.summary()["overdue"] is True

    # an expired claim holds nothing; the overdue filter keeps the late one only
    tasks[late.id].claimed_until = utcnow() - dt.timedelta(minutes=1)
    session.commit()
    rows, total = queue_rows(session, queue_query(overdue=True), limit=10, offset=0)
    assert total == 1 and rows[0].doc.id == late.id and rows[0].claimed_by is None
