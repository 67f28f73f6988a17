"""A clerk sees what a sender taught and resets it; the reset names the clerk."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from learning import store
from models.audit import AuditEvent
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, csrf_of, log_in
from tests.learning.test_store import _stored


def test_a_clerk_sees_and_resets_a_senders_profile(settings: Settings, session: Session) -> None:
    for i in (1, 2):
        _stored(session, i, "alice")
    store.teach_pending(session)
    session.commit()
    add_user(session, "dora", Role.CLERK)
    with TestClient(create_app(settings)) as client:
        log_in(client, "dora")
        html = client.get("/profiles").text
        assert "FR40303265045" in html and "piece interne" in html
        r = client.post(
            "/profiles/reset", data={"key": "FR40303265045", "csrf_token": csrf_of(html)}
        )
        assert r.status_code == 200 and "reset" in r.text
        assert "No sender profile yet" in r.text
    session.expire_all()
    assert store.profiles(session) == []
    event = session.execute(
        select(AuditEvent).where(AuditEvent.action == "profile_reset")
    ).scalar_one()
    assert event.actor == "dora"
