"""``orderdesk quarantine list | retry | release``: state in the database, audit events,
a retry after a fix goes through the normal path."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

import api.cli.ingest_cmds  # noqa: F401  (registers the verbs)
from api.cli.app import app
from ingest.intake import Intake
from models.audit import AuditEvent
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.ingest_quarantine import QuarantineCase
from models.jobs import Job
from tests.ingest import corpus

runner = CliRunner()


def _cli(intake: Intake, *args: str) -> str:
    result = runner.invoke(
        app,
        [*args, "--data-dir", str(intake.settings.data_dir)],
        env={"ORDERDESK_DATABASE_URL": intake.settings.db_url},
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_list_retry_with_fixed_file_and_release(intake: Intake, tmp_path: Path) -> None:
    bad = intake.take_bytes(corpus.truncated_pdf(), original_name="po.pdf", channel="scan")
    other = intake.take_bytes(b"", original_name="empty.pdf", channel="scan")
    listed = json.loads(_cli(intake, "quarantine", "list", "--json"))
    assert [c["document_id"] for c in listed] == [bad.document_id, other.document_id]
    assert listed[0]["code"] == "truncated"

    fixed = tmp_path / "po-fixed.pdf"
    fixed.write_bytes(corpus.tiny_pdf("PO fixed"))
    out = _cli(intake, "quarantine", "retry", str(bad.document_id), "--file", str(fixed))
    assert "ingested as document" in out
    _cli(intake, "quarantine", "release", str(other.document_id), "--reason", "empty scan")

    assert json.loads(_cli(intake, "quarantine", "list", "--json")) == []
    with session_scope(intake.settings.db_url) as session:
        case = session.execute(
            select(QuarantineCase).where(QuarantineCase.document_id == bad.document_id)
        ).scalar_one()
        new = session.get(Document, case.retried_as_id)
        assert case.state == "retried" and new is not None
        assert new.status == DocStatus.RECEIVED and new.channel == "scan"
        assert session.execute(select(Job).where(Job.document_id == new.id)).scalar_one()
        actions = set(
            session.execute(
                select(AuditEvent.action).where(AuditEvent.actor == "operator")
            ).scalars()
        )
        assert actions == {"quarantine_retried", "quarantine_released"}
    # a closed case cannot be acted on twice
    result = runner.invoke(
        app,
        [
            "quarantine",
            "release",
            str(other.document_id),
            "--reason",
            "again",
            "--data-dir",
            str(intake.settings.data_dir),
        ],
        env={"ORDERDESK_DATABASE_URL": intake.settings.db_url},
    )
    assert result.exit_code == 1 and "already released" in result.output


def test_retry_of_an_extraction_failure_extracts_the_same_document_again(intake: Intake) -> None:
    ok = intake.take_bytes(corpus.tiny_pdf("PO-X"), original_name="x.pdf")
    with session_scope(intake.settings.db_url) as session:
        doc = session.get(Document, ok.document_id)
        assert doc is not None
        doc.status, doc.error, doc.error_code = DocStatus.QUARANTINED, "ocr broke", "ocr"
        for job in session.execute(select(Job)).scalars():
            job.status = "failed"
    out = _cli(intake, "quarantine", "retry", str(ok.document_id))
    assert "queued for extraction again" in out
    with session_scope(intake.settings.db_url) as session:
        assert session.get(Document, ok.document_id).status == DocStatus.RECEIVED  # type: ignore[union-attr]
        queued = session.execute(select(Job).where(Job.status == "queued")).scalars().all()
        assert [j.document_id for j in queued] == [ok.document_id]
