"""Mails and zips are archived as they came, beside the documents they held, and recorded:
``verify`` finds nothing inserted after intake, on the local store and on S3 (where every
version must be the one recorded, originals included)."""

from __future__ import annotations

import os
import stat

from sqlalchemy import delete, select

from archive.store import open_store
from archive.verify import VerifyReport, verify_archive
from ingest.intake import Intake
from models.archive import ArchiveObject
from models.db import session_scope
from models.settings import Settings
from tests.ingest.corpus import mail, tiny_pdf, zip_of


def _take_mail_and_zip(settings: Settings) -> None:
    intake = Intake(settings, open_store(settings))
    order = tiny_pdf("PURCHASE ORDER PO-MAIL-1")
    message = mail(attachments={"order.pdf": (order, "application/pdf")})
    intake.take_bytes(message, original_name="order.eml", channel="mail")
    intake.take_bytes(message, original_name="order again.eml", channel="mail")  # sent twice
    batch = zip_of({"a.pdf": tiny_pdf("PURCHASE ORDER PO-ZIP-1"), "b.pdf": order})
    intake.take_bytes(batch, original_name="batch.zip", channel="upload")


def _verify(settings: Settings) -> VerifyReport:
    with session_scope(settings.db_url) as session:
        return verify_archive(session, open_store(settings))


def _containers(settings: Settings) -> list[ArchiveObject]:
    with session_scope(settings.db_url) as session:
        return list(
            session.execute(
                select(ArchiveObject).where(ArchiveObject.kind == "container")
            ).scalars()
        )


def test_containers_are_recorded_and_verify_clean(settings: Settings) -> None:
    _take_mail_and_zip(settings)
    report = _verify(settings)
    assert report.ok, report.findings
    rows = _containers(settings)
    assert len(rows) == 2 and all(r.document_id is None for r in rows)  # the mail once


def test_containers_and_originals_verify_clean_on_s3(s3_settings: Settings) -> None:
    _take_mail_and_zip(s3_settings)
    report = _verify(s3_settings)
    assert report.ok, report.findings
    with session_scope(s3_settings.db_url) as session:
        rows = list(session.execute(select(ArchiveObject)).scalars())
    assert rows and all(r.version_id for r in rows)  # the versions S3 keeps


def test_containers_stored_before_they_were_recorded_verify_clean_unless_altered(
    settings: Settings,
) -> None:
    _take_mail_and_zip(settings)
    with session_scope(settings.db_url) as session:  # as an installation of before kept them
        rows = session.execute(select(ArchiveObject).where(ArchiveObject.kind == "container"))
        keys = [r.key for r in rows.scalars()]
        session.execute(delete(ArchiveObject).where(ArchiveObject.kind == "container"))
    report = _verify(settings)
    assert report.ok, report.findings
    path = open_store(settings).path_of(keys[0])  # type: ignore[attr-defined]
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    path.write_bytes(path.read_bytes() + b"\n")
    assert [(f.kind, f.key) for f in _verify(settings).findings] == [("altered", keys[0])]
