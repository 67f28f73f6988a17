"""Errors people can read: a page in the product's look for a browser, the JSON
``{"detail", "code"}`` for API clients, and a content-security policy on every answer."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.approvals.factory import routed_po

BROWSER = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def test_browsers_get_pages_and_api_clients_json(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    token = add_user(session, "audrey", Role.AUDITOR, token=True)
    browser = TestClient(create_app(settings), headers=BROWSER)
    log_in(browser, "audrey")

    missing = browser.get("/documents/999999")  # a deliberate NotFound of a stage
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("text/html")
    assert "Not found" in missing.text and "document 999999" in missing.text
    assert 'class="topbar"' in missing.text  # the product's layout, logged in
    assert "audrey" in missing.text

    unknown = browser.get("/no/such/screen")  # the router's own 404
    assert unknown.status_code == 404 and "<h1>Not found</h1>" in unknown.text

    bad = browser.get("/documents/not-a-number")  # a malformed address
    assert bad.status_code == 422 and "cannot be used" in bad.text
    assert "document_id" in bad.text

    # a role that may not: the auditor's forged approve
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/queue").text)
    assert csrf
    refused = browser.post(
        f"/documents/{doc.id}", data={"action": "approve", "csrf_token": csrf.group(1)}
    )
    assert refused.status_code == 403 and "Not allowed" in refused.text
    assert "auditor may not" in refused.text

    # the same mistakes from an API client stay JSON
    api = TestClient(create_app(settings), headers={"authorization": f"Bearer {token}"})
    r = api.get("/api/documents/999999")
    assert r.status_code == 404
    assert r.json() == {"detail": "document 999999 does not exist", "code": "not_found"}
    # /api stays JSON even for a browser
    r = browser.get("/api/documents/999999")
    assert r.headers["content-type"] == "application/json"
    assert r.json()["code"] == "not_found"
    # HTMX swaps fragments: it gets JSON, never a whole page
    r = browser.get("/documents/999999", headers={"hx-request": "true"})
    assert r.status_code == 404 and r.json()["code"] == "not_found"


def test_an_expired_form_says_so_and_leads_back(settings: Settings, session: Session) -> None:
    doc = routed_po(session, settings)
    add_user(session, "alice", Role.CLERK)
    browser = TestClient(create_app(settings), headers=BROWSER)
    log_in(browser, "alice")
    r = browser.post(
        f"/documents/{doc.id}",
        data={"action": "claim", "csrf_token": "from-a-session-that-ended"},
        headers={"referer": f"http://testserver/documents/{doc.id}"},
    )
    assert r.status_code == 403
    assert "This form has expired" in r.text and "Nothing was saved" in r.text
    assert f'href="/documents/{doc.id}"' in r.text  # the way back, to reload it
    # a referer from elsewhere is never offered as the way back
    r = browser.post(
        f"/documents/{doc.id}",
        data={"action": "claim", "csrf_token": "stale"},
        headers={"referer": "https://evil.example/phish"},
    )
    assert "evil.example" not in r.text
    # a script's post keeps the JSON answer
    r = browser.post(f"/documents/{doc.id}", data={"action": "claim"}, headers={"accept": "*/*"})
    assert r.status_code == 403 and r.json()["code"] == "expired_form"


def test_every_page_has_a_content_security_policy(settings: Settings, session: Session) -> None:
    browser = TestClient(create_app(settings), headers=BROWSER)  # open mode: no users yet
    for path in ("/queue", "/orders", "/search", "/dashboard", "/login", "/no/such/page"):
        csp = browser.get(path).headers.get("content-security-policy", "")
        assert "script-src 'self';" in csp, path
    # the API docs' own inline start-up script is allowed by its hash, nothing more
    docs = browser.get("/docs")
    assert docs.status_code == 200
    csp = docs.headers["content-security-policy"]
    assert re.search(r"script-src 'self' 'sha256-[A-Za-z0-9+/=]+';", csp)
    assert "unsafe-inline" not in csp.split("style-src")[0]
    assert int(docs.headers["content-length"]) == len(docs.content)
