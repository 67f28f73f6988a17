"""Auditors are read-only everywhere: every state-changing route of the REST API and the web
UI refuses them, except their own preferences (saved searches) and logging in and out.
The routes are collected the way the app collects them, so a new route is covered too."""

from __future__ import annotations

import importlib
import pkgutil
import re

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

import api.routes
import api.web.pages
from api.app import create_app
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
AUDITOR_MAY = {
    ("POST", "/login"),
    ("POST", "/logout"),
    ("POST", "/api/search/saved"),
    ("DELETE", "/api/search/saved/{saved_id}"),
    ("POST", "/search/saved"),
    ("POST", "/audit/verify"),  # the auditor's own check: reads the archive, records the run
}


def _unsafe_routes() -> list[tuple[str, str]]:
    found = []
    for package in (api.routes, api.web.pages):
        for mod in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{mod.name}")
            router = getattr(module, "router", None)
            for route in getattr(router, "routes", []):
                if isinstance(route, APIRoute):
                    found += [(m, route.path) for m in sorted(route.methods & UNSAFE)]
    return found


def test_auditors_may_change_nothing(settings: Settings) -> None:
    with session_scope(settings.db_url) as session:
        token = add_user(session, "audrey", Role.AUDITOR, token=True)
    client = TestClient(create_app(settings))
    routes = _unsafe_routes()
    assert len(routes) > 15 and ("POST", "/api/documents/{document_id}/approve") in routes
    allowed = []
    for method, path in routes:
        url = re.sub(r"\{[^}]+\}", "1", path)
        r = client.request(method, url, json={}, headers={"Authorization": f"Bearer {token}"})
        if (method, path) in AUDITOR_MAY:
            allowed.append((method, path))
            assert r.status_code != 403, (method, path)
        else:
            assert r.status_code == 403, (method, path, r.status_code, r.text[:200])
    assert sorted(allowed) == sorted(AUDITOR_MAY)
