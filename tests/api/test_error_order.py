"""Which error a client meets first when several apply: who is asking before whether the
document exists, so a missing login or role never learns which documents exist."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.approvals.factory import make_po

MISSING = 424242
NOT_THERE = {"detail": f"document {MISSING} does not exist", "code": "not_found"}


def test_rest_asks_who_before_what(settings: Settings, session: Session) -> None:
    clerk = add_user(session, "clara", Role.CLERK, token=True)
    auditor = add_user(session, "audrey", Role.AUDITOR, token=True)
    doc = make_po(session)
    session.commit()
    api = TestClient(create_app(settings))
    as_clerk = {"authorization": f"Bearer {clerk}"}
    as_auditor = {"authorization": f"Bearer {auditor}"}

    assert api.get(f"/api/documents/{MISSING}").status_code == 401
    assert api.post(f"/api/documents/{MISSING}/approve").status_code == 401
    # a role that may not write is refused whether the document exists or not
    for target in (MISSING, doc.id):
        refused = api.post(f"/api/documents/{target}/approve", headers=as_auditor)
        assert refused.status_code == 403, target
        held = api.post(f"/api/documents/{target}/hold", json={"reason": "x"}, headers=as_auditor)
        assert held.status_code == 403, target
    # one who may: the missing document is 404, with the error root's code, on every route
    for method, path, body in (
        ("GET", "", None),
        ("PATCH", "", {"fields": {"currency": "EUR"}}),
        ("POST", "/approve", None),
        ("POST", "/reject", {"reason": "no"}),
        ("POST", "/claim", None),
        ("POST", "/heartbeat", None),
        ("GET", "/links", None),
        ("GET", "/original", None),
    ):
        r = api.request(method, f"/api/documents/{MISSING}{path}", json=body, headers=as_clerk)
        assert (r.status_code, r.json()) == (404, NOT_THERE), path
    assert api.get(f"/api/documents/{MISSING}", headers=as_auditor).status_code == 404
    # an id that is not a number is the request's fault, not a missing document
    assert api.get("/api/documents/abc", headers=as_clerk).status_code == 422
    # a body that cannot be used is 422 on a document that exists; a missing document is
    # 404 whatever the body (the document is looked up before the body is read)
    bad = api.patch(f"/api/documents/{doc.id}", json={"fields": 7}, headers=as_clerk)
    assert bad.status_code == 422
    for body in ({"fields": 7}, None):
        r = api.patch(f"/api/documents/{MISSING}", json=body, headers=as_clerk)
        assert (r.status_code, r.json()) == (404, NOT_THERE), body


def test_pages_ask_who_before_what(settings: Settings, session: Session) -> None:
    add_user(session, "audrey", Role.AUDITOR)
    add_user(session, "clara", Role.CLERK)
    browser = {"accept": "text/html"}
    auditor = TestClient(create_app(settings), headers=browser)
    token = log_in(auditor, "audrey")
    refused = auditor.post(f"/documents/{MISSING}/totals", data={"csrf_token": token})
    assert refused.status_code == 403 and "Not allowed" in refused.text
    missing = auditor.get(f"/documents/{MISSING}")
    assert missing.status_code == 404 and "Not found" in missing.text

    clerk = TestClient(create_app(settings), headers=browser)
    token = log_in(clerk, "clara")
    for path in ("", "/totals", "/lifecycle", "/heartbeat"):
        r = clerk.post(f"/documents/{MISSING}{path}", data={"csrf_token": token})
        assert r.status_code == 404, path
    image = clerk.get(f"/documents/{MISSING}/pages/1.png")
    assert image.status_code == 404


def test_every_route_settles_who_before_which_document() -> None:
    """FastAPI runs a route's dependencies in the order its signature lists them: the actor
    (or role) must come before the path's document, on every route that takes one."""
    import importlib
    import pkgutil

    from fastapi.dependencies.models import Dependant
    from fastapi.routing import APIRoute

    import api.routes
    import api.web.pages
    from api.auth import current_actor
    from api.deps import path_document

    def is_actor(call: object) -> bool:
        return call is current_actor or getattr(call, "__qualname__", "").startswith("require.")

    def solved(dependant: Dependant) -> list[object]:
        """Every dependency's call in the order FastAPI solves them: each one's own before
        it, so a bundle (``api.acting``) is looked into."""
        return [c for d in dependant.dependencies for c in (*solved(d), d.call)]

    checked = []
    for package in (api.routes, api.web.pages):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for route in getattr(getattr(module, "router", None), "routes", []):
                if not isinstance(route, APIRoute):
                    continue
                calls = solved(route.dependant)
                if path_document not in calls:
                    continue
                checked.append(route.path)
                first_actor = next((i for i, c in enumerate(calls) if is_actor(c)), None)
                assert first_actor is not None, route.path
                assert first_actor < calls.index(path_document), route.path
    assert len(checked) >= 20, checked
