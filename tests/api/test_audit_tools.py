"""Auditor tools on the web: verify run from the browser names an altered object and is
kept in the audit trail; orders and search results as CSV and Excel files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from archive import verify_job
from flow.table import handler_set
from jobs import queue
from jobs.worker import Worker
from models.audit import AuditEvent
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.archive.support import alter_approved, make_archived


def test_verify_from_the_web_names_what_was_altered(settings: Settings, session: Session) -> None:
    doc_id = make_archived(settings)
    make_archived(settings, number="PO-2026-0043", customer='=HYPERLINK("x")')
    add_user(session, "aude", Role.AUDITOR)
    add_user(session, "clara", Role.CLERK)
    with TestClient(create_app(settings)) as client:
        token = log_in(client, "clara")
        assert client.get("/audit").status_code == 403  # a clerk is no auditor
        client.post("/logout", data={"csrf_token": token})
        token = log_in(client, "aude")
        # verify is queued, not run in the request: its page says it waits for a worker
        asked = client.post("/audit/verify", data={"csrf_token": token}, follow_redirects=False)
        assert asked.status_code == 303
        job_page = asked.headers["location"]
        assert "Waiting for a worker" in client.get(job_page).text
        # asking again while it waits joins it rather than queueing a second one
        again = client.post("/audit/verify", data={"csrf_token": token}, follow_redirects=False)
        assert again.headers["location"] == job_page
        assert "under way" in client.get("/audit").text
        assert work(settings) == 1
        html = client.get(job_page).text
        assert "all intact" in html and 'hx-trigger="every 1s"' not in html
        key = alter_approved(settings, doc_id)
        second = client.post("/audit/verify", data={"csrf_token": token}).text
        assert "Waiting for a worker" in second  # a new one: the first is done
        assert work(settings) == 1
        html = client.get("/audit").text
        last = html.split('id="last-run"')[1].split("</div>")[0]
        assert "1 problem(s)" in last and key in last and "altered" in last
        assert client.post("/audit/verify").status_code == 403  # CSRF

        # search results as CSV (a formula-like value stays text) and as a workbook
        csv = client.get("/search/export.csv", params={"q": "PO-2026"})
        assert csv.status_code == 200 and "attachment" in csv.headers["content-disposition"]
        text = csv.content.decode("utf-8-sig")
        assert "PO-2026-0042" in text and "'=HYPERLINK" in text
        xlsx = client.get("/search/export.xlsx", params={"q": "PO-2026"})
        book = zipfile.ZipFile(io.BytesIO(xlsx.content))
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert "PO-2026-0043" in sheet and 't="inlineStr"' in sheet
        assert (
            client.get("/orders/export.csv")
            .content.decode("utf-8-sig")
            .startswith("order id,order number")
        )
    session.expire_all()
    runs = (
        session.execute(select(AuditEvent).where(AuditEvent.action == "archive_verified"))
        .scalars()
        .all()
    )
    assert [r.actor for r in runs] == ["aude", "aude"]
    assert [r.data["ok"] for r in runs] == [True, False]
    asked = session.execute(
        select(AuditEvent.actor).where(AuditEvent.action == "archive_verify_requested")
    ).scalars()
    assert list(asked) == ["aude", "aude"]  # each verify asked for once


def work(settings: Settings) -> int:
    """What a worker does meanwhile: run the queued jobs (here, the verify)."""
    worker = Worker(settings, handler_set(), worker_id="audit-test")
    done = 0
    while worker.run_once():
        done += 1
    return done


def test_a_verify_writes_how_far_it_got(settings: Settings, session: Session) -> None:
    for n in range(3):
        make_archived(settings, number=f"PO-2026-01{n}")
    job_id = verify_job.request_verify(session, "aude")
    session.commit()
    with session_scope(settings.db_url) as s:
        claimed = queue.claim(s, "w1", lease=dt.timedelta(minutes=5), kinds=[verify_job.VERIFY_JOB])
    assert claimed is not None and claimed.id == job_id
    apply = verify_job.handle_verify(claimed, settings)
    with session_scope(settings.db_url) as s:
        run = verify_job.verify_run(s, job_id)
        assert run is not None and run.status == "running" and run.report is None
        assert run.total > 3 and run.done == run.total  # objects and audit events, all checked
        apply(s)
        assert queue.complete(s, claimed)
    with session_scope(settings.db_url) as s:
        run = verify_job.verify_run(s, job_id)
        assert run is not None and run.status == "done" and not run.going
        assert run.report is not None and run.report.data["ok"] and run.report.actor == "aude"
        assert run.report.data["job"] == job_id
    # a worker that lost its lease writes no progress over the one that took the job over
    stale = dataclasses.replace(claimed, worker_id="w-gone")
    verify_job._progress_writer(settings, stale)(1, 10)
    with session_scope(settings.db_url) as s:
        run = verify_job.verify_run(s, job_id)
        assert run is not None and run.done == run.total != 10
