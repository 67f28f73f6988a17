"""A clean archive verifies clean after mails and zips: the operator ingests a mail with
attachments and a zip of orders with ``orderdesk ingest``, the workers read, decide and
archive them, and ``orderdesk archive verify`` exits 0 with nothing inserted or missing;
an object slipped into the archive beside them is still named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli.main import app
from archive.store import open_store
from flow.table import handler_set
from jobs.worker import Worker
from models.settings import Settings
from tests.ingest.corpus import mail, tiny_pdf, zip_of

runner = CliRunner()


def _env(settings: Settings) -> dict[str, str]:
    return {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}


def _verify(settings: Settings) -> tuple[int, dict[str, object]]:
    out = runner.invoke(app, ["archive", "verify", "--json"], env=_env(settings))
    return out.exit_code, json.loads(out.output)


@pytest.mark.slow
def test_mail_and_zip_verify_clean(settings: Settings, tmp_path: Path) -> None:
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    order = tiny_pdf("PURCHASE ORDER PO-MAIL-1\nCustomer: Acme SARL\nTotal: 24.00 EUR")
    (incoming / "order.eml").write_bytes(
        mail(
            attachments={
                "order.pdf": (order, "application/pdf"),
                "notes.pdf": (tiny_pdf("DELIVERY NOTE BL-9"), "application/pdf"),
            }
        )
    )
    (incoming / "batch.zip").write_bytes(
        zip_of(
            {
                "a.pdf": tiny_pdf("PURCHASE ORDER PO-ZIP-1"),
                "b.pdf": tiny_pdf("PURCHASE ORDER PO-ZIP-2"),
                "again.pdf": order,  # the mail's attachment once more: an exact duplicate
            }
        )
    )
    taken = runner.invoke(app, ["ingest", str(incoming), "--json"], env=_env(settings))
    assert taken.exit_code == 0, taken.output
    assert json.loads(taken.output)["summary"] == {"ingested": 4, "duplicate": 1}

    code, report = _verify(settings)  # straight after intake
    assert code == 0 and report["findings"] == [], report

    worker = Worker(settings, handler_set(), worker_id="verify-test")
    for _ in range(200):  # extract, route, decide (touchless or not) and archive what is decided
        if not worker.run_once():
            break
    assert runner.invoke(app, ["archive", "seal"], env=_env(settings)).exit_code == 0
    code, report = _verify(settings)
    assert code == 0 and report["findings"] == [], report
    assert report["objects"] >= 6  # 4 originals, the mail and the zip as they came

    open_store(settings).put("originals/zz/forged", b"not ours")  # still caught
    code, report = _verify(settings)
    assert code == 1
    assert [(f["kind"], f["key"]) for f in report["findings"]] == [
        ("inserted", "originals/zz/forged")
    ]
