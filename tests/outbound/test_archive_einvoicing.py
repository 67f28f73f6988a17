"""The archive keeps an e-invoice's XML as received, its validation report, and the
lifecycle statuses sent and received (a platform's CDAR as it came), all under the invoice's
retention and listed in its manifest; ``orderdesk archive verify`` passes, and finds an
altered status. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from api.app import create_app
from api.cli.main import app as cli
from archive.job import ARCHIVE_JOB
from archive.store import open_store
from models.archive import ArchiveObject
from models.db import session_scope
from models.settings import Settings
from outbound.invoice_statuses import LIFECYCLE_JOB
from samples.einvoices import Doc, cii_invoice
from tests.linking.story import run_jobs
from tests.outbound.flow import receive, statuses
from tests.support.cdar import platform_status

runner = CliRunner()


def _parts(settings: Settings, document_id: int) -> dict[str, ArchiveObject]:
    with session_scope(settings.db_url) as session:
        rows = list(
            session.execute(
                select(ArchiveObject)
                .where(ArchiveObject.document_id == document_id)
                .order_by(ArchiveObject.id)
            ).scalars()
        )
        session.expunge_all()
    return {r.kind: r for r in rows}  # the newest of each kind


def test_the_archive_keeps_xml_report_and_statuses_and_verify_passes(settings: Settings) -> None:
    settings.approvals.touchless = False
    xml = cii_invoice(Doc(allowance=None, charge=None))
    invoice_id = receive(settings, xml)
    with TestClient(create_app(settings)) as api:
        r = api.post(f"/api/documents/{invoice_id}/approve")
        assert r.status_code == 200, r.text
    run_jobs(settings, LIFECYCLE_JOB)
    cdar_id = receive(settings, platform_status(code="212", reason_code=None, reason=None,
                                                action_code=None, message_id="CDV-212"),
                      "CDV-212.xml")  # fmt: skip
    run_jobs(settings, ARCHIVE_JOB)

    store = open_store(settings)
    parts = _parts(settings, invoice_id)
    assert {"original", "extracted", "approved", "validation", "lifecycle_sent",
            "lifecycle_received", "manifest"} <= set(parts)  # fmt: skip
    assert store.get(parts["original"].key) == xml  # the XML as received, byte for byte
    report = json.loads(store.get(parts["validation"].key))
    assert report["validation"]["passed"] is True
    assert any("BR-FR" in c for c in report["validation"]["checked"])
    assert report["document"]["syntax"] == "cii"
    (received,) = statuses(settings, direction="received")
    assert store.get(parts["lifecycle_received"].key) == platform_status(
        code="212", reason_code=None, reason=None, action_code=None, message_id="CDV-212"
    )
    assert received.document_id == invoice_id and received.source_document_id == cdar_id
    # one retention for all: the invoice's (ten years after the end of its year)
    until = dt.datetime(2037, 1, 1, tzinfo=dt.UTC)
    for kind in ("original", "validation", "lifecycle_sent", "lifecycle_received"):
        assert parts[kind].retain_until == until, kind
    manifest = json.loads(store.get(parts["manifest"].key))["content"]
    listed = {p["kind"] for p in manifest["parts"]}
    assert {"original", "validation", "lifecycle_sent", "lifecycle_received"} <= listed
    actions = {e["action"] for e in manifest["events"]}
    assert {"lifecycle_status_sent", "lifecycle_status_received"} <= actions
    assert "validation" in _parts(settings, cdar_id)  # the CDAR's own report, archived too

    env = {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}
    ok = runner.invoke(cli, ["archive", "verify", "--json"], env=env)
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["findings"] == []

    # a status altered in the archive is found
    path = settings.data_dir / "archive" / parts["lifecycle_sent"].key
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    path.write_bytes(path.read_bytes().replace(b"205", b"210"))
    bad = runner.invoke(cli, ["archive", "verify"], env=env)
    assert bad.exit_code == 1 and parts["lifecycle_sent"].key in bad.output
