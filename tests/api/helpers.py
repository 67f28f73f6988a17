"""Users and logged-in clients for API and web tests."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from accounts.credentials import hash_password, new_token, token_digest
from models.enums import Role
from models.users import User

PASSWORD = "correct horse battery"


def add_user(session: Session, name: str, role: Role, *, token: bool = False) -> str | None:
    secret = new_token() if token else None
    session.add(
        User(
            name=name,
            role=role,
            password_hash=hash_password(PASSWORD),
            token_hash=token_digest(secret) if secret else None,
        )
    )
    session.commit()
    return secret


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token on the page"
    return m.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token, "next": "/queue"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/queue").text)


def bearer(token: str | None) -> dict[str, str]:
    """The header that sends an API token."""
    return {"Authorization": f"Bearer {token}"}
