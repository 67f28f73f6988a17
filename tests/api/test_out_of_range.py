"""Ids and offsets beyond what the database holds are the caller's error, not a crash
(schemathesis found these as 500s)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user

HUGE = "92426746852628795012379238552257429504"


def test_huge_ids_and_offsets_are_refused_not_crashed(settings: Settings, session: Session) -> None:
    token = add_user(session, "erp", Role.ADMIN, token=True)
    headers = {"authorization": f"Bearer {token}"}
    with TestClient(create_app(settings), raise_server_exceptions=False) as api:
        for method, path in (
            ("GET", f"/api/documents/{HUGE}"),
            ("GET", f"/api/documents?offset={HUGE}"),
            ("GET", f"/api/archive/documents/{HUGE}"),
            ("GET", f"/api/search?q=x&offset={HUGE}"),
            ("GET", f"/api/orders/{HUGE}"),
            ("POST", f"/api/orders/{HUGE}/cancel"),
        ):
            r = api.request(method, path, headers=headers, json={"reason": "x"})
            assert r.status_code in (404, 422), (path, r.status_code, r.text)
