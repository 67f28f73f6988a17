"""The quarantine screen's actions and who may take them (the browser flow is in
tests/e2e/test_upload_and_quarantine.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from archive.store import open_store
from ingest.intake import Intake
from ingest.quarantine_cases import quarantine_path
from models.audit import AuditEvent
from models.enums import Role
from models.ingest_quarantine import QuarantineCase
from models.settings import Settings
from tests.api.helpers import add_user, log_in

BROWSER = {"accept": "text/html"}


def test_release_needs_an_approver_and_a_reason(settings: Settings, session: Session) -> None:
    result = Intake(settings, open_store(settings)).take_bytes(
        b"just some text, no document", original_name="note.pdf"
    )
    assert result.outcome == "quarantined"
    doc_id = result.document_id
    add_user(session, "clara", Role.CLERK)
    add_user(session, "arno", Role.APPROVER)

    clerk = TestClient(create_app(settings), headers=BROWSER)
    token = log_in(clerk, "clara")
    listing = clerk.get("/quarantine")
    assert "note.pdf" in listing.text and "not a PDF or image" in listing.text
    refused = clerk.post(f"/quarantine/{doc_id}/release", data={"reason": "x", "csrf_token": token})
    assert refused.status_code == 403 and "Not allowed" in refused.text

    approver = TestClient(create_app(settings), headers=BROWSER)
    token = log_in(approver, "arno")
    no_reason = approver.post(f"/quarantine/{doc_id}/release", data={"csrf_token": token})
    assert no_reason.status_code == 409 and "say why" in no_reason.text
    done = approver.post(
        f"/quarantine/{doc_id}/release",
        data={"reason": "a test page, nothing to do", "csrf_token": token},
        follow_redirects=False,
    )
    assert done.status_code == 303
    session.expire_all()
    case = session.execute(
        select(QuarantineCase).where(QuarantineCase.document_id == doc_id)
    ).scalar_one()
    assert (case.state, case.resolved_by) == ("released", "arno")
    event = session.execute(
        select(AuditEvent).where(AuditEvent.action == "quarantine_released")
    ).scalar_one()
    assert event.actor == "arno" and event.data["note"] == "a test page, nothing to do"
    session.commit()  # end this read (SQLite): the download below writes its audit event
    # the preview of a file that is not a document is refused, not rendered
    assert approver.get(f"/quarantine/{doc_id}/preview.png").status_code == 404
    # the download is recorded and never offered for display
    file = approver.get(f"/quarantine/{doc_id}/file")
    assert file.headers["content-type"] == "application/octet-stream"
    assert 'filename="note.pdf"' in file.headers["content-disposition"]


def test_a_case_file_never_leaves_the_quarantine_folder(settings: Settings) -> None:
    assert quarantine_path(settings, "../secret_key") is None
    assert quarantine_path(settings, "/etc/passwd") is None
    assert quarantine_path(settings, "x.pdf") == (settings.quarantine_dir / "x.pdf").resolve()


def test_pages_of_what_is_not_there_are_404_saying_what(
    settings: Settings, session: Session
) -> None:
    add_user(session, "ada", Role.ADMIN)
    client = TestClient(create_app(settings))
    log_in(client, "ada")
    for path, detail in [
        ("/quarantine/999999", "document 999999 has no quarantine case"),
        ("/imports/no-such-run", "there is no import no-such-run"),
        ("/audit/verify/999999/progress", "there is no verify 999999"),
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["detail"] == detail
