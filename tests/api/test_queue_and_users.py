"""The queue page (filters, counts, overdue first, paging) and the users verbs."""

from __future__ import annotations

import datetime as dt
import re

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import api.cli.admin  # noqa: F401 - registers the verbs
from api.app import create_app
from api.cli.app import app
from approvals import review
from models.base import utcnow
from models.review import ReviewTask
from models.settings import Settings
from tests.approvals.factory import load_master, make_po


def test_queue_lists_overdue_first_with_counts_and_filters(
    settings: Settings, session: Session
) -> None:
    load_master(session)
    ids = []
    for i in range(3):
        day = (dt.date.today() - dt.timedelta(days=i)).isoformat()  # not duplicates
        doc = make_po(
            session,
            confidence=0.5,
            name=f"{i}.pdf",
            fields={"document_number": f"N{i}", "document_date": day},
        )
        review.route(session, doc, settings=settings)
        ids.append(doc.id)
    late = session.execute(select(ReviewTask).where(ReviewTask.document_id == ids[2])).scalar_one()
    late.due_at = utcnow() - dt.timedelta(hours=3)
    session.commit()
    with TestClient(create_app(settings)) as client:
        html = client.get("/queue").text
        order = [int(m) for m in re.findall(r'href="/documents/(\d+)"', html)]
        assert order[0] == ids[2]  # overdue first
        assert "3 h 0 min late" in html or "3 h 1 min late" in html
        assert re.search(r"needs review\s*<b>3</b>", html)
        found = client.get("/queue", params={"q": "N0"}).text
        assert [int(m) for m in re.findall(r'href="/documents/(\d+)"', found)] == [ids[0]]
        fragment = client.get("/queue/counts").text
        assert "1 late" in fragment and "<html" not in fragment
        api = client.get("/api/queues").json()["queues"]
        assert api == [{"queue": "needs_review", "count": 3, "overdue": 1}]


def test_users_add_list_disable(settings: Settings) -> None:
    env = {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}
    run = CliRunner().invoke
    added = run(
        app,
        ["users", "add", "alice", "--role", "approver", "--password", "pw-long-enough"],
        env=env,
    )
    assert added.exit_code == 0, added.output
    assert "alice" in run(app, ["users", "list"], env=env).output
    assert run(app, ["users", "disable", "alice"], env=env).exit_code == 0
    assert "(disabled)" in run(app, ["users", "list"], env=env).output
    assert run(app, ["users", "disable", "nobody"], env=env).exit_code == 1
