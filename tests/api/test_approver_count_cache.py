"""The header's "awaiting me" count is judged once per user and state, not on every page
(issue 25, item 3), and never goes stale on a decision: any audited change, made in this
process or another one, makes the next page judge again; a change nothing audits (a claim's
lease running out) shows within the count's short lifetime. 4-eyes stays in the count."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import awaiting_counts, claims, review
from models.base import utcnow
from models.review import ReviewTask
from models.settings import Settings
from tests.api.helpers import log_in
from tests.api.test_approver_queue import _big, _people
from tests.approvals.factory import load_master


def _count(client: TestClient) -> int:
    html = client.get("/approvals/count").text
    return int(html.split('<b class="count">')[1].split("<")[0])


def test_the_count_is_kept_until_something_is_decided(
    settings: Settings, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.approvals.high_value = Decimal("1000")
    load_master(session)
    _people(session)
    big = _big(session, settings, "PO-BIG")
    _big(session, settings, "PO-BIG-2")
    session.rollback()  # the app writes next (SQLite: one writer)
    app = create_app(settings)
    with TestClient(app) as client:
        token = log_in(client, "anna")
        assert _count(client) == 2
        cache = app.state.awaiting_counts
        judged = cache.judged
        for _ in range(3):  # page after page: no new judgement
            assert _count(client) == 2
        assert cache.judged == judged
        client.post("/logout", data={"csrf_token": token})

        token = log_in(client, "arno")
        assert _count(client) == 2  # his own count, judged for him
        assert cache.judged == judged + 1
        client.post("/logout", data={"csrf_token": token})

        # arno changes an amount of PO-BIG (as another process would: straight in the
        # database). 4-eyes: his count drops at once, anna's stays
        doc = review.get_document(session, big)
        review.correct(
            session, doc, actor="arno", fields={"total_gross": "2388.01"}, settings=settings
        )
        task = session.execute(select(ReviewTask).where(ReviewTask.document_id == big)).scalar_one()
        task.claimed_by = None
        session.commit()
        token = log_in(client, "arno")
        assert _count(client) == 1
        client.post("/logout", data={"csrf_token": token})
        token = log_in(client, "anna")
        assert _count(client) == 2

        # anna approves the other one in the browser: the header follows on the next page
        other = session.execute(
            select(ReviewTask.document_id).where(ReviewTask.document_id != big)
        ).scalar_one()
        session.rollback()
        r = client.post(
            f"/documents/{other}",
            data={"csrf_token": token, "action": "approve"},
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
        assert _count(client) == 1

        # a claim held by someone else hides PO-BIG from her; when its lease runs out,
        # nothing is audited, and the count's lifetime brings the document back
        claims.claim(session, review.get_document(session, big), actor="arno", minutes=10)
        session.commit()
        assert _count(client) == 0
        task = session.execute(select(ReviewTask).where(ReviewTask.document_id == big)).scalar_one()
        task.claimed_until = utcnow() - dt.timedelta(seconds=1)  # the lease is over, silently
        session.commit()
        assert _count(client) == 0  # within the lifetime: still the count judged last
        later = awaiting_counts._now() + awaiting_counts.COUNT_SECONDS + 1
        monkeypatch.setattr(awaiting_counts, "_now", lambda: later)
        assert _count(client) == 1
