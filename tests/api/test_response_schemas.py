"""Every JSON route answers with a named response schema: OpenAPI at /docs shows its fields
(not "an object"), and what the route sends is what the schema says."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import routed_po
from tests.archive.support import make_archived
from tests.reporting.kpi_fixture import FROM, TO, build_world

MASTER = {
    "customers": [{"number": "C-900", "name": "Quincaillerie du Port", "aliases": ["QDP"]}],
    "products": [{"sku": "VIS-900", "description": "Vis inox 4x40"}],
}

# (method, path as OpenAPI names it, path called, body)
ROUTES: list[tuple[str, str, str, dict[str, Any] | None]] = [
    ("get", "/health", "/health", None),
    ("get", "/api/archive/documents/{document_id}", "/api/archive/documents/{po}", None),
    ("post", "/api/archive/documents/{document_id}/hold", "/api/archive/documents/{po}/hold",
     {"reason": "tax audit 2026"}),
    ("post", "/api/archive/documents/{document_id}/release",
     "/api/archive/documents/{po}/release", {"reason": "audit closed"}),
    ("post", "/api/documents/{document_id}/claim", "/api/documents/{routed}/claim", None),
    ("post", "/api/documents/{document_id}/heartbeat", "/api/documents/{routed}/heartbeat", None),
    ("post", "/api/documents/{document_id}/release", "/api/documents/{routed}/release", None),
    ("get", "/api/kpis", f"/api/kpis?from={FROM}&to={TO}", None),
    ("get", "/api/kpis/documents", f"/api/kpis/documents?from={FROM}&to={TO}&kpi=approved",
     None),
    ("get", "/api/queues", "/api/queues", None),
    ("get", "/api/queues/{queue}", "/api/queues/needs_review", None),
    ("get", "/api/documents", "/api/documents?limit=3", None),
    ("get", "/api/orders", "/api/orders", None),
    ("get", "/api/masterdata/customers", "/api/masterdata/customers", None),
    ("get", "/api/masterdata/products", "/api/masterdata/products", None),
    ("get", "/api/search", "/api/search?q=commande", None),
    ("post", "/api/masterdata", "/api/masterdata", MASTER),
]  # fmt: skip


def answers(settings: Settings, session: Session) -> dict[str, Any]:
    """Each route's JSON over a world with archived documents, a routed order, the KPI
    figures' documents and master data."""
    build_world(session)
    session.commit()
    po = make_archived(settings, number="PO-77", text="Commande de vis à tête fraisée")
    make_archived(
        settings,
        number="INV-9",
        doc_type="invoice",
        text="Facture pour la commande PO-77",
        order_number="PO-77",
    )
    routed = routed_po(session, settings).id
    admin = {"Authorization": f"Bearer {add_user(session, 'root', Role.ADMIN, token=True)}"}
    found: dict[str, Any] = {}
    with TestClient(create_app(settings)) as api:
        for method, name, path, body in ROUTES:
            r = api.request(
                method.upper(), path.format(po=po, routed=routed), json=body, headers=admin
            )
            assert r.status_code == 200, (path, r.text)
            found[f"{method} {name}"] = r.json()
        spec = api.get("/openapi.json", headers=admin).json()
    found["openapi"] = spec
    return found


def test_every_json_route_names_its_schema_and_answers_in_it(
    settings: Settings, session: Session
) -> None:
    found = answers(settings, session)
    if dump := os.environ.get("ORDERDESK_DUMP_ANSWERS"):
        Path(dump).write_text(json.dumps(found, indent=1, sort_keys=False, default=str))
    spec = found.pop("openapi")
    schemas = spec["components"]["schemas"]
    for key, body in found.items():
        method, path = key.split(" ", 1)
        content = spec["paths"][path][method]["responses"]["200"]["content"]
        ref = content["application/json"]["schema"].get("$ref")
        assert ref, f"{key} answers an unnamed object"
        schema = schemas[ref.rsplit("/", 1)[1]]
        assert set(schema["properties"]) == set(body), key
        items = schema["properties"].get("items", {}).get("items", {})
        assert "$ref" in items or "oneOf" in items or "items" not in body, f"{key}: untyped items"
    # and every other route answering JSON names its schema too; a download its media type
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation["responses"].get("200", {}).get("content", {})
            if "application/json" not in content:
                continue
            answer = content["application/json"]["schema"]
            named = answer if "$ref" in answer else answer.get("items", {})
            assert "$ref" in named or "oneOf" in named, f"{method} {path} answers {answer}"
