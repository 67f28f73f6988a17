"""A clerk's claim no longer blocks the approver: an approver takes it over (audited), and a
claim lasts a few idle minutes, renewed while its holder works."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import claims
from approvals.errors import InvalidState
from models.audit import AuditEvent
from models.enums import Role
from models.review import ReviewTask
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import routed_po


def _task(session: Session, doc_id: int) -> ReviewTask:
    session.expire_all()
    task = session.execute(select(ReviewTask).where(ReviewTask.document_id == doc_id)).scalar_one()
    session.commit()
    return task


def test_an_approver_takes_over_a_clerks_claim(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    clara = {"Authorization": f"Bearer {add_user(session, 'clara', Role.CLERK, token=True)}"}
    carl = {"Authorization": f"Bearer {add_user(session, 'carl', Role.CLERK, token=True)}"}
    arno = {"Authorization": f"Bearer {add_user(session, 'arno', Role.APPROVER, token=True)}"}
    with TestClient(create_app(settings)) as api:
        assert api.post(f"/api/documents/{doc.id}/claim", headers=clara).status_code == 200
        assert api.post(f"/api/documents/{doc.id}/claim", headers=arno).status_code == 409
        r = api.post(f"/api/documents/{doc.id}/claim", json={"take_over": True}, headers=carl)
        assert r.status_code == 403 and "approver" in r.json()["detail"]
        r = api.post(f"/api/documents/{doc.id}/claim", json={"take_over": True}, headers=arno)
        assert r.status_code == 200, r.text
        assert r.json()["claimed_by"] == "arno"
        r = api.patch(
            f"/api/documents/{doc.id}", json={"fields": {"currency": "EUR "}}, headers=clara
        )
        assert r.status_code == 409 and "arno is working on" in r.json()["detail"]
    session.expire_all()
    (event,) = session.execute(
        select(AuditEvent).where(AuditEvent.action == "claim_taken_over")
    ).scalars()
    assert event.actor == "arno" and event.data["from"] == "clara"
    session.commit()


def test_a_claim_lasts_a_few_idle_minutes_and_is_renewed_while_its_holder_works(
    settings: Settings, session: Session
) -> None:
    doc = routed_po(session, settings)
    doc_id = doc.id  # the test's session must hold no transaction while the app writes
    clara = {"Authorization": f"Bearer {add_user(session, 'clara', Role.CLERK, token=True)}"}
    arno = {"Authorization": f"Bearer {add_user(session, 'arno', Role.APPROVER, token=True)}"}
    with TestClient(create_app(settings)) as api:
        assert api.post(f"/api/documents/{doc_id}/claim", headers=clara).status_code == 200
        task = _task(session, doc_id)
        assert task.claimed_until is not None
        left = task.claimed_until - dt.datetime.now(dt.UTC)
        assert left <= dt.timedelta(minutes=10)  # not half an hour for someone gone
        # nearly lapsed; she is still typing: the page renews it
        session.execute(
            ReviewTask.__table__.update()
            .where(ReviewTask.document_id == doc_id)
            .values(claimed_until=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5))
        )
        session.commit()
        r = api.post(f"/api/documents/{doc_id}/heartbeat", headers=clara)
        assert r.status_code == 200 and r.json()["claimed_by"] == "clara"
        renewed = _task(session, doc_id).claimed_until
        assert renewed is not None and renewed - dt.datetime.now(dt.UTC) > dt.timedelta(minutes=1)
        # a heartbeat renews only one's own claim
        r = api.post(f"/api/documents/{doc_id}/heartbeat", headers=arno)
        assert r.status_code == 200 and r.json()["claimed_by"] is None
        assert _task(session, doc_id).claimed_by == "clara"


def test_only_its_holder_or_an_admin_ends_a_live_claim(
    settings: Settings, session: Session
) -> None:
    """The rule is approvals' (``claims.RELEASE_ANY_ROLES``): REST and the review page pass
    the caller's role and decide nothing themselves."""
    doc = routed_po(session, settings)
    claims.claim(session, doc, actor="clara", minutes=10)
    with pytest.raises(InvalidState, match="claimed by clara"):
        claims.release(session, doc, actor="arno", role=Role.APPROVER)
    assert claims.holder(claims.open_task(session, doc.id)) == "clara"
    claims.release(session, doc, actor="root", role=Role.ADMIN)
    assert claims.holder(claims.open_task(session, doc.id)) is None
    session.commit()
