"""``GET /api/kpis`` (JSON), its CSV export and the documents behind a figure, over HTTP."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from accounts.credentials import new_token, token_digest
from api.app import create_app
from models.enums import Role
from models.settings import Settings
from models.users import User
from tests.reporting.kpi_fixture import FROM, TO, build_world

PERIOD = {"from": FROM, "to": TO}


def test_kpis_json_has_definitions_and_figures(settings: Settings, session: Session) -> None:
    build_world(session)
    client = TestClient(create_app(settings))
    body = client.get("/api/kpis", params=PERIOD).json()
    assert body["filters"]["from"] == FROM and body["filters"]["to"] == TO
    assert "no human change" in body["definitions"]["touchless_rate"]["definition"]
    assert set(body["definitions"]) == set(body["kpis"])
    t = body["kpis"]["touchless_rate"]
    assert (t["numerator"], t["denominator"]) == (3, 5)
    assert body["kpis"]["documents_received"]["value"] == 9

    mail = client.get("/api/kpis", params=PERIOD | {"channel": "mail"}).json()
    assert mail["kpis"]["documents_received"]["value"] == 2


def test_documents_behind_a_figure(settings: Settings, session: Session) -> None:
    ids = build_world(session)
    client = TestClient(create_app(settings))
    drill = client.get("/api/kpis", params=PERIOD).json()["kpis"]["touchless_rate"]["drill"]
    page = client.get("/api/kpis/documents", params=PERIOD | {"kpi": drill}).json()
    assert page["total"] == 3
    assert [d["id"] for d in page["items"]] == sorted(
        [ids["d1"], ids["d3"], ids["d10"]], reverse=True
    )
    assert {d["channel"] for d in page["items"]} == {"folder"}
    missing = client.get("/api/kpis/documents", params=PERIOD | {"kpi": "nonsense"})
    assert missing.status_code == 404 and "drill" in missing.json()["detail"]


def test_csv_export_one_figure_per_row(settings: Settings, session: Session) -> None:
    build_world(session)
    response = TestClient(create_app(settings)).get("/api/kpis.csv", params=PERIOD)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    found = {(r["kpi"], r["segment"], r["measure"]): r["value"] for r in rows}
    assert found[("touchless_rate", "", "value")] == "0.6"
    assert found[("touchless_rate", "by_channel:mail", "value")] == "0.0"
    assert found[("cycle_received_to_approved", "", "waiting.median")] == "60.0"
    assert found[("top_customers", "Acme|EUR", "value")] == "150.50"
    assert all(r["from"] == FROM and r["to"] == TO for r in rows)
    assert not any(r["measure"].startswith("drill") for r in rows)


def test_bad_filter_is_a_clear_422(settings: Settings) -> None:
    response = TestClient(create_app(settings)).get("/api/kpis", params={"from": "March"})
    assert response.status_code == 422
    assert "YYYY-MM-DD" in response.json()["detail"]


def test_kpis_need_a_logged_in_user(settings: Settings, session: Session) -> None:
    token = new_token()
    session.add(User(name="ops", role=Role.AUDITOR, token_hash=token_digest(token)))
    session.commit()
    client = TestClient(create_app(settings))
    assert client.get("/api/kpis").status_code == 401
    assert client.get("/api/kpis.csv").status_code == 401
    ok = client.get("/api/kpis", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200  # read-only auditors may look


def test_kpis_follow_documents_through_the_real_pipeline(settings: Settings) -> None:
    """Two purchase orders through intake, extraction and review; a clerk corrects one.
    The figures must agree with what happened, whatever the rules decided on their own."""
    from archive.store import open_store
    from flow.table import handler_set
    from ingest.intake import Intake
    from jobs.worker import Worker
    from tests.api.test_metrics import PO_LINES, _pdf

    client = TestClient(create_app(settings))
    intake = Intake(settings, open_store(settings))
    first = intake.take_bytes(_pdf(PO_LINES), original_name="a.pdf", channel="upload")
    # another order of the same customer and day: a different amount, or it would be taken
    # for the first one sent again (a business duplicate)
    other = [
        line.replace("0042", "0043").replace("10  2.00  20.00", "11  2.00  22.00")
        for line in PO_LINES
    ]
    other = [line.replace("24.00", "26.40") for line in other]
    second = intake.take_bytes(_pdf(other), original_name="b.pdf", channel="folder")
    worker = Worker(settings, handler_set(), worker_id="kpi-test")
    for _ in range(10):
        if not worker.run_once():
            break
    for doc_id, fix in ((first.document_id, True), (second.document_id, False)):
        status = client.get(f"/api/documents/{doc_id}").json()["status"]
        if status == "approved":
            continue  # approved touchless by the rules
        if fix:
            # not an amount: one who changes an amount may not approve it alone (4-eyes)
            r = client.patch(
                f"/api/documents/{doc_id}", json={"fields": {"document_date": "2026-03-03"}}
            )
            assert r.status_code == 200, r.text
        r = client.post(f"/api/documents/{doc_id}/approve", json={"reason": "checked"})
        assert r.status_code == 200, r.text

    k = client.get("/api/kpis").json()["kpis"]  # default range: the last 30 days
    t = k["touchless_rate"]
    assert t["denominator"] == 2
    assert t["numerator"] <= 1  # the corrected one is never touchless
    corrected = {r["key"]: r for r in k["correction_rate"]["by_field"]}["document_date"]
    assert corrected["numerator"] == 1
    c = k["cycle_received_to_approved"]
    assert c["total"]["count"] == 2
    assert c["machine"]["median"] >= 0 and c["waiting"]["median"] >= 0
    assert c["total"]["mean"] == pytest.approx(c["machine"]["mean"] + c["waiting"]["mean"], abs=0.2)
    assert k["documents_received"]["value"] == 2
    assert {r["key"]: r["value"] for r in k["documents_per_day"]["by_channel"]} == {
        "folder": 1,
        "upload": 1,
    }
    assert sum(o["orders"] for o in k["order_value_per_day"]["totals"]) == 2


def test_dashboard_pages_explain_bad_input(settings: Settings, session: Session) -> None:
    build_world(session)
    client = TestClient(create_app(settings))
    bad = client.get("/dashboard", params={"from": "yesterday"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.text and "<svg" in bad.text
    missing = client.get("/dashboard/documents", params=PERIOD | {"kpi": "nonsense"})
    assert missing.status_code == 404 and "No figure" in missing.text
    listed = client.get("/dashboard/documents", params=PERIOD | {"kpi": "duplicates"})
    assert listed.status_code == 200 and 'id="total">1<' in listed.text
