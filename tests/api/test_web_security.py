"""Login, the gate in front of everything, CSRF, roles, and escaping of extracted text."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from models.audit import AuditEvent
from models.enums import DocStatus, Role
from models.settings import Settings
from tests.api.helpers import add_user, csrf_of, log_in
from tests.approvals.factory import make_po, routed_po


def client_for(settings: Settings) -> TestClient:
    return TestClient(create_app(settings), headers={"accept": "text/html"})


def test_everything_but_login_health_static_is_closed(settings: Settings, session: Session) -> None:
    add_user(session, "alice", Role.CLERK)
    with TestClient(create_app(settings)) as api:
        assert api.get("/health").status_code == 200
        assert api.get("/static/orderdesk.css").status_code == 200
        assert api.get("/login").status_code == 200
        for path in ("/api/documents", "/docs", "/openapi.json", "/api/orders"):
            assert api.get(path).status_code == 401, path
    html = client_for(settings)
    r = html.get("/queue", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/queue"


def test_login_sets_a_safe_cookie_and_is_audited(settings: Settings, session: Session) -> None:
    add_user(session, "alice", Role.CLERK)
    client = client_for(settings)
    token = csrf_of(client.get("/login").text)
    bad = client.post("/login", data={"name": "alice", "password": "nope", "csrf_token": token})
    assert bad.status_code == 401 and "Wrong name or password" in bad.text
    ok = client.post(
        "/login",
        data={"name": "alice", "password": "correct horse battery", "csrf_token": token},
        follow_redirects=False,
    )
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/queue").status_code == 200
    session.expire_all()
    actions = list(session.execute(select(AuditEvent.action)).scalars())
    assert "login_failed" in actions and "login" in actions


def test_form_post_without_csrf_token_is_refused(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    add_user(session, "alice", Role.CLERK)
    client = client_for(settings)
    token = log_in(client, "alice")
    r = client.post(f"/documents/{doc.id}", data={"action": "claim"})
    assert r.status_code == 403 and "security token" in r.text
    r = client.post(f"/documents/{doc.id}", data={"action": "claim", "csrf_token": "forged"})
    assert r.status_code == 403
    r = client.post(
        f"/documents/{doc.id}",
        data={"action": "claim", "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    # the JSON API from a browser session needs the header too
    r = client.post(f"/api/documents/{doc.id}/claim")
    assert r.status_code == 403
    assert (
        client.post(f"/api/documents/{doc.id}/claim", headers={"X-CSRF-Token": token}).status_code
        == 200
    )


def test_bearer_clients_need_no_csrf(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    secret = add_user(session, "erp", Role.CLERK, token=True)
    with TestClient(create_app(settings)) as api:
        r = api.patch(
            f"/api/documents/{doc.id}",
            json={"fields": {"currency": "EUR"}},
            headers={"Authorization": f"Bearer {secret}"},
        )
        assert r.status_code == 200, r.text
        assert (
            api.get("/api/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
        )


def test_extracted_script_is_shown_as_text(settings: Settings, session: Session) -> None:
    doc = make_po(session, fields={"customer_name": "<script>alert(1)</script>"})
    session.commit()
    add_user(session, "alice", Role.CLERK)
    client = client_for(settings)
    log_in(client, "alice")
    html = client.get(f"/documents/{doc.id}").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    headers = client.get(f"/documents/{doc.id}").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"


def test_auditor_reads_but_cannot_change(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    add_user(session, "audrey", Role.AUDITOR)
    client = client_for(settings)
    token = log_in(client, "audrey")
    page = client.get(f"/documents/{doc.id}")
    assert page.status_code == 200 and "Read-only" in page.text
    r = client.post(
        f"/documents/{doc.id}",
        data={"action": "approve", "reason": "x", "csrf_token": token, "f.currency": "USD"},
    )
    assert r.status_code == 403
    session.expire_all()
    assert session.get(type(doc), doc.id).status != DocStatus.APPROVED  # type: ignore[union-attr]


def test_password_guessing_waits(settings: Settings, session: Session) -> None:
    add_user(session, "alice", Role.CLERK)
    settings.approvals.login_max_failures = 3
    client = client_for(settings)
    token = csrf_of(client.get("/login").text)
    for _ in range(3):
        r = client.post("/login", data={"name": "alice", "password": "guess", "csrf_token": token})
        assert r.status_code == 401
    right = client.post(
        "/login", data={"name": "alice", "password": "correct horse battery", "csrf_token": token}
    )
    assert right.status_code == 429  # from this address even the right password waits now
    session.expire_all()
    actions = list(session.execute(select(AuditEvent.action)).scalars())
    assert actions.count("login_failed") == 1  # one counted summary, not one event per try


def test_login_gate_keeps_the_query_and_refuses_other_hosts(
    settings: Settings, session: Session
) -> None:
    add_user(session, "alice", Role.CLERK)
    html = client_for(settings)
    r = html.get("/queue?status=held&page=2", follow_redirects=False)
    assert r.headers["location"] == "/login?next=/queue%3Fstatus%3Dheld%26page%3D2"
    for hostile in ("//evil.example/x", "/\\evil.example", "https://evil.example/"):
        token = csrf_of(html.get("/login").text)  # a new session, a new token
        ok = html.post(
            "/login",
            data={
                "name": "alice",
                "password": "correct horse battery",
                "csrf_token": token,
                "next": hostile,
            },
            follow_redirects=False,
        )
        assert ok.status_code == 303 and ok.headers["location"] == "/queue", hostile
    token = csrf_of(html.get("/login").text)
    back = html.post(
        "/login",
        data={
            "name": "alice",
            "password": "correct horse battery",
            "csrf_token": token,
            "next": "/queue?status=held",
        },
        follow_redirects=False,
    )
    assert back.headers["location"] == "/queue?status=held"
