"""Files dropped in the browser together are one import run, as an ``orderdesk ingest`` batch
is (issue 25, item 1): the run is opened, each file joins it through the ordinary upload, and
it closes with the server's own counts. Only its own user may send into it or close it, and
a closed run takes nothing more."""

from __future__ import annotations

import datetime as dt

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from ingest import import_runs
from models.audit import AuditEvent
from models.base import utcnow
from models.documents import Document
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.ingest import corpus

JSON = {"accept": "application/json"}


def _upload(
    client: TestClient, token: str, name: str, data: bytes, run: str | None
) -> httpx.Response:
    return client.post(
        "/api/documents",
        files={"file": (name, data, "application/pdf")},
        data={"import_run": run} if run else {},
        headers={"x-csrf-token": token, **JSON},
    )


def test_a_drop_of_several_files_is_one_import_run(settings: Settings, session: Session) -> None:
    add_user(session, "clara", Role.CLERK)
    add_user(session, "carl", Role.CLERK)
    add_user(session, "aude", Role.AUDITOR)
    with TestClient(create_app(settings)) as client:
        token = log_in(client, "clara")
        opened = client.post(
            "/imports",
            data={"files": "3", "label": "a.pdf, b.pdf, c.pdf"},
            headers={"x-csrf-token": token, **JSON},
        )
        assert opened.status_code == 201, opened.text
        run = opened.json()["run"]
        assert opened.json()["url"] == f"/imports/{run}"
        assert client.post("/imports", data={"files": "2"}, headers=JSON).status_code == 403

        good = _upload(client, token, "a.pdf", corpus.tiny_pdf("a"), run)
        again = _upload(client, token, "b.pdf", corpus.tiny_pdf("a"), run)
        bad = _upload(client, token, "c.pdf", b"\x00\x01 not a document", None)  # outside it
        assert [good.status_code, again.status_code, bad.status_code] == [201, 200, 422]

        # someone else cannot send into clara's run, nor close it
        client.post("/logout", data={"csrf_token": token})
        other = log_in(client, "carl")
        refused = _upload(client, other, "d.pdf", corpus.tiny_pdf("d"), run)
        assert refused.status_code == 409 and "someone else" in refused.text
        assert client.post(
            f"/imports/{run}/finish", headers={"x-csrf-token": other, **JSON}
        ).status_code == 409  # fmt: skip
        client.post("/logout", data={"csrf_token": other})

        # an auditor may follow it but never open one
        audit = log_in(client, "aude")
        assert (
            client.post("/imports", data={"files": "1"}, headers={"x-csrf-token": audit, **JSON})
        ).status_code == 403
        page = client.get(f"/imports/{run}", headers={"accept": "text/html"}).text
        assert "2 of 3 files" in page and "importing" in page
        client.post("/logout", data={"csrf_token": audit})

        token = log_in(client, "clara")
        closed = client.post(f"/imports/{run}/finish", headers={"x-csrf-token": token, **JSON})
        assert closed.status_code == 200, closed.text
        # the counts are the server's: the file sent outside the run is not among them
        assert closed.json()["counts"] == {
            "ingested": 1,
            "duplicate": 1,
            "quarantined": 0,
            "not_taken": 1,
        }
        late = _upload(client, token, "e.pdf", corpus.tiny_pdf("e"), run)
        assert late.status_code == 409 and "finished" in late.text
        assert _upload(client, token, "f.pdf", corpus.tiny_pdf("f"), "nosuchrun").status_code == 409

        html = client.get(f"/imports/{run}", headers={"accept": "text/html"}).text
        assert "import finished" in html and "not taken <b" in html
        listed = client.get("/imports", headers={"accept": "text/html"}).text
        row = listed.split(f'id="run-{run}"')[1].split("</tr>")[0]
        assert "browser" in row and "clara" in row and "2/3" in row

    session.expire_all()
    names = session.execute(
        select(Document.original_name).where(Document.meta["import_run"].as_string() == run)
    ).scalars()
    assert sorted(names) == ["a.pdf", "b.pdf"]
    trail = session.execute(
        select(AuditEvent.action, AuditEvent.actor)
        .where(AuditEvent.entity_type == import_runs.ENTITY, AuditEvent.entity_id == run)
        .order_by(AuditEvent.seq)
    ).all()
    assert [tuple(t) for t in trail] == [("import_started", "clara"), ("import_finished", "clara")]


def test_a_browser_import_left_unfinished_shows_as_stopped(
    settings: Settings, session: Session
) -> None:
    """A tab closed mid-way never closes its run: after a while the run says it stopped
    instead of "importing…" for ever (and its page stops polling); a finished one never."""
    run = import_runs.record_start(
        session, files=2, actor="clara", label="two", channel=import_runs.UPLOAD
    )
    cli = import_runs.record_start(
        session, files=2, actor="cli:otto", label="batch", channel="import"
    )
    session.commit()
    later = utcnow() + import_runs.UPLOAD_IDLE + dt.timedelta(minutes=1)
    now = import_runs.progress(session, run)
    assert now is not None and now.running and not now.stopped
    left = import_runs.progress(session, run, now=later)
    assert left is not None and left.stopped and not left.running
    # a terminal's run is followed as it goes, however long it takes
    slow = import_runs.progress(session, cli, now=later)
    assert slow is not None and slow.running
    import_runs.close_upload_run(session, run, "clara")
    session.commit()
    closed = import_runs.progress(session, run, now=later)
    assert closed is not None and not closed.stopped and closed.finished_at is not None
