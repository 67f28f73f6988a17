"""The auditor's search screen, logged in through the web form like a person."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.app import create_app
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.archive.support import make_archived


def test_search_screen_view_and_saved_search(settings: Settings) -> None:
    doc = make_archived(settings, text="Livraison à l'entrepôt de Montréal <b>urgent</b>")
    with session_scope(settings.db_url) as session:
        add_user(session, "audrey", Role.AUDITOR)
    client = TestClient(create_app(settings))
    csrf = log_in(client, "audrey")

    r = client.get("/search", params={"q": "montreal", "date_from": "2026-01-01"})
    assert r.status_code == 200
    assert "<mark>Montréal</mark>" in r.text
    assert "<b>urgent</b>" not in r.text  # the document's text is never HTML
    assert f'href="/search/documents/{doc}"' in r.text
    export = re.search(r'id="export" href="([^"]+)"', r.text)
    assert export and "q=montreal" in export.group(1)

    bad = client.get("/search", params={"date_from": "14/03/2026"})
    assert "is not a date" in bad.text

    saved = client.post(
        "/search/saved",
        data={"name": "Montréal 2026", "criteria": "q=montreal", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert "Montréal 2026" in client.get("/search").text

    view = client.get(f"/search/documents/{doc}")
    assert view.status_code == 200
    assert f"/api/documents/{doc}/original" in view.text
    history = re.findall(r"<td>audrey</td><td>(\w+)</td>", view.text)
    assert history == ["viewed"]

    bundle = client.get(export.group(1).replace("&amp;", "&"))
    assert bundle.status_code == 200 and bundle.headers["content-type"] == "application/zip"


def test_the_review_screen_read_by_an_auditor_is_in_the_history(settings: Settings) -> None:
    doc = make_archived(settings)
    with session_scope(settings.db_url) as session:
        add_user(session, "audrey", Role.AUDITOR)
    client = TestClient(create_app(settings))
    log_in(client, "audrey")
    assert client.get(f"/documents/{doc}").status_code == 200
    view = client.get(f"/search/documents/{doc}")
    assert re.findall(r"<td>audrey</td><td>(\w+)</td>", view.text) == ["viewed", "viewed"]
