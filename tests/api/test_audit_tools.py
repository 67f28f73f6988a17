"""Auditor tools on the web: verify run from the browser names an altered object and is
kept in the audit trail; orders and search results as CSV and Excel files."""

from __future__ import annotations

import io
import os
import stat
import zipfile

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from archive.store import open_store
from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.db import session_scope
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.archive.support import make_archived


def test_verify_from_the_web_names_what_was_altered(settings: Settings, session: Session) -> None:
    doc_id = make_archived(settings)
    make_archived(settings, number="PO-2026-0043", customer='=HYPERLINK("x")')
    add_user(session, "aude", Role.AUDITOR)
    add_user(session, "clara", Role.CLERK)
    with TestClient(create_app(settings)) as client:
        token = log_in(client, "clara")
        assert client.get("/audit").status_code == 403  # a clerk is no auditor
        client.post("/logout", data={"csrf_token": token})
        token = log_in(client, "aude")
        html = client.post("/audit/verify", data={"csrf_token": token}).text
        assert "all intact" in html
        with session_scope(settings.db_url) as s:
            key = s.execute(
                select(ArchiveObject.key).where(
                    ArchiveObject.document_id == doc_id, ArchiveObject.kind == "approved"
                )
            ).scalar_one()
        path = open_store(settings).path_of(key)  # type: ignore[attr-defined]
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
        path.write_bytes(path.read_bytes().replace(b"1234.56", b"1284.56"))
        html = client.post("/audit/verify", data={"csrf_token": token}).text
        last = html.split('id="last-run"')[1].split("</div>")[0]
        assert "1 problem(s)" in last and key in last and "altered" in last
        assert client.post("/audit/verify").status_code == 403  # CSRF

        # search results as CSV (a formula-like value stays text) and as a workbook
        csv = client.get("/search/export.csv", params={"q": "PO-2026"})
        assert csv.status_code == 200 and "attachment" in csv.headers["content-disposition"]
        text = csv.content.decode("utf-8-sig")
        assert "PO-2026-0042" in text and "'=HYPERLINK" in text
        xlsx = client.get("/search/export.xlsx", params={"q": "PO-2026"})
        book = zipfile.ZipFile(io.BytesIO(xlsx.content))
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert "PO-2026-0043" in sheet and 't="inlineStr"' in sheet
        assert (
            client.get("/orders/export.csv")
            .content.decode("utf-8-sig")
            .startswith("order id,order number")
        )
    session.expire_all()
    runs = (
        session.execute(select(AuditEvent).where(AuditEvent.action == "archive_verified"))
        .scalars()
        .all()
    )
    assert [r.actor for r in runs] == ["aude", "aude"]
    assert [r.data["ok"] for r in runs] == [True, False]
