"""The archive and search verbs as an operator or auditor runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from api.cli.main import app
from models.db import session_scope
from models.settings import Settings
from tests.archive.support import make_archived

runner = CliRunner()


def _env(settings: Settings) -> dict[str, str]:
    return {
        "ORDERDESK_DATA_DIR": str(settings.data_dir),
        "ORDERDESK_DATABASE_URL": settings.db_url,
    }


def test_verify_seal_and_exit_codes(settings: Settings) -> None:
    make_archived(settings)
    env = _env(settings)
    assert runner.invoke(app, ["archive", "seal"], env=env).exit_code == 0
    ok = runner.invoke(app, ["archive", "verify", "--json"], env=env)
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["seals"] == 1
    with session_scope(settings.db_url) as session:
        session.execute(text("DELETE FROM audit_events WHERE seq = 1"))
    bad = runner.invoke(app, ["archive", "verify"], env=env)
    assert bad.exit_code == 1
    assert "MISSING: audit:1" in bad.output


def test_search_hold_and_export(settings: Settings, tmp_path: Path) -> None:
    doc = make_archived(settings, text="Bon de livraison pour l'entrepôt de Québec")
    env = _env(settings)
    found = runner.invoke(app, ["search", "quebec", "--json"], env=env)
    assert found.exit_code == 0, found.output
    assert [i["id"] for i in json.loads(found.output)["items"]] == [doc]
    assert runner.invoke(app, ["search", "reindex"], env=env).output.startswith("1 documents")
    held = runner.invoke(app, ["archive", "hold", str(doc), "--reason", "litige 2027"], env=env)
    assert held.exit_code == 0, held.output
    out = tmp_path / "bundle.zip"
    r = runner.invoke(app, ["archive", "export", "--query", "quebec", "-o", str(out)], env=env)
    assert r.exit_code == 0, r.output
    assert f"documents/{doc}/original.pdf" in zipfile.ZipFile(out).namelist()


def test_seal_queues_manifest_versions_for_documents_that_moved_on(settings: Settings) -> None:
    from models.audit import record_event

    doc = make_archived(settings)
    with session_scope(settings.db_url) as session:
        record_event(
            session, actor="system:linking", action="linked", entity_type="document", entity_id=doc
        )
    r = runner.invoke(app, ["archive", "seal"], env=_env(settings))
    assert r.exit_code == 0, r.output
    assert "queued new manifest versions for 1 document(s)" in r.output
    assert "sealed event" in r.output


def test_search_refuses_a_date_or_amount_it_cannot_read(settings: Settings) -> None:
    make_archived(settings)
    env = _env(settings)
    for option, value in (("--from", "2026-13-01"), ("--amount-min", "douze")):
        bad = runner.invoke(app, ["search", "x", option, value], env=env)
        assert bad.exit_code == 2, bad.output
        assert f"{option}: '{value}' is not a" in bad.output
    typed = runner.invoke(app, ["search", "x", "--amount-min", "1 000,50", "--json"], env=env)
    assert typed.exit_code == 0, typed.output
