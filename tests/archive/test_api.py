"""The archive over REST: search, an auditor's view in the history, bundles, holds."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.archive.support import make_archived


@pytest.fixture
def setup(settings: Settings) -> tuple[TestClient, dict[str, str], int, int]:
    po = make_archived(settings, number="PO-77", text="Commande de vis à tête fraisée")
    inv = make_archived(
        settings,
        number="INV-9",
        doc_type="invoice",
        text="Facture pour la commande PO-77",
        order_number="PO-77",
    )
    with session_scope(settings.db_url) as session:
        tokens = {
            "auditor": add_user(session, "audrey", Role.AUDITOR, token=True) or "",
            "admin": add_user(session, "root", Role.ADMIN, token=True) or "",
        }
    return TestClient(create_app(settings)), tokens, po, inv


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_search_over_rest(setup: tuple[TestClient, dict[str, str], int, int]) -> None:
    client, tokens, po, _inv = setup
    r = client.get("/api/search", params={"q": "tete fraisee"}, headers=_auth(tokens["auditor"]))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 1 and body["items"][0]["id"] == po
    assert "<mark>" in body["items"][0]["snippet"]
    bad = client.get("/api/search", params={"q": "-vis"}, headers=_auth(tokens["auditor"]))
    assert bad.status_code == 422 and "excluded" in bad.json()["detail"]


def test_an_auditors_view_and_download_join_the_history(
    setup: tuple[TestClient, dict[str, str], int, int],
) -> None:
    client, tokens, po, inv = setup
    auditor = _auth(tokens["auditor"])
    view = client.get(f"/api/archive/documents/{po}", headers=auditor)
    assert view.status_code == 200, view.text
    assert [d["id"] for d in view.json()["linked"]] == [inv]
    assert client.get(f"/api/documents/{po}/original", headers=auditor).status_code == 200
    history = client.get(f"/api/archive/documents/{po}", headers=auditor).json()["history"]
    mine = [(e["actor"], e["action"]) for e in history if e["actor"] == "audrey"]
    assert mine == [("audrey", "viewed"), ("audrey", "downloaded")]


def test_saved_searches_belong_to_their_owner(
    setup: tuple[TestClient, dict[str, str], int, int],
) -> None:
    client, tokens, _po, _inv = setup
    auditor = _auth(tokens["auditor"])
    r = client.post(
        "/api/search/saved",
        json={"name": "factures PO-77", "params": {"q": "facture", "order_number": "PO-77"}},
        headers=auditor,
    )
    assert r.status_code == 201, r.text
    assert [s["name"] for s in client.get("/api/search/saved", headers=auditor).json()] == [
        "factures PO-77"
    ]
    assert client.get("/api/search/saved", headers=_auth(tokens["admin"])).json() == []


def test_audit_bundle_for_an_order_number_search(
    setup: tuple[TestClient, dict[str, str], int, int],
) -> None:
    client, tokens, po, inv = setup
    auditor = _auth(tokens["auditor"])
    r = client.get("/api/archive/export", params={"order_number": "PO-77"}, headers=auditor)
    assert r.status_code == 200, r.text
    zf = zipfile.ZipFile(io.BytesIO(r.content))
    names = set(zf.namelist())
    for doc in (po, inv):
        assert {
            f"documents/{doc}/original.pdf",
            f"documents/{doc}/data.json",
            f"documents/{doc}/audit.json",
        } <= names
        assert any(
            n.startswith(f"documents/{doc}/archive/documents/{doc}/manifest-v0001") for n in names
        )
    for line in zf.read("SHA256SUMS").decode().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(zf.read(name)).hexdigest() == digest
    assert b'"ok": true' in zf.read("verification.json")
    history = client.get(f"/api/archive/documents/{inv}", headers=auditor).json()["history"]
    assert ("audrey", "exported") in [(e["actor"], e["action"]) for e in history]


def test_auditors_may_not_hold_admins_may(
    setup: tuple[TestClient, dict[str, str], int, int],
) -> None:
    client, tokens, po, _inv = setup
    body = {"reason": "tax audit 2027-04"}
    denied = client.post(
        f"/api/archive/documents/{po}/hold", json=body, headers=_auth(tokens["auditor"])
    )
    assert denied.status_code == 403
    held = client.post(
        f"/api/archive/documents/{po}/hold", json=body, headers=_auth(tokens["admin"])
    )
    assert held.status_code == 200, held.text
    view = client.get(f"/api/archive/documents/{po}", headers=_auth(tokens["admin"])).json()
    assert all(o["legal_hold"] for o in view["archive"])
    assert "legal_hold" in [e["action"] for e in view["history"]]


def test_an_auditor_reading_a_document_anywhere_is_in_its_history(
    setup: tuple[TestClient, dict[str, str], int, int],
) -> None:
    client, tokens, po, _inv = setup
    auditor, admin = _auth(tokens["auditor"]), _auth(tokens["admin"])
    assert client.get(f"/api/documents/{po}", headers=auditor).status_code == 200
    assert client.get(f"/api/documents/{po}", headers=admin).status_code == 200
    history = client.get(f"/api/archive/documents/{po}", headers=admin).json()["history"]
    views = [(e["actor"], e["data"].get("via")) for e in history if e["action"] == "viewed"]
    assert views == [("audrey", "rest")]  # the auditor's, not the admin's document read
